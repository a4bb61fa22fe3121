import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NodeSpec, chance, decision, terminal } from '../../src/game/builder.js';
import type { ExtensiveGame, Game } from '../../src/game/types.js';
import { type Rational, rat } from '../../src/numeric/rational.js';
import { certificateToJson } from '../../src/param/certificate.js';
import { parseConditions } from '../../src/param/expression.js';
import { buildParametricTree, instantiate, parametricStrategicGame } from '../../src/param/game.js';
import { proveImplication } from '../../src/param/implication.js';
import { type ProveResult, prove } from '../../src/param/prove.js';
import { equilibriumRegion, evaluateRegion } from '../../src/param/region.js';
import { type Polynomial, polyEvaluate } from '../../src/numeric/polynomial.js';
import { checkCertificate } from '../../src/verify/certificate.js';
import { isNashPure, isSubgamePerfectPure } from '../../src/verify/index.js';
import { arbParamStrategic, arbParamTree, arbPure, arbSimpleRational } from './helpers.js';

const pd = parametricStrategicGame({
  players: ['1', '2'],
  strategies: [
    ['C', 'D'],
    ['C', 'D'],
  ],
  payoffs: [
    ['R', 'R'],
    ['T', 'S'],
    ['S', 'T'],
    ['P', 'P'],
  ],
});
const PD = ['T > R', 'R > P', 'P > S'];

function expectChecked(r: ProveResult): void {
  expect(r.status).toBe('proved');
  if (r.status !== 'proved') return;
  const json = JSON.parse(JSON.stringify(certificateToJson(r.certificate))) as unknown;
  const check = checkCertificate(json);
  expect(check.problems).toEqual([]);
  expect(check.ok).toBe(true);
}

describe('prove', () => {
  it("proves that defection is the unique equilibrium of the prisoner's dilemma", () => {
    expectChecked(prove({ game: pd, profile: [1, 1], concept: 'nash', assume: PD, claim: 'unique' }));
    expectChecked(prove({ game: pd, profile: [0, 0], concept: 'nash', assume: PD, claim: 'not-equilibrium' }));
  });

  it('refutes a deliberately false claim with a counterexample confirmed by src/verify', () => {
    // Act: "mutual cooperation is a Nash equilibrium of the prisoner's dilemma" is false
    const r = prove({ game: pd, profile: [0, 0], concept: 'nash', assume: PD, claim: 'equilibrium' });
    // Assert
    expect(r.status).toBe('refuted');
    if (r.status !== 'refuted') return;
    const values = r.counterexample.values;
    for (const a of PD.flatMap((t) => parseConditions(t))) {
      const v = polyEvaluate(a.poly, new Map(Object.entries(values).map(([k, x]) => [k, rat(x)])));
      expect(a.strict ? v.compare(0) > 0 : v.compare(0) >= 0).toBe(true);
    }
    expect(isNashPure(instantiate(pd, values), [0, 0])).toBe(false);
  });

  it('certifies the product step of MODEL.md C1 ("hence after C")', () => {
    // c_K − b_K φ V λ_K = φ(c_K − b_K V λ_K) + (1−φ) c_K
    const r = proveImplication({
      assume: ['cK - bK*V*lambdaK >= 0', '0 <= phi <= 1', 'cK >= 0'],
      goals: ['cK - bK*phi*V*lambdaK >= 0'],
    });
    expectChecked(r);
    // and it fails without phi <= 1
    const bad = proveImplication({
      assume: ['cK - bK*V*lambdaK >= 0', 'phi >= 0', 'cK >= 0'],
      goals: ['cK - bK*phi*V*lambdaK >= 0'],
    });
    expect(bad.status).not.toBe('proved');
  });

  it('proves uniqueness backward over subgames on a compliance-style tree (C3-like)', () => {
    // T chooses C or F; then K and S move simultaneously (Sub is strictly dominated for both after each)
    const stage = (m: string, phi: string): NodeSpec<Polynomial> =>
      decision<Polynomial>('K', [
        [
          'Nom',
          decision<Polynomial>(
            'S',
            [
              ['Form', terminal<Polynomial>([m === 'C' ? '-e' : '-rho', 0, 0])],
              ['Sub', terminal<Polynomial>([m === 'C' ? '-e' : '-rho', `${phi}*l*b`, `${phi}*l*b - c`])],
            ],
            { infoset: `S${m}` },
          ),
        ],
        [
          'Sub',
          decision<Polynomial>(
            'S',
            [
              ['Form', terminal<Polynomial>([m === 'C' ? '-e' : '-rho', `${phi}*l*b - c`, `${phi}*l*b`])],
              ['Sub', terminal<Polynomial>([m === 'C' ? '-e' : '-rho', `${phi}*b - c`, `${phi}*b - c`])],
            ],
            { infoset: `S${m}` },
          ),
        ],
      ]);
    const game = buildParametricTree({
      players: ['T', 'K', 'S'],
      root: decision('T', [
        ['C', stage('C', 'phi')],
        ['F', stage('F', '1')],
      ]),
    });
    // infosets in order: T root; K after C, K after F; S after C, S after F
    const profile = [0, 0, 0, 0, 0];
    const assume = ['b > 0', '0 < l', 'l < 1', 'b*l < c', 'b*(1 - l) < c', '0 <= phi <= 1', 'rho > e', 'e >= 0'];
    const r = prove({ game, profile, concept: 'spe', assume, claim: 'unique', options: { degree: 2 } });
    expectChecked(r);
    // weaker assumptions (Sub can pay after F): not provable, and a counterexample exists
    const weak = prove({
      game,
      profile,
      concept: 'spe',
      assume: ['b > 0', '0 < l < 1', 'c > 0', '0 <= phi <= 1', 'rho > e'],
      claim: 'unique',
    });
    expect(weak.status).toBe('refuted');
  });

  it('never says proved where sampling finds a counterexample, and every certificate checks', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(arbParamStrategic(['x']), arbParamTree(['x']))
          .chain((g) =>
            fc.tuple(
              fc.constant(g),
              arbPure(g),
              fc.integer({ min: -3, max: 2 }),
              fc.integer({ min: 1, max: 4 }),
              fc.array(arbSimpleRational, { minLength: 12, maxLength: 12 }),
            ),
          ),
        ([game, pure, lo, width, samples]) => {
          const concept = game.kind === 'strategic' ? 'nash' : 'spe';
          const assume = [`x >= ${lo}`, `x <= ${lo + width}`];
          const r = prove({
            game,
            profile: pure,
            concept,
            assume,
            claim: 'equilibrium',
            options: { search: { samples: 300, lpTries: 5 } },
          });
          const check = (g: Game<Rational>) =>
            g.kind === 'strategic' || concept === 'nash'
              ? isNashPure(g, pure)
              : isSubgamePerfectPure(g as ExtensiveGame<Rational>, pure);
          const inside = samples.filter((x) => x.compare(lo) >= 0 && x.compare(lo + width) <= 0);
          if (r.status === 'proved') {
            expectChecked(r);
            for (const x of inside) expect(check(instantiate(game, { x }))).toBe(true);
          } else if (r.status === 'refuted') {
            const x = rat(r.counterexample.values['x'] ?? '0');
            expect(x.compare(lo) >= 0 && x.compare(lo + width) <= 0).toBe(true);
            expect(check(instantiate(game, { x }))).toBe(false);
          } else {
            // linear in one parameter on an interval: the search is complete, so unknown should not happen
            expect(r.status).not.toBe('unknown');
          }
          const region = equilibriumRegion(game, pure, { concept });
          if (r.status === 'proved') for (const x of inside) expect(evaluateRegion(region, { x })).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes chance probabilities as a domain and proves with parameter probabilities', () => {
    // nature picks a high type with probability q; the proposer's offer is accepted by both types when x >= 1
    const game = buildParametricTree({
      players: ['P'],
      root: chance([
        [
          'H',
          'q',
          decision(
            'P',
            [
              ['Safe', terminal(['1'])],
              ['Risky', terminal(['2'])],
            ],
            { infoset: 'I' },
          ),
        ],
        [
          'L',
          '1 - q',
          decision(
            'P',
            [
              ['Safe', terminal(['1'])],
              ['Risky', terminal(['-1'])],
            ],
            { infoset: 'I' },
          ),
        ],
      ]),
    });
    // Risky is optimal iff 2q - (1 - q) >= 1, i.e. q >= 2/3
    expectChecked(prove({ game, profile: [1], concept: 'nash', assume: ['q >= 2/3'], claim: 'equilibrium' }));
    const r = prove({ game, profile: [1], concept: 'nash', assume: ['q >= 1/2'], claim: 'equilibrium' });
    expect(r.status).toBe('refuted');
  });
});

describe('prove on the stage-2 compliance game of MODEL.md (all 12 parameters)', () => {
  // T chooses C or F; K (Nom/Sub) and S (Form/Sub) move simultaneously; g(k, s) as in MODEL.md "Production".
  const g = { SF: 'lambdaK', SS: '1', NF: '0', NS: 'lambdaS' } as const;
  const stage = (m: 'C' | 'F'): NodeSpec<Polynomial> => {
    const phi = m === 'C' ? 'phi' : '1';
    const leaf = (k: 'N' | 'S', s: 'F' | 'S') => {
      const gv = g[`${k}${s}`];
      const vr = `${phi}*V*(${gv})`;
      return terminal<Polynomial>([
        `bT*${vr}${m === 'C' ? ' - eT' : ` - rhoA*(1 - (${gv}))`}`,
        `bK*${vr}${k === 'S' ? ' - cK' : ''}`,
        `bS*${vr}${s === 'S' ? ' - cS' : ''}${m === 'F' && s === 'F' ? ' - qP' : ''}`,
      ]);
    };
    const sNode = (k: 'N' | 'S') =>
      decision<Polynomial>(
        'S',
        [
          ['Form', leaf(k, 'F')],
          ['Sub', leaf(k, 'S')],
        ],
        { infoset: `S after ${m}` },
      );
    return decision<Polynomial>(
      'K',
      [
        ['Nom', sNode('N')],
        ['Sub', sNode('S')],
      ],
      { infoset: `K after ${m}` },
    );
  };
  const game = buildParametricTree({
    players: ['T', 'K', 'S'],
    root: decision<Polynomial>('T', [
      ['C', stage('C')],
      ['F', stage('F')],
    ]),
  });
  const inaction = [0, 0, 0, 0, 0];

  it('C1: collective inaction is an SPE under the stated conditions (needs the product with phi)', () => {
    const r = prove({
      game,
      profile: inaction,
      concept: 'spe',
      claim: 'equilibrium',
      nonnegative: 'all',
      assume: ['bK*V*lambdaK <= cK', 'bS*V*lambdaS + qP <= cS', 'rhoA >= eT', 'phi <= 1'],
    });
    expectChecked(r);
    // without phi <= 1 the "hence after C" step fails, and a counterexample is found
    const weak = prove({
      game,
      profile: inaction,
      concept: 'spe',
      claim: 'equilibrium',
      nonnegative: 'all',
      assume: ['bK*V*lambdaK <= cK', 'bS*V*lambdaS + qP <= cS', 'rhoA >= eT'],
    });
    expect(weak.status).toBe('refuted');
  });

  it('C3: inaction is the unique SPE outcome in the dilemma regime (backward strict dominance)', () => {
    const r = prove({
      game,
      profile: inaction,
      concept: 'spe',
      claim: 'unique',
      nonnegative: 'all',
      assume: [
        'bK*V*lambdaK < cK',
        'bK*V*(1 - lambdaS) < cK',
        'bS*V*lambdaS + qP < cS',
        'bS*V*(1 - lambdaK) + qP < cS',
        'rhoA > eT',
        'phi <= 1',
        'lambdaK <= 1',
        'lambdaS <= 1',
      ],
    });
    expectChecked(r);
  });
});
