/**
 * Property tests of MODEL.md's stage-2 claims: parameters drawn inside and just outside the stated
 * conditions (src/testing/governance.ts), the concrete game solved by the spe solver and every equilibrium
 * confirmed by src/verify, compared with the claims and with the engine's derived regions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ComplianceParams,
  INACTION_PLAN,
  analyzeCompliance,
  complianceGame,
  complianceProfile,
  compliancePayoffs,
  formatPlan,
  planOf,
  speByRegions,
  trustThreshold,
} from '../../src/governance/index.js';
import { RATIONAL } from '../../src/game/index.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { type Rational, rat } from '../../src/numeric/rational.js';
import { subgamePerfect } from '../../src/solve/spe/index.js';
import { isSubgamePerfect } from '../../src/verify/index.js';
import {
  arbInsideC1,
  arbInsideC1C2,
  arbInsideC3,
  arbInsideC4,
  arbOutsideC1,
  arbOutsideC3,
  arbOutsideC4,
  arbComplianceParams,
} from '../../src/testing/governance.js';

const RUNS = { numRuns: 40 };

/** All pure SPE plans of the concrete game by the spe solver, each confirmed by src/verify. */
function solvedPlans(p: ComplianceParams): string[] {
  const game: ExtensiveGame<Rational> = complianceGame(p);
  const res = subgamePerfect(game, { within: 'enumpure' });
  expect(res.complete).toBe(true);
  return res.equilibria
    .map((profile) => {
      expect(isSubgamePerfect(game, profile)).toBe(true);
      return formatPlan(
        planOf(
          game,
          profile.map((row) => row.findIndex((x) => x.equals(1))),
        ),
      );
    })
    .sort();
}

const inactionIsSpe = (p: ComplianceParams): boolean => {
  const game = complianceGame(p);
  const pure = complianceProfile(game, INACTION_PLAN);
  return isSubgamePerfect(
    game,
    pure.map((a, i) => (game.infosets[i]?.actions ?? []).map((_, j) => rat(j === a ? 1 : 0))),
  );
};

describe('C1 is necessary and sufficient', () => {
  it('inside C1, inaction is an SPE (spe solver and src/verify)', () => {
    fc.assert(
      fc.property(arbInsideC1(), (p) => {
        expect(solvedPlans(p)).toContain(formatPlan(INACTION_PLAN));
        expect(inactionIsSpe(p)).toBe(true);
      }),
      RUNS,
    );
  });

  it('just outside C1, inaction is never an SPE', () => {
    fc.assert(
      fc.property(arbOutsideC1(), (p) => {
        expect(solvedPlans(p)).not.toContain(formatPlan(INACTION_PLAN));
        expect(inactionIsSpe(p)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the derived regions agree with solving the concrete game', () => {
  it('on any admissible parameters', () => {
    fc.assert(
      fc.property(arbComplianceParams(), (p) => {
        expect(speByRegions(p).map(formatPlan).sort()).toEqual(solvedPlans(p));
      }),
      RUNS,
    );
  });
});

describe('C3: uniqueness in the dilemma regime', () => {
  it('inside C3, inaction is the unique SPE and the only Nash outcome', () => {
    fc.assert(
      fc.property(arbInsideC3(), (p) => {
        expect(solvedPlans(p)).toEqual([formatPlan(INACTION_PLAN)]);
        const a = analyzeCompliance(p, { thresholds: false });
        expect(a.nashOutcomes.map((o) => o.play.join(','))).toEqual(['C,Nom,Form']);
      }),
      { numRuns: 25 },
    );
  });

  it('just outside C3, the engine’s derived regions agree with solving', () => {
    fc.assert(
      fc.property(arbOutsideC3(), (p) => {
        expect(speByRegions(p).map(formatPlan).sort()).toEqual(solvedPlans(p));
      }),
      RUNS,
    );
  });
});

describe('C4: selection in the coordination regime', () => {
  it('inside C4, (Nom, Form) and (Sub, Sub) are strict after F and inaction is risk-dominant', () => {
    fc.assert(
      fc.property(arbInsideC4(), (p) => {
        const a = analyzeCompliance(p, { thresholds: false });
        expect(a.subgameEquilibria.F.map((x) => x.join(','))).toEqual(expect.arrayContaining(['Nom,Form', 'Sub,Sub']));
        expect(a.riskDominance.bothStrict).toBe(true);
        expect(a.riskDominance.dominant).toBe('inaction');
      }),
      { numRuns: 25 },
    );
  });

  it('just outside C4, inaction is not strictly risk-dominant between strict equilibria, and the regions agree with solving', () => {
    fc.assert(
      fc.property(arbOutsideC4(), (p) => {
        const a = analyzeCompliance(p, { thresholds: false });
        expect(a.riskDominance.bothStrict && a.riskDominance.dominant === 'inaction').toBe(false);
        expect(speByRegions(p).map(formatPlan).sort()).toEqual(a.spe.map((e) => formatPlan(e.plan)).sort());
      }),
      { numRuns: 25 },
    );
  });
});

describe('R1: δ* agrees with the repeated game’s one-shot-deviation conditions', () => {
  /** `C/(1−δ) ≥ D + δN/(1−δ)` for one player, checked directly (δ < 1). */
  const holds = (c: Rational, d: Rational, n: Rational, delta: Rational) => {
    const oneMinus = rat(1).sub(delta);
    return c.div(oneMinus).compare(d.add(delta.mul(n).div(oneMinus))) >= 0;
  };
  it('holds at δ* for every player and fails just below it for a binding one', () => {
    fc.assert(
      fc.property(arbInsideC1C2(), (p) => {
        const t = trustThreshold(p);
        fc.pre(t.sustainable);
        if (!t.sustainable) return;
        const u = (m: 'C' | 'F', k: 'Nom' | 'Sub', s: 'Form' | 'Sub') => compliancePayoffs(p, m, k, s, RATIONAL);
        const [C, N] = [u('F', 'Sub', 'Sub'), u('C', 'Nom', 'Form')];
        // T's deviation to C is met at once by (Nom, Form); K deviates to Nom, S to Form.
        const D = [N[0], u('F', 'Nom', 'Sub')[1], u('F', 'Sub', 'Form')[2]];
        for (let i = 0; i < 3; i++)
          expect(holds(C[i] as Rational, D[i] as Rational, N[i] as Rational, t.deltaStar)).toBe(true);
        if (t.deltaStar.compare(0) > 0) {
          const below = t.deltaStar.sub(t.deltaStar.div(1000));
          expect(t.binding.length).toBeGreaterThan(0);
          for (const i of t.binding)
            expect(holds(C[i] as Rational, D[i] as Rational, N[i] as Rational, below)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
