import { describe, expect, it } from 'vitest';
import { reachProbabilities } from '../../src/game/expected-payoff.js';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/types.js';
import { type Rational, ZERO } from '../../src/numeric/rational.js';
import { optimismDelays, optimismGame } from '../../src/governance/optimism.js';
import { backwardInduction } from '../../src/solve/spe/index.js';
import { isNash, isSubgamePerfect } from '../../src/verify/index.js';

/** Probability that S accepts G's round-1 demand (the terminal nodes right after S's round-1 accept). */
function roundOneAgreement(game: ExtensiveGame, profile: BehaviorProfile): Rational {
  const reach = reachProbabilities(game, profile);
  return game.nodes
    .filter((n) => n.depth === 2 && n.type === 'terminal' && n.parentAction === 0)
    .reduce((s, n) => s.add(reach[n.id] ?? ZERO), ZERO);
}

describe('optimismGame (MODEL.md N4, non-common priors)', () => {
  it('puts each player’s own belief on the round-2 proposer into the chance move', () => {
    const game = optimismGame({ pG: '7/10', pS: '3/5', delta: '9/10', grid: 4 });
    const c = game.chanceInfosets[0];
    expect(c?.probs.map((x) => x.toFraction())).toEqual(['1/2', '1/2']);
    expect(c?.beliefs?.map((b) => b.map((x) => x.toFraction()))).toEqual([
      ['7/10', '3/10'],
      ['2/5', '3/5'],
    ]);
  });

  it.each([
    // MODEL.md N4 oracle: (p, p, δ) = (7/10, 7/10, 9/10) → delay; δ(p+p) = 63/50 > 1
    { p: '7/10', delta: '9/10', delays: true },
    // (3/5, 3/5, 4/5) → agree; δ(p+p) = 24/25 < 1
    { p: '3/5', delta: '4/5', delays: false },
  ])('(p, p, δ) = ($p, $p, $delta): every SPE by backward induction delays = $delays', ({ p, delta, delays }) => {
    // Arrange
    const game = optimismGame({ pG: p, pS: p, delta, grid: 50 });
    expect(optimismDelays({ pG: p, pS: p, delta })).toBe(delays);
    // Act: all pure SPE of the perfect-information tree, each player with its own prior (src/solve/spe).
    const result = backwardInduction(game);
    // Assert
    expect(result.complete).toBe(true);
    expect(result.count).toBe(BigInt(result.equilibria.length));
    expect(result.equilibria.length).toBeGreaterThan(0);
    for (const eq of result.equilibria) {
      expect(roundOneAgreement(game, eq).toFraction()).toBe(delays ? '0' : '1');
    }
    // The independent checker confirms one as a Nash equilibrium (subgame perfection is checked on a smaller
    // grid below: every node of this tree roots a subgame).
    expect(isNash(game, result.equilibria[0] ?? [])).toBe(true);
  });

  it('returns subgame-perfect equilibria by the independent checker (grid 8)', () => {
    const game = optimismGame({ pG: '7/10', pS: '7/10', delta: '9/10', grid: 8 });
    const result = backwardInduction(game);
    expect(result.equilibria.length).toBeGreaterThan(0);
    for (const eq of result.equilibria.slice(0, 5)) expect(isSubgamePerfect(game, eq)).toBe(true);
  });

  it('agrees immediately at G’s best demand 1 − δ·(S’s round-2 value) when agreement is immediate', () => {
    // (3/5, 3/5, 4/5), k = 50: S's round-2 value is δ(p(1 − 1/k) + (1 − p)/k) = 298/625 = 0.4768, so G demands
    // the largest grid share x with 1 − x ≥ 0.4768: x = 13/25.
    const game = optimismGame({ pG: '3/5', pS: '3/5', delta: '4/5', grid: 50 });
    const [eq] = backwardInduction(game).equilibria;
    const root = game.infosets[0];
    expect(root?.actions[(eq?.[0] ?? []).findIndex((x) => x.n === 1n)]).toBe('demand 13/25');
  });
});
