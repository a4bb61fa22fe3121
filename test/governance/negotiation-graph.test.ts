import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsupportedGameError } from '../../src/game/errors.js';
import { rubinsteinShare, stahlShares } from '../../src/governance/bargaining-closed-forms.js';
import { type NegotiationParams, negotiationGame } from '../../src/governance/negotiation.js';
import { rubinsteinConvergence } from '../../src/governance/negotiation-convergence.js';
import { negotiationGraph } from '../../src/governance/negotiation-graph.js';
import { formatOutcome, immediateAgreement } from '../../src/governance/negotiation-outcome.js';
import { solveNegotiationTree, treeOutcome } from '../../src/governance/negotiation-tree.js';
import { rat } from '../../src/numeric/rational.js';
import { backwardInduction } from '../../src/solve/spe/index.js';
import { isSubgamePerfect } from '../../src/verify/index.js';

const g = (p: NegotiationParams, offers: 'grid' | 'continuous' = 'grid') =>
  negotiationGraph(p, { offers, allEquilibria: false }).regimes[0]?.canonical;

/** Tree (SPE solver) and state graph on the same parameters: canonical value, outcome, payoff set with counts. */
function compare(p: NegotiationParams) {
  const game = negotiationGame(p);
  const tree = solveNegotiationTree(game);
  const graph = negotiationGraph(p);
  const sol = graph.choice ?? graph.regimes[0];
  const canon = graph.choice?.canonicalValue ?? graph.regimes[0]?.canonical;
  const byPayoff = new Map<string, bigint>();
  for (const v of sol?.values ?? []) {
    const k = `${v.g.toFraction()},${v.s.toFraction()}`;
    byPayoff.set(k, (byPayoff.get(k) ?? 0n) + v.count);
  }
  const treeSet = new Map((tree.values ?? []).map((v) => [v.payoffs.map((x) => x.toFraction()).join(','), v.count]));
  return { game, tree, graph, canon, byPayoff, treeSet, count: sol?.count };
}

describe('negotiationGraph: Ståhl on the state graph (MODEL.md N1, N1b)', () => {
  it.each([
    [1, '1'],
    [2, '1/10'],
    [3, '91/100'],
    [4, '181/1000'],
  ])(
    'δ = 9/10, N = %i: G keeps %s (continuous, and on the grid 1000 that contains every round’s share)',
    (n, share) => {
      // Oracle: MODEL.md N1, x_G(N) = (1 − (−δ)^N)/(1 + δ)
      const p = { deltaG: '9/10', deltaS: '9/10', rounds: n };
      expect(g(p, 'continuous')?.g.toFraction()).toBe(share);
      expect(g({ ...p, grid: 1000 })?.g.toFraction()).toBe(share);
      expect(stahlShares(p).shareG.toFraction()).toBe(share);
    },
  );

  it('(9/10, 8/10): N = 3 → 23/25 on grid 25, continuous; per-round proposer shares equal stahlShares', () => {
    const p = { deltaG: '9/10', deltaS: '8/10', rounds: 3 };
    expect(g({ ...p, grid: 25 })?.g.toFraction()).toBe('23/25');
    const cont = negotiationGraph(p, { offers: 'continuous' }).regimes[0];
    expect(cont?.canonical.g.toFraction()).toBe('23/25');
    // state t's proposer share (G in odd rounds, S in even)
    const mine = cont?.stateValues.map(([vg, vs], i) => (i % 2 === 0 ? vg : vs).toFraction());
    expect(mine).toEqual(stahlShares(p).proposerShares.map((x) => x.toFraction()));
  });

  it('N1b: z = (3/5, 1/5), N = 2 → (79/125, 46/125), continuous and on grid 250', () => {
    const p = { deltaG: '9/10', deltaS: '8/10', rounds: 2, zG: '3/5', zS: '1/5' };
    for (const v of [g(p, 'continuous'), g({ ...p, grid: 250 })]) {
      expect([v?.g.toFraction(), v?.s.toFraction()]).toEqual(['79/125', '46/125']);
      expect(immediateAgreement(v?.outcome ?? [])).toBe(true);
    }
  });

  it('converges to Rubinstein’s 5/7: the gap shrinks by δ_G δ_S every two rounds', () => {
    const { limit, rows } = rubinsteinConvergence('9/10', '8/10', [1, 3, 5, 7, 9, 21, 41, 81]);
    expect(limit.toFraction()).toBe('5/7');
    expect(rubinsteinShare('9/10', '8/10').equals(limit)).toBe(true);
    rows.forEach((r, i) => {
      const prev = rows[i - 1];
      if (prev !== undefined) expect(r.gap.compare(prev.gap)).toBeLessThan(0);
      // exact: gap(N) = (18/25)^((N−1)/2) · gap(1), gap(1) = 2/7
      expect(
        r.gap.equals(
          rat(18, 25)
            .pow((r.rounds - 1) / 2)
            .mul(rat(2, 7)),
        ),
      ).toBe(true);
    });
    expect(rows.at(-1)?.gap.compare(rat(1, 10 ** 6))).toBeLessThan(0);
  });

  it('refuses private types (the state graph needs complete information)', () => {
    expect(() => negotiationGraph({ deltaG: '1/2', deltaS: '1/2', types: [0, '1/2'] })).toThrow(UnsupportedGameError);
  });
});

describe('negotiationGraph against the tree solved by src/solve/spe', () => {
  it.each<[string, NegotiationParams]>([
    ['coarse grid, 3 rounds', { deltaG: '9/10', deltaS: '8/10', rounds: 3, grid: 3 }],
    ['grid containing Ståhl’s shares', { deltaG: '9/10', deltaS: '9/10', rounds: 2, grid: 10 }],
    ['fallback', { deltaG: '1/2', deltaS: '1/2', rounds: 2, zG: '1/2', zS: '1/4', grid: 8 }],
    [
      'S proposes first, exit option',
      { deltaG: '2/3', deltaS: '3/4', rounds: 3, grid: 3, proposer: 'S', exitS: '1/5' },
    ],
    ['regime choice', { deltaG: '1/2', deltaS: '1/2', regimes: [1, 2, 'indefinite'], horizon: 3, grid: 2 }],
    [
      'drawn round-2 proposer, non-common priors (N4)',
      {
        deltaG: '9/10',
        deltaS: '9/10',
        rounds: 2,
        grid: 10,
        recognition: '1/2',
        drawnRounds: [2],
        optimismG: '7/10',
        optimismS: '7/10',
      },
    ],
    [
      'S’s cost, all rounds drawn',
      { deltaG: '3/4', deltaS: '3/4', rounds: 2, grid: 2, types: ['1/4'], recognition: '1/3' },
    ],
  ])('%s: same canonical SPE, same SPE payoff set and count; canonical confirmed by isSubgamePerfect', (_, p) => {
    // Act
    const c = compare(p);
    // Assert
    expect(c.tree.value?.map((x) => x.toFraction())).toEqual([c.canon?.g.toFraction(), c.canon?.s.toFraction()]);
    expect(c.tree.count).toBe(c.count);
    expect(c.byPayoff).toEqual(c.treeSet);
    if (c.tree.canonical === null || c.canon === undefined) throw new Error('no canonical SPE');
    expect(formatOutcome(treeOutcome(c.game, c.tree.canonical).outcome)).toBe(formatOutcome(c.canon.outcome));
    expect(isSubgamePerfect(c.game, c.tree.canonical)).toBe(true);
  });

  it('every SPE listed by backward induction passes isSubgamePerfect and its payoffs are in the graph’s set', () => {
    const p: NegotiationParams = { deltaG: '9/10', deltaS: '8/10', rounds: 2, grid: 3 };
    const game = negotiationGame(p);
    const all = backwardInduction(game);
    const c = compare(p);
    expect(all.complete).toBe(true);
    expect(BigInt(all.equilibria.length)).toBe(c.count);
    for (const eq of all.equilibria) {
      expect(isSubgamePerfect(game, eq)).toBe(true);
    }
    const payoffs = new Set(all.equilibria.map((eq) => treeOutcome(game, eq).outcome).map((o) => formatOutcome(o)));
    const graphOutcomes = new Set((negotiationGraph(p).regimes[0]?.values ?? []).map((v) => formatOutcome(v.outcome)));
    expect(payoffs).toEqual(graphOutcomes);
  });

  it('random small instances: tree and graph agree (property)', () => {
    // δ > 0: with δ = 0 the tree's later rounds pay everybody 0 in round-1 units, so every behaviour there is
    // subgame perfect in the tree, while the graph compares later payoffs in their own round's units.
    const frac = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .filter(([a, b]) => a <= b)
      .map(([a, b]) => `${a}/${b}`);
    fc.assert(
      fc.property(
        fc.record({
          deltaG: frac,
          deltaS: frac,
          rounds: fc.integer({ min: 1, max: 3 }),
          grid: fc.integer({ min: 1, max: 3 }),
          proposer: fc.constantFrom<'G' | 'S'>('G', 'S'),
          zG: fc.constantFrom('0', '1/4'),
          zS: fc.constantFrom('0', '1/2'),
        }),
        (p) => {
          const c = compare(p);
          expect(c.tree.count).toBe(c.count);
          expect(c.byPayoff).toEqual(c.treeSet);
          expect(c.tree.value?.[0]?.equals(c.canon?.g ?? rat(-1))).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
