/**
 * Test helpers: random parametric games made from concrete random games by adding random linear terms in
 * the parameters x, y to every payoff, and random pure profiles / parameter points.
 */
import fc from 'fast-check';
import type { ExtensiveGame, Game, StrategicGame } from '../../src/game/types.js';
import { type Polynomial, polyAdd, polyConst, polyFromTerms } from '../../src/numeric/polynomial.js';
import { type Rational, rat } from '../../src/numeric/rational.js';
import type { ParametricGame } from '../../src/param/game.js';
import { arbStrategicGame, arbTree } from '../../src/testing/games.js';

const coef = fc.integer({ min: -3, max: 3 });

/** Lifts a concrete game's payoffs to `payoff + b·x + c·y` with random small integers b, c. */
export function lift(game: Game<Rational>, params: readonly string[]): fc.Arbitrary<ParametricGame> {
  const count =
    game.kind === 'strategic' ? game.payoffs.length * game.players.length : game.outcomes.length * game.players.length;
  return fc
    .array(fc.array(coef, { minLength: params.length, maxLength: params.length }), {
      minLength: count,
      maxLength: count,
    })
    .map((cs) => {
      let k = 0;
      const poly = (r: Rational): Polynomial => {
        const c = cs[k++] ?? [];
        return polyAdd(polyConst(r), polyFromTerms(params.map((p, i) => [c[i] ?? 0, { [p]: 1 }] as const)));
      };
      if (game.kind === 'strategic') {
        const g = game as StrategicGame<Rational>;
        return Object.freeze({
          ...g,
          outcomeTable: undefined,
          payoffs: g.payoffs.map((row) => row.map(poly)),
        }) as unknown as ParametricGame;
      }
      const t = game as ExtensiveGame<Rational>;
      return Object.freeze({
        ...t,
        outcomes: t.outcomes.map((o) => ({ ...o, payoffs: o.payoffs.map(poly) })),
        chanceInfosets: t.chanceInfosets.map((c) => ({
          ...c,
          probs: c.probs.map((p) => polyConst(p)),
          ...(c.beliefs ? { beliefs: c.beliefs.map((b) => b.map((p) => polyConst(p))) } : {}),
        })),
      }) as ParametricGame;
    });
}

/** A random parametric strategic game (2–3 strategies, 2 players) in parameters x (and y). */
export const arbParamStrategic = (params: readonly string[]): fc.Arbitrary<ParametricGame> =>
  arbStrategicGame({ players: 2, maxStrategies: 3, payoffRange: 3 }).chain((g) => lift(g, params));

/** A random small parametric tree in parameters x (and y). */
export const arbParamTree = (params: readonly string[]): fc.Arbitrary<ParametricGame> =>
  arbTree({ players: 2, maxDepth: 3, maxBranching: 2, payoffRange: 3 }).chain((g) => lift(g, params));

/** A random pure profile for a game. */
export function arbPure(game: ParametricGame): fc.Arbitrary<number[]> {
  const counts =
    game.kind === 'strategic' ? game.strategies.map((s) => s.length) : game.infosets.map((i) => i.actions.length);
  return fc.tuple(...counts.map((c) => fc.integer({ min: 0, max: c - 1 }))).map((t) => [...t]);
}

/** Simple exact rationals (integers, halves, thirds) in [-4, 4]. */
export const arbSimpleRational: fc.Arbitrary<Rational> = fc
  .tuple(fc.integer({ min: -12, max: 12 }), fc.constantFrom(1, 2, 3))
  .map(([n, d]) => rat(n, d));
