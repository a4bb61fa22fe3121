import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenMoveTree } from '../../bench/generators/hidden-move.js';
import { kuhnPoker } from '../../bench/generators/kuhn.js';
import { buildTree, chance, decision, terminal } from '../../src/game/builder.js';
import { UnsupportedGameError } from '../../src/game/errors.js';
import { reducedStrategicForm } from '../../src/game/reduced-form.js';
import { reducedStrategyCounts } from '../../src/game/reduced.js';
import { bimatrixGame } from '../../src/game/strategic.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from '../../src/game/types.js';
import { parseGame } from '../../src/formats/index.js';
import { solveLp } from '../../src/numeric/lp.js';
import { formatRational, type Rational, rat } from '../../src/numeric/rational.js';
import { lp, lpStrategic } from '../../src/solve/lp/index.js';
import { arbTree } from '../../src/testing/games.js';
import { behaviorPayoffs, isNash } from '../../src/verify/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';

const text = (profile: readonly (readonly Rational[])[]): string[][] => profile.map((v) => v.map(formatRational));

/** A zero-sum copy of a two-player tree: player 2's payoff is minus player 1's at every outcome. */
const zeroSum = (game: ExtensiveGame): ExtensiveGame => ({
  ...game,
  outcomes: game.outcomes.map((o) => ({ ...o, payoffs: [o.payoffs[0] as Rational, (o.payoffs[0] as Rational).neg()] })),
});

/**
 * Independent oracle: the value of a matrix game by the textbook LP `max v, Σ_i x_i A_ij ≥ v, Σ x = 1`,
 * solved by the exact rational simplex of `src/numeric/lp.ts` (Bland's rule; no shared code with `lp`).
 */
function matrixValue(game: StrategicGame): Rational {
  const [m, n] = [game.strategies[0]?.length ?? 0, game.strategies[1]?.length ?? 0];
  const v = m;
  const constraints = [];
  for (let j = 0; j < n; j++) {
    const coefs = new Map<number, Rational>([[v, rat(-1)]]);
    for (let i = 0; i < m; i++) coefs.set(i, (game.payoffs[i + m * j] as readonly Rational[])[0] as Rational);
    constraints.push({ coefs, op: '>=' as const, rhs: rat(0) });
  }
  constraints.push({
    coefs: new Map(Array.from({ length: m }, (_, i) => [i, rat(1)] as const)),
    op: '=' as const,
    rhs: rat(1),
  });
  const out = solveLp({ vars: m + 1, constraints, objective: new Map([[v, rat(1)]]), free: new Set([v]) });
  if (out.status !== 'optimal') throw new Error(`oracle LP: ${out.status}`);
  return out.value;
}

describeCorpus("Gambit's lp cases", () => {
  const cases = expectedCases().filter((c) => c.method === 'lp' && c.rational && c.file !== null);
  const lcpAnswer = new Map(
    expectedCases()
      .filter((c) => c.method === 'lcp' && c.representation === 'behavior' && c.rational && c.file !== null)
      .map((c) => [c.file, JSON.stringify(c.expected[0])]),
  );
  it('has cases', () => expect(cases.length).toBeGreaterThan(15));
  for (const c of cases) {
    it(`${c.id}: ${c.file}`, () => {
      const game = parseGame(readCorpus(c.file as string)) as ExtensiveGame;
      if (c.representation === 'strategy') {
        // --strategic: the matrix game of the reduced strategic form; optimal strategies are unique here
        // (2×2 matching-pennies type, stripped-down poker).
        const reduced = reducedStrategicForm(game).strategic;
        const result = lpStrategic(reduced);
        expect(isNash(reduced, result.equilibria[0] as MixedProfile)).toBe(true);
        expect(text(result.equilibria[0] as MixedProfile)).toEqual(c.expected[0]);
        return;
      }
      const result = lp(game);
      const eq = result.equilibria[0] as BehaviorProfile;
      expect(isNash(game, eq)).toBe(true);
      // The value equals the value of Gambit's profile, computed by the independent checker.
      const gambit = (c.expected[0] as string[][][]).flat().map((v) => v.map((x) => rat(x)));
      expect(result.value?.equals(behaviorPayoffs(game, gambit)[0] as Rational)).toBe(true);
      // Where Gambit's own lp and lcp agree (evidence that the optimal profile is unique), so do we —
      // except large_payoff_game, where player 2 may play X at its second set with any probability in
      // [1 − 10⁻¹⁹, 1] and both Gambit methods stop at the boundary.
      const unique =
        lcpAnswer.get(c.file) === JSON.stringify(c.expected[0]) && c.file !== 'tests/large_payoff_game.efg';
      if (unique) expect(text(eq)).toEqual(text(gambit));
    });
  }
});

describe('lp on known games', () => {
  it('gives 3-card Kuhn poker the value −1/18 (Kuhn 1950)', () => {
    const game = kuhnPoker(3);
    const result = lp(game);
    expect(result.value?.equals(rat(-1, 18))).toBe(true);
    expect(result.values?.[1].equals(rat(1, 18))).toBe(true);
    expect(isNash(game, result.equilibria[0] as BehaviorProfile)).toBe(true);
    expect(result.method).toBe('lp');
    expect(result.representation).toBe('behavior');
  });

  it('solves matching pennies as a matrix game', () => {
    const result = lpStrategic(
      bimatrixGame(
        [
          [1, -1],
          [-1, 1],
        ],
        [
          [-1, 1],
          [1, -1],
        ],
      ),
    );
    expect(text(result.equilibria[0] as MixedProfile)).toEqual([
      ['1/2', '1/2'],
      ['1/2', '1/2'],
    ]);
    expect(result.value?.equals(0)).toBe(true);
    expect(result.representation).toBe('strategy');
  });

  it('handles constant-sum games: same strategies, values summing to the constant', () => {
    const game = zeroSum(hiddenMoveTree(4, 5));
    const shifted: ExtensiveGame = {
      ...game,
      outcomes: game.outcomes.map((o) => ({
        ...o,
        payoffs: [o.payoffs[0] as Rational, (o.payoffs[1] as Rational).add(7)],
      })),
    };
    const a = lp(game);
    const b = lp(shifted);
    expect(b.values?.[0].add(b.values[1]).equals(7)).toBe(true);
    expect(b.value?.equals(a.value as Rational)).toBe(true);
    expect(isNash(shifted, b.equilibria[0] as BehaviorProfile)).toBe(true);
  });
});

describe('lp properties', () => {
  it('on random zero-sum trees, the value equals the matrix-game value of the reduced strategic form', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3 }).map(zeroSum), (game) => {
        // Arrange: keep the matrix small enough for the rational oracle simplex
        fc.pre(reducedStrategyCounts(game).every((n) => n <= 16n));
        const reduced = reducedStrategicForm(game).strategic;
        // Act
        const tree = lp(game);
        const matrix = lpStrategic(reduced);
        // Assert: three routes to one number, one of them an independent simplex
        const value = tree.value as Rational;
        expect(value.equals(matrix.value as Rational)).toBe(true);
        expect(value.equals(matrixValue(reduced))).toBe(true);
        expect(isNash(game, tree.equilibria[0] as BehaviorProfile)).toBe(true);
        expect(isNash(reduced, matrix.equilibria[0] as MixedProfile)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('lp refusals', () => {
  it('refuses non-zero-sum games, naming why', () => {
    const game = buildTree({
      players: ['1', '2'],
      root: decision('1', [
        ['a', terminal([1, 1])],
        ['b', terminal([0, 0])],
      ]),
    });
    expect(() => lp(game)).toThrow(UnsupportedGameError);
    expect(() => lp(game)).toThrow(/^lp: the game is not zero-sum or constant-sum/);
    expect(() => lpStrategic(bimatrixGame([[1, 0]], [[1, 0]]))).toThrow(/not zero-sum/);
  });

  it('refuses three players and non-common priors', () => {
    const three = buildTree({
      players: ['a', 'b', 'c'],
      root: decision('a', [
        ['x', terminal([1, -1, 0])],
        ['y', terminal([0, 0, 0])],
      ]),
    });
    expect(() => lp(three)).toThrow(/two players/);
    const priors = buildTree({
      players: ['1', '2'],
      root: chance(
        [
          [
            'H',
            '1/2',
            decision('1', [
              ['a', terminal([1, -1])],
              ['b', terminal([0, 0])],
            ]),
          ],
          [
            'T',
            '1/2',
            decision('1', [
              ['a', terminal([-1, 1])],
              ['b', terminal([0, 0])],
            ]),
          ],
        ],
        { beliefs: { '1': ['1/3', '2/3'] } },
      ),
    });
    expect(() => lp(priors)).toThrow(/common prior/);
  });
});
