import { describe, expect, it } from 'vitest';
import {
  type ComplianceParams,
  DILEMMA_EXAMPLE,
  INACTION_PLAN,
  type InstitutionThreshold,
  WORKED_EXAMPLE,
  formatInterval,
  formatPlan,
  institutionThresholds,
  planOf,
  complianceGame,
} from '../../src/governance/index.js';
import { type Rational, formatRational, rat } from '../../src/numeric/rational.js';
import { subgamePerfect } from '../../src/solve/spe/index.js';
import { isSubgamePerfect } from '../../src/verify/index.js';

/** All pure SPE plans at parameters, by the spe solver, each confirmed by src/verify. */
function plansAt(p: ComplianceParams): string[] {
  const game = complianceGame(p);
  return subgamePerfect(game, { within: 'enumpure' }).equilibria.map((profile) => {
    expect(isSubgamePerfect(game, profile)).toBe(true);
    return formatPlan(
      planOf(
        game,
        profile.map((row) => row.findIndex((x) => x.equals(1))),
      ),
    );
  });
}

function withValue(p: ComplianceParams, t: InstitutionThreshold, x: Rational): ComplianceParams {
  const out = { ...p, [t.parameter]: x };
  return t.residualShare ? { ...out, bT: rat(1).sub(out.bK).sub(out.bS) } : out;
}

const summary = (ts: readonly InstitutionThreshold[]) =>
  Object.fromEntries(
    ts.map((t) => [
      t.parameter,
      [t.inaction.set.map(formatInterval).join(' ∪ '), t.cooperation.set.map(formatInterval).join(' ∪ ')],
    ]),
  );

describe('institutionThresholds (MODEL.md R2)', () => {
  it('derives the first worked example’s thresholds', () => {
    // Hand derivation from the payoffs: T deviates to F iff rhoA < eT = 1/2 (or eT > rhoA = 2); S's Sub beats
    // Form after F against Nom iff qP > cS - bS V lambdaS = 5/2; K's Sub against Form iff 3 lambdaK > 2; S's iff 4 lambdaS > 5/2.
    const s = summary(institutionThresholds(WORKED_EXAMPLE));
    expect(s['rhoA']?.[0]).toBe('[1/2, ∞)');
    expect(s['eT']?.[0]).toBe('[0, 2]');
    expect(s['qP']).toEqual(['[0, 5/2]', '(5/2, ∞)']);
    expect(s['lambdaK']?.[0]).toBe('[0, 2/3]');
    expect(s['lambdaS']?.[0]).toBe('[0, 5/8]');
    expect(s['phi']).toEqual(['[0, 1]', '']);
  });

  it('derives the dilemma example’s thresholds', () => {
    // Hand derivation: K's and S's Sub after F gain (2/5)·V·(1/2) − 3 > 0 iff V > 15, so above 15 (F; Sub, Sub) is unique.
    const s = summary(institutionThresholds(DILEMMA_EXAMPLE));
    expect(s['V']).toEqual(['[0, 15]', '(15, ∞)']);
    expect(s['cK']?.[0]).toBe('[2, ∞)');
    expect(s['qP']?.[0]).toBe('[0, 1]');
  });

  it('agrees with solving the concrete game at, just below and just above every threshold', () => {
    for (const ex of [WORKED_EXAMPLE, DILEMMA_EXAMPLE]) {
      for (const t of institutionThresholds(ex)) {
        const ends = [...t.inaction.set, ...t.cooperation.set].flatMap((iv) => [
          iv.lo,
          ...(iv.hi === null ? [] : [iv.hi]),
        ]);
        for (const end of ends) {
          for (const x of [end.sub(rat(1, 1000)), end, end.add(rat(1, 1000))]) {
            if (x.compare(t.range.lo) < 0 || (t.range.hi !== null && x.compare(t.range.hi) > 0)) continue;
            const plans = plansAt(withValue(ex, t, x));
            const inAny = (set: typeof t.inaction.set) =>
              set.some(
                (iv) =>
                  (iv.loClosed ? x.compare(iv.lo) >= 0 : x.compare(iv.lo) > 0) &&
                  (iv.hi === null || (iv.hiClosed ? x.compare(iv.hi) <= 0 : x.compare(iv.hi) < 0)),
              );
            expect([t.parameter, formatRational(x), plans.includes(formatPlan(INACTION_PLAN))]).toEqual([
              t.parameter,
              formatRational(x),
              inAny(t.inaction.set),
            ]);
            const coop = plans.length > 0 && plans.every((p) => p.startsWith('(F;') && p.endsWith('F: Sub, Sub)'));
            expect([t.parameter, formatRational(x), coop]).toEqual([
              t.parameter,
              formatRational(x),
              inAny(t.cooperation.set),
            ]);
          }
        }
      }
    }
  });

  it('describes each threshold in words', () => {
    const rho = institutionThresholds(WORKED_EXAMPLE, ['rhoA'])[0];
    expect(rho?.text).toBe(
      'rhoA (now 2): inaction is an SPE now and stops being one below 1/2; (F; Sub, Sub) is never the unique SPE for admissible rhoA',
    );
    const qp = institutionThresholds(WORKED_EXAMPLE, ['qP'])[0];
    expect(qp?.cooperation.nearest).toMatchObject({ direction: 'increase', attained: false });
    expect(qp && formatRational(qp.cooperation.nearest?.value ?? rat(0))).toBe('5/2');
  });
});
