import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachProbabilities } from '../../src/game/expected-payoff.js';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/types.js';
import { type Rational, ZERO, rat } from '../../src/numeric/rational.js';
import { optimismGame } from '../../src/governance/optimism.js';
import { backwardInduction } from '../../src/solve/spe/index.js';
import { arbInsideN4, arbOutsideN4, type OptimismPoint } from '../../src/testing/index.js';
import { isNash } from '../../src/verify/index.js';

/** Probability of agreement in round 1 (terminal nodes right after S accepts G's round-1 demand). */
function roundOneAgreement(game: ExtensiveGame, profile: BehaviorProfile): Rational {
  const reach = reachProbabilities(game, profile);
  return game.nodes
    .filter((n) => n.depth === 2 && n.type === 'terminal' && n.parentAction === 0)
    .reduce((s, n) => s.add(reach[n.id] ?? ZERO), ZERO);
}

// The tree offers shares on a grid of k = 40 steps, so its threshold is within a few grid steps of the
// continuum condition δ(p_G + p_S) > 1 (MODEL.md N4): test points at least 1/5 away from it.
const margin = rat(1, 5);
const away = (p: OptimismPoint) => p.delta.mul(p.pG.add(p.pS)).sub(1).abs().compare(margin) >= 0;

function delays(p: OptimismPoint): readonly boolean[] {
  const game = optimismGame({ pG: p.pG, pS: p.pS, delta: p.delta, grid: 40 });
  const { equilibria } = backwardInduction(game);
  expect(isNash(game, equilibria[0] ?? [])).toBe(true);
  return equilibria.map((eq) => roundOneAgreement(game, eq).equals(0));
}

describe('N4 through the engine on random parameters (non-common priors)', () => {
  it('every SPE delays agreement inside the condition', () => {
    fc.assert(
      fc.property(arbInsideN4().filter(away), (p) => delays(p).every((d) => d)),
      { numRuns: 12 },
    );
  });

  it('every SPE agrees at once outside it', () => {
    fc.assert(
      fc.property(arbOutsideN4().filter(away), (p) => delays(p).every((d) => !d)),
      { numRuns: 12 },
    );
  });
});
