/**
 * `lp`: optimal (minimax) strategies and the value of a two-player zero-sum or constant-sum game.
 *
 * On a tree this is the sequence-form linear program of Koller, Megiddo and von Stengel (1994, STOC,
 * "Fast algorithms for finding randomized strategies in game trees", §4; 1996, GEB 14, §3): player 2 picks a
 * realization plan `y` (`F y = f`, `y ≥ 0`) and a dual `p` minimizing `eᵀp` subject to `Eᵀp ≥ A y`; its dual
 * gives player 1's plan `x` (OpenSpiel's `sequence_form_lp.py` solves the same pair). Any Nash equilibrium
 * of a zero-sum game is a pair of optimal strategies (von Neumann's minimax theorem).
 *
 * Two routes, exact either way (`method`):
 * - `'simplex'` (default): each player's LP is solved by the floating-point simplex method from a crash
 *   basis (`simplex-float.ts`); the basis plans are then recomputed exactly and certified by comparing, in
 *   exact arithmetic, what each plan guarantees (`certify-lp.ts`). If that fails, the `'lcp'` route runs.
 * - `'lcp'`: the LP and its dual together are exactly the LCP of the sequence form with `B = c − A` (their
 *   optimality conditions are primal feasibility, dual feasibility and complementary slackness), solved
 *   with the certified sequence-form Lemke of `src/solve/lcp/`.
 *
 * Where optimal strategies are not unique the two routes may return different (equally optimal) profiles;
 * the simplex route prefers, among a player's optimal plans, one that does best against the opponent's
 * centroid (a first-order tie-break in the spirit of Miltersen and Sørensen 2008, "Fast algorithms for
 * finding proper strategies in game trees", SODA; it is a heuristic choice, not a refinement guarantee).
 *
 * On a strategic game (`lpStrategic`) it is the matrix-game LP, through the same route: each player's mixed
 * strategies are the realization plans of a single information set.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, UnsupportedGameError } from '../../game/errors.js';
import { accumulatedPayoffs, hasNonCommonPriors } from '../../game/queries.js';
import {
  behaviorProfileFromPlans,
  mixedProfileFromPlans,
  type SequenceForm,
  sequenceForm,
  sequenceFormOfStrategic,
  sequencePayoffs,
  type UnreachedRule,
} from '../../game/sequence-form.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from '../../game/types.js';
import type { Rational } from '../../numeric/rational.js';
import type { Budget, SolveResult } from '../types.js';
import { type LcpArithmetic, solveSequenceForm } from '../lcp/solve.js';
import { solveZeroSumSimplex } from './solve-simplex.js';

/** How {@link lp} solves the sequence-form LP pair. */
export type LpMethod = 'simplex' | 'lcp';

/** Options of {@link lp} and {@link lpStrategic}. */
export type LpOptions = Budget & {
  /**
   * `'simplex'`: the LP itself by the floating-point simplex method, its optimal basis certified exactly
   * (falling back to `'lcp'` if the certificate fails); `'lcp'`: the LP pair's optimality conditions as the
   * sequence-form LCP, by certified Lemke. Exact either way.
   * @defaultValue 'simplex'
   */
  readonly method?: LpMethod;
  /** arithmetic of the `'lcp'` route (and of the simplex route's fallback); @defaultValue 'float-certify' (see `LcpOptions.arithmetic`) */
  readonly arithmetic?: LcpArithmetic;
  /** behaviour where a player's own plan does not reach an information set; @defaultValue 'uniform' */
  readonly unreached?: UnreachedRule;
};

/** Defaults of {@link LpOptions}. @remarks Since 0.1.0 */
export const defaultLpOptions: {
  readonly method: LpMethod;
  readonly arithmetic: LcpArithmetic;
  readonly unreached: UnreachedRule;
} = Object.freeze({
  method: 'simplex',
  arithmetic: 'float-certify',
  unreached: 'uniform',
});

/** A zero-sum result: the optimal profile and the game's value to each player (`value` is player 1's). */
export type ZeroSumResult<P> = SolveResult<P> & {
  /** the value of the game to player 1 (`undefined` only when stopped early) */
  readonly value?: Rational;
  /** the values to player 1 and player 2 (they sum to the constant of a constant-sum game) */
  readonly values?: readonly [Rational, Rational];
};

/**
 * Optimal behaviour strategies and the value of a two-player zero-sum (or constant-sum) tree with perfect
 * recall.
 * @returns `method: 'lp'`, one optimal profile, `value` (player 1's) and `values`
 * @throws UnsupportedGameError if the game does not have two players, lacks perfect recall, is not
 *   constant-sum (the message names a leaf whose payoffs break it), or has non-common priors
 * @remarks Since 0.1.0
 */
export function lp(game: ExtensiveGame, options: LpOptions = {}): ZeroSumResult<BehaviorProfile> {
  if (game.kind !== 'extensive') throw new UnsupportedGameError('lp', 'needs a tree; use lpStrategic for a table');
  if (game.players.length !== 2) {
    throw new UnsupportedGameError('lp', `needs exactly two players; the game has ${game.players.length}`);
  }
  if (hasNonCommonPriors(game))
    throw new UnsupportedGameError('lp', 'the zero-sum LP needs a common prior at chance nodes');
  const acc = accumulatedPayoffs(game);
  let constant: Rational | null = null;
  for (const node of game.nodes) {
    if (node.type !== 'terminal') continue;
    const pay = acc[node.id] as readonly Rational[];
    const total = (pay[0] as Rational).add(pay[1] as Rational);
    if (constant === null) constant = total;
    else if (!total.equals(constant)) {
      throw new UnsupportedGameError(
        'lp',
        `the game is not zero-sum or constant-sum: payoffs sum to ${constant.toFraction()} at one leaf and ${total.toFraction()} at node ${node.id}`,
      );
    }
  }
  const unreached = unreachedOf(options, 'lp');
  const form = sequenceForm(game, 'lp');
  return solveZeroSum(form, options, 'lp', 'behavior', unreached, (plans) =>
    behaviorProfileFromPlans(game, form, plans, unreached),
  );
}

/**
 * Optimal mixed strategies and the value of a two-player zero-sum (or constant-sum) strategic game: the
 * matrix-game LP (von Neumann 1928; Dantzig 1951), solved as above.
 * @throws UnsupportedGameError if the game does not have two players or is not constant-sum
 * @remarks Since 0.1.0
 */
export function lpStrategic(game: StrategicGame, options: LpOptions = {}): ZeroSumResult<MixedProfile> {
  if (game.kind !== 'strategic') throw new UnsupportedGameError('lp', 'lpStrategic needs a strategic game');
  if (game.players.length !== 2) {
    throw new UnsupportedGameError('lp', `needs exactly two players; the game has ${game.players.length}`);
  }
  let constant: Rational | null = null;
  game.payoffs.forEach((pay, i) => {
    const total = (pay[0] as Rational).add(pay[1] as Rational);
    if (constant === null) constant = total;
    else if (!total.equals(constant)) {
      throw new UnsupportedGameError(
        'lp',
        `the game is not zero-sum or constant-sum: payoffs sum to ${total.toFraction()} at profile ${i + 1}`,
      );
    }
  });
  const unreached = unreachedOf(options, 'lp');
  const form = sequenceFormOfStrategic(game, 'lp');
  return solveZeroSum(form, options, 'lp', 'strategy', unreached, mixedProfileFromPlans);
}

function unreachedOf(options: LpOptions, solver: string): UnreachedRule {
  const unreached = options.unreached ?? defaultLpOptions.unreached;
  if (unreached !== 'uniform' && unreached !== 'first') {
    throw new InvalidArgumentError(`${solver}(): unreached must be 'uniform' or 'first'; got ${String(unreached)}`);
  }
  return unreached;
}

function solveZeroSum<P>(
  form: SequenceForm,
  options: LpOptions,
  solver: string,
  representation: 'strategy' | 'behavior',
  unreached: UnreachedRule,
  toProfile: (plans: readonly [readonly Rational[], readonly Rational[]]) => P,
): ZeroSumResult<P> {
  const method = options.method ?? defaultLpOptions.method;
  if (method !== 'simplex' && method !== 'lcp') {
    throw new InvalidArgumentError(`${solver}(): method must be 'simplex' or 'lcp'; got ${String(method)}`);
  }
  const out =
    method === 'simplex' ? solveZeroSumSimplex(form, options, solver) : solveSequenceForm(form, options, solver);
  const base = {
    method: 'lp',
    exact: true,
    representation,
    options: { method, arithmetic: options.arithmetic ?? defaultLpOptions.arithmetic, unreached },
    complete: false,
    stopped: out.stopped,
    warnings: out.warnings,
    stats: out.stats,
  };
  if (out.plans === null) return { ...base, equilibria: [] };
  const values = sequencePayoffs(form, out.plans[0], out.plans[1]);
  return { ...base, equilibria: [toProfile(out.plans)], value: values[0], values };
}
