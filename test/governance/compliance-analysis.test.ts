import { describe, expect, it } from 'vitest';
import {
  DILEMMA_EXAMPLE,
  WORKED_EXAMPLE,
  analyzeCompliance,
  complianceProfile,
  complianceReport,
  formatPlan,
  parseComplianceParamsJson,
} from '../../src/governance/index.js';
import { isSubgamePerfect } from '../../src/verify/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';
import type { Rational } from '../../src/numeric/rational.js';

const show = (v: readonly Rational[]) => v.map(formatRational);

describe('analyzeCompliance: first worked example (MODEL.md, weakest-link regime)', () => {
  const a = analyzeCompliance(WORKED_EXAMPLE, { thresholds: false });

  it('finds exactly the two pure SPE, each confirmed by src/verify', () => {
    // Oracle: MODEL.md worked example (Gambit 16.4's subgame-perfect enumeration finds exactly these two)
    expect(a.spe.map((e) => formatPlan(e.plan))).toEqual([
      '(C; C: Nom, Form; F: Nom, Form)',
      '(F; C: Nom, Form; F: Sub, Sub)',
    ]);
    expect(a.spe.map((e) => show(e.payoffs))).toEqual([
      ['-1/2', '0', '0'],
      ['3', '1', '3/2'],
    ]);
    for (const e of a.spe) {
      const profile = e.profile.map((x, i) => (a.game.infosets[i]?.actions ?? []).map((_, j) => rat(j === x ? 1 : 0)));
      expect(isSubgamePerfect(a.game, profile)).toBe(true);
    }
  });

  it('has (Nom, Form) only after C and both (Nom, Form) and (Sub, Sub) after F', () => {
    // Oracle: MODEL.md worked example
    expect(a.subgameEquilibria.C).toEqual([['Nom', 'Form']]);
    expect(a.subgameEquilibria.F).toEqual([
      ['Nom', 'Form'],
      ['Sub', 'Sub'],
    ]);
  });

  it('has the two pure Nash outcomes (C, Nom, Form) and (F, Sub, Sub)', () => {
    expect(a.nashOutcomes.map((o) => [o.play.join(','), show(o.payoffs)])).toEqual([
      ['C,Nom,Form', ['-1/2', '0', '0']],
      ['F,Sub,Sub', ['3', '1', '3/2']],
    ]);
  });

  it('mixes after F with K substantive 5/8 and S 2/3, confirmed on the subgame', () => {
    // Oracle: MODEL.md worked example
    expect(
      a.mixedAfterF && [formatRational(a.mixedAfterF.kSub), formatRational(a.mixedAfterF.sSub), a.mixedAfterF.verified],
    ).toEqual(['5/8', '2/3', true]);
    expect(a.mixedAfterC).toBeNull();
  });

  it('gives risk products 5 against 3/2, dissipation 6, strict Pareto dominance and δ* = 0', () => {
    // Oracle: MODEL.md C4, C5 and the trust paragraph ("the first gives 0")
    expect(formatRational(a.riskDominance.inactionProduct)).toBe('5');
    expect(formatRational(a.riskDominance.cooperationProduct)).toBe('3/2');
    expect(a.riskDominance.dominant).toBe('inaction');
    expect(formatRational(a.dissipation)).toBe('6');
    expect(a.pareto.verdict).toBe('strict');
    expect(a.trust.sustainable && formatRational(a.trust.deltaStar)).toBe('0');
  });
});

describe('analyzeCompliance: second worked example (MODEL.md, dilemma regime)', () => {
  const a = analyzeCompliance(DILEMMA_EXAMPLE, { thresholds: false });

  it('has inaction as the unique SPE and the only Nash outcome, cooperation would give (2, 1, 1), δ* = 1/2', () => {
    // Oracle: MODEL.md second worked example
    expect(a.spe.map((e) => formatPlan(e.plan))).toEqual(['(C; C: Nom, Form; F: Nom, Form)']);
    expect(show(a.spe[0]?.payoffs ?? [])).toEqual(['-1/2', '0', '0']);
    expect(a.nashOutcomes.map((o) => o.play.join(','))).toEqual(['C,Nom,Form']);
    expect(show(a.pareto.cooperation)).toEqual(['2', '1', '1']);
    expect(a.trust.sustainable && formatRational(a.trust.deltaStar)).toBe('1/2');
    expect(a.mixedAfterF).toBeNull();
    const inaction = complianceProfile(
      a.game,
      a.spe[0]?.plan ?? { mode: 'C', afterC: ['Nom', 'Form'], afterF: ['Nom', 'Form'] },
    );
    expect(inaction).toEqual(a.spe[0]?.profile);
  });
});

describe('complianceReport (JSON for the CLI)', () => {
  it('writes exact strings', () => {
    const json = complianceReport(
      parseComplianceParamsJson(
        JSON.stringify({
          V: 10,
          bT: '3/10',
          bK: '3/10',
          bS: '2/5',
          cK: 2,
          cS: '5/2',
          eT: '1/2',
          rhoA: 2,
          phi: '1/2',
          lambdaK: 0,
          lambdaS: 0,
        }),
      ),
    );
    expect(json['mixed']).toEqual({
      afterC: null,
      afterF: { kSub: '5/8', sSub: '2/3', payoffs: { T: '1/12', K: '0', S: '0' }, verified: true },
    });
    expect(json['riskDominance']).toMatchObject({
      inactionProduct: '5',
      cooperationProduct: '3/2',
      dominant: 'inaction',
    });
    expect(json['dissipation']).toBe('6');
    expect(json['trust']).toEqual({ sustainable: true, deltaStar: '0', binding: [] });
    expect((json['spe'] as unknown[]).length).toBe(2);
    const rho = (json['thresholds'] as { parameter: string; inaction: { set: string[]; lower: string | null } }[]).find(
      (t) => t.parameter === 'rhoA',
    );
    expect(rho?.inaction).toMatchObject({ set: ['[1/2, ∞)'], lower: '1/2' });
  });

  it('refuses parameters that are not a JSON object', () => {
    expect(() => parseComplianceParamsJson('[1, 2]')).toThrow(/JSON object/);
    expect(() => parseComplianceParamsJson('{')).toThrow(/not valid JSON/);
  });
});
