import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kuhnPoker } from '../../bench/generators/kuhn.js';
import { hiddenMoveTree } from '../../bench/generators/hidden-move.js';
import { InvalidArgumentError, UnsupportedGameError } from '../../src/game/errors.js';
import { behaviorToMixed, reducedStrategicForm } from '../../src/game/reduced-form.js';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/types.js';
import { parseGame } from '../../src/formats/index.js';
import { formatRational, rat } from '../../src/numeric/rational.js';
import { lcp } from '../../src/solve/lcp/index.js';
import { arbTree } from '../../src/testing/games.js';
import { isNash } from '../../src/verify/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';
import { forgetfulPlayer as forgetful, threePlayers as three } from '../helpers/small-games.js';

const text = (profile: BehaviorProfile): string[][] => profile.map((v) => v.map(formatRational));

/** Nash on the tree and, through the reduced strategic form, Nash of the strategic form. */
function assertEquilibrium(game: ExtensiveGame, profile: BehaviorProfile): void {
  expect(isNash(game, profile)).toBe(true);
  const reduced = reducedStrategicForm(game);
  expect(isNash(reduced.strategic, behaviorToMixed(game, reduced.strategies, profile))).toBe(true);
}

describeCorpus("Gambit's lcp cases (behaviour)", () => {
  // Gambit's answers differ from ours on two games with a continuum of equilibria (both answers are
  // equilibria): large_payoff_game (player 2 may play X at its second set with any probability in
  // [1 − 10⁻¹⁹, 1]; Gambit's path stops at the boundary) and the GTE survey game with payoff ties.
  const differs = new Set(['tests/large_payoff_game.efg', 'tests/reduction_both_players_payoff_ties_GTE_survey.efg']);
  const cases = expectedCases().filter(
    (c) => c.method === 'lcp' && c.representation === 'behavior' && c.rational && c.file !== null,
  );
  it('has cases', () => expect(cases.length).toBeGreaterThan(15));
  for (const c of cases) {
    it(`${c.id}: ${c.file}`, () => {
      // Arrange
      const game = parseGame(readCorpus(c.file as string)) as ExtensiveGame;
      // Act
      const result = lcp(game);
      const exact = lcp(game, { arithmetic: 'exact' });
      // Assert
      expect(result.equilibria).toHaveLength(1);
      const eq = result.equilibria[0] as BehaviorProfile;
      expect(isNash(game, eq)).toBe(true);
      expect(text(exact.equilibria[0] as BehaviorProfile)).toEqual(text(eq));
      const gambit = (c.expected[0] as string[][][]).flat();
      if (!differs.has(c.file as string)) expect(text(eq)).toEqual(gambit);
    });
  }
});

describe('lcp on known games', () => {
  it('solves 3-card Kuhn poker to an equilibrium worth −1/18 to player 1 (Kuhn 1950)', () => {
    const game = kuhnPoker(3);
    const result = lcp(game);
    const eq = result.equilibria[0] as BehaviorProfile;
    assertEquilibrium(game, eq);
    expect(result.method).toBe('lcp');
    expect(result.exact).toBe(true);
    expect(result.stats?.['certified']).toBe(1);
  });

  it('solves a hidden-move tree of depth 6 in both arithmetic modes', () => {
    const game = hiddenMoveTree(6, 3);
    const fast = lcp(game);
    const exact = lcp(game, { arithmetic: 'exact' });
    expect(isNash(game, fast.equilibria[0] as BehaviorProfile)).toBe(true);
    expect(text(exact.equilibria[0] as BehaviorProfile)).toEqual(text(fast.equilibria[0] as BehaviorProfile));
  });

  it('accepts a prior and still finds an equilibrium', () => {
    const game = kuhnPoker(3);
    const prior = game.infosets.map((info) =>
      info.actions.map((_, a) => rat(a === 0 ? 3 : 1, info.actions.length === 2 ? 4 : 1)),
    );
    const result = lcp(game, { prior });
    expect(isNash(game, result.equilibria[0] as BehaviorProfile)).toBe(true);
  });
});

describe('lcp properties', () => {
  it('returns a Nash equilibrium of the tree and of its reduced strategic form (random trees)', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3 }), (game) => {
        const result = lcp(game, { maxPivots: 100_000 });
        expect(result.stopped).toBeNull();
        assertEquilibrium(game, result.equilibria[0] as BehaviorProfile);
      }),
      { numRuns: 40 },
    );
  });

  it('never loops on degenerate games (payoffs in {−1, 0, 1}), in either arithmetic', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3, payoffRange: 1 }), (game) => {
        for (const arithmetic of ['float-certify', 'exact'] as const) {
          const result = lcp(game, { arithmetic, maxPivots: 20_000 });
          expect(result.stopped).toBeNull();
          expect(isNash(game, result.equilibria[0] as BehaviorProfile)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds an equilibrium from any completely mixed prior', () => {
    fc.assert(
      fc.property(
        arbTree({ players: 2, maxDepth: 3, maxBranching: 3 }).chain((game) =>
          fc.tuple(
            fc.constant(game),
            fc.tuple(
              ...game.infosets.map((i) =>
                fc.array(fc.integer({ min: 1, max: 5 }), { minLength: i.actions.length, maxLength: i.actions.length }),
              ),
            ),
          ),
        ),
        ([game, weights]) => {
          const prior = weights.map((w) =>
            w.map((x) =>
              rat(
                x,
                w.reduce((a, b) => a + b, 0),
              ),
            ),
          );
          const result = lcp(game, { prior });
          expect(isNash(game, result.equilibria[0] as BehaviorProfile)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('lcp refusals and budgets', () => {
  it('refuses three players and imperfect recall by name', () => {
    expect(() => lcp(three)).toThrow(UnsupportedGameError);
    expect(() => lcp(three)).toThrow(/^lcp: /);
    expect(() => lcp(forgetful)).toThrow(/perfect recall/);
  });

  it('rejects bad options', () => {
    const game = kuhnPoker(3);
    expect(() => lcp(game, { maxPivots: -1 })).toThrow(InvalidArgumentError);
    expect(() => lcp(game, { prior: [] })).toThrow(/prior/);
    expect(() => lcp(game, { unreached: 'x' as never })).toThrow(/unreached/);
  });

  it('stops on the pivot budget and on an aborted signal, with nothing found', () => {
    const game = kuhnPoker(3);
    for (const arithmetic of ['float-certify', 'exact'] as const) {
      const byPivots = lcp(game, { arithmetic, maxPivots: 3 });
      expect(byPivots.stopped).toBe('pivots');
      expect(byPivots.equilibria).toEqual([]);
    }
    const controller = new AbortController();
    controller.abort();
    const bySignal = lcp(game, { signal: controller.signal });
    expect(bySignal.stopped).toBe('signal');
    expect(bySignal.equilibria).toEqual([]);
  });
});
