/**
 * Lemke–Howson from every starting label (Lemke and Howson 1964; von Stengel 2007, "Equilibrium
 * computation for two-player games in strategic and extensive form", §3.6, Algorithm 3.6), with
 * lexicographic pivoting so that degenerate games cannot cycle.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import type { Game, MixedProfile } from '../../game/types.js';
import { startBudget } from '../budget.js';
import type { Budget, StrategyResult } from '../types.js';
import { lemkePath, lhCopy, lhSolution, lhStart } from './lh-tableau.js';
import { bimatrixOf, shiftedIntegerMatrices } from './matrices.js';
import { type BudgetLimits, NO_LIMITS, budgetOf, normalise, profileKey, reportedOptions } from './profiles.js';

/** Options of {@link lemkeHowson}. */
export type LemkeHowsonOptions = Budget & {
  /**
   * The labels to drop, each path starting at the artificial equilibrium: `0 … m−1` are player 1's
   * strategies, `m … m+n−1` player 2's. Default: all `m + n`.
   */
  readonly labels?: readonly number[];
};

/** Defaults of {@link lemkeHowson}: all labels, no limits. @remarks Since 0.1.0 */
export const defaultLemkeHowsonOptions: BudgetLimits & { readonly labels: 'all' } = Object.freeze({
  ...NO_LIMITS,
  labels: 'all' as const,
});

/**
 * The distinct equilibria at the ends of the Lemke–Howson paths from the artificial equilibrium, one path
 * per starting label, exactly.
 *
 * Payoffs are shifted to positive integers as Gambit does; the tableaux, the lexicographic leaving rule and
 * the pivoting follow Gambit's `LHTableau` (see `lh-tableau.ts`). Equilibria are listed in the order of the
 * first label that reaches them. Not every equilibrium need be the end of such a path, so `complete` is
 * `false`; use `vertexEnumeration` for all extreme equilibria.
 * @param game - a two-player strategic game
 * @param options - starting labels, budget (pivots, equilibria, time) and abort signal
 * @returns `method: 'lemkehowson'`, with `stats.pivots`
 * @throws UnsupportedGameError if the game is not a two-player strategic game
 * @throws InvalidArgumentError if a label is out of range or a budget limit is invalid
 * @remarks Since 0.1.0
 */
export function lemkeHowson(game: Game, options: LemkeHowsonOptions = {}): StrategyResult {
  const bm = bimatrixOf(game, 'lemkeHowson');
  const meter = startBudget(budgetOf(options), 'lemkeHowson');
  meter.check(); // an already aborted signal stops before any work
  const { m, n } = bm;
  const labels = options.labels ?? Array.from({ length: m + n }, (_, i) => i);
  for (const l of labels) {
    if (!Number.isInteger(l) || l < 0 || l >= m + n) {
      throw new InvalidArgumentError(`lemkeHowson(): labels must be integers in 0…${m + n - 1}; got ${l}`);
    }
  }
  const { A1, A2 } = shiftedIntegerMatrices(bm);
  const start = lhStart(A1, A2);
  const equilibria: MixedProfile[] = [];
  const seen = new Set<string>();
  const onPivot = (): boolean => meter.step('pivots') === null;
  for (const label of labels) {
    const state = lhCopy(start);
    if (!lemkePath(state, label + 1, onPivot)) break;
    const { x, y } = lhSolution(state);
    const profile: MixedProfile = Object.freeze([Object.freeze(normalise(x)), Object.freeze(normalise(y))]);
    const key = profileKey(profile);
    if (seen.has(key)) continue;
    seen.add(key);
    equilibria.push(profile);
    if (meter.found() !== null) break;
  }
  return {
    method: 'lemkehowson',
    exact: true,
    representation: 'strategy',
    options: reportedOptions(defaultLemkeHowsonOptions, options),
    equilibria: Object.freeze(equilibria),
    complete: false,
    stopped: meter.stopped,
    warnings: Object.freeze([]),
    stats: Object.freeze({ pivots: meter.pivots, ms: meter.elapsedMs }),
  };
}
