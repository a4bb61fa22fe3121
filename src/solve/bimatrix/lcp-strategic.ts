/**
 * Gambit's `lcp -S` on a two-player strategic game: Lemke–Howson paths from the artificial equilibrium for
 * every label, then recursively from every equilibrium found, for every other label (Gambit's `AllLemke`,
 * `src/solvers/lcp/nfglcp.cc`; the graph of Lemke–Howson paths of Shapley 1974, "A note on the
 * Lemke–Howson algorithm", and von Stengel 2007, §3.6).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import type { Game, MixedProfile } from '../../game/types.js';
import { startBudget } from '../budget.js';
import type { Budget, StrategyResult } from '../types.js';
import { type LHState, lemkePath, lhCopy, lhSolution, lhStart } from './lh-tableau.js';
import { bimatrixOf, shiftedIntegerMatrices } from './matrices.js';
import { NO_LIMITS, budgetOf, normalise, profileKey, reportedOptions } from './profiles.js';

/** Options of {@link lcpStrategic}. */
export type LcpStrategicOptions = Budget & {
  /**
   * Stop after this many equilibria (Gambit's `stop_after` / `-e`); `0` for no limit. `1` follows the single
   * path that drops player 1's first strategy, as Gambit does.
   */
  readonly stopAfter?: number;
  /** Bound on the recursion depth of the search (Gambit's `max_depth`); `0` for none. */
  readonly maxDepth?: number;
};

/** Defaults of {@link lcpStrategic}: no stopping, no depth bound, no limits. @remarks Since 0.1.0 */
export const defaultLcpStrategicOptions: Required<Omit<LcpStrategicOptions, 'signal'>> = Object.freeze({
  ...NO_LIMITS,
  stopAfter: 0,
  maxDepth: 0,
});

/**
 * Equilibria reachable by Lemke–Howson paths, searched as Gambit's `lcp -S` does, exactly.
 *
 * From the artificial equilibrium, for each label `1 … m+n` in turn, the path dropping that label is
 * followed; at each new completely labelled basis (new by its set of basic strategy variables), the
 * equilibrium is recorded and the search recurses with every other label, depth first. The artificial
 * equilibrium itself is not reported. Profiles are listed once each (Gambit may repeat a profile reached at
 * two different degenerate bases), in Gambit's order otherwise. Not every equilibrium is reachable, so
 * `complete` is `false`.
 * @param game - a two-player strategic game
 * @param options - `stopAfter`, `maxDepth`, budget (pivots, equilibria, time) and abort signal
 * @returns `method: 'lcp-strategic'`, with `stats.pivots`
 * @throws UnsupportedGameError if the game is not a two-player strategic game
 * @throws InvalidArgumentError if `stopAfter` or `maxDepth` is not a non-negative integer, or a budget limit
 *   is invalid
 * @remarks Since 0.1.0
 */
export function lcpStrategic(game: Game, options: LcpStrategicOptions = {}): StrategyResult {
  const bm = bimatrixOf(game, 'lcpStrategic');
  const stopAfter = options.stopAfter ?? 0;
  const maxDepth = options.maxDepth ?? 0;
  for (const [name, v] of [
    ['stopAfter', stopAfter],
    ['maxDepth', maxDepth],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) {
      throw new InvalidArgumentError(`lcpStrategic(): ${name} must be a non-negative integer; got ${v}`);
    }
  }
  const meter = startBudget(budgetOf(options), 'lcpStrategic');
  meter.check(); // an already aborted signal stops before any work
  const { m, n } = bm;
  const { A1, A2 } = shiftedIntegerMatrices(bm);
  const equilibria: MixedProfile[] = [];
  const seenProfiles = new Set<string>();
  const seenBases = new Set<string>();
  const onPivot = (): boolean => meter.step('pivots') === null;
  let halted = false;

  /** Records the basis reached; returns whether to search on from it. */
  const onBasis = (state: LHState): boolean => {
    const { x, y, key } = lhSolution(state);
    if (seenBases.has(key)) return false;
    seenBases.add(key);
    if (x.every((v) => v === 0n)) return false; // the artificial equilibrium
    const profile: MixedProfile = Object.freeze([Object.freeze(normalise(x)), Object.freeze(normalise(y))]);
    const pk = profileKey(profile);
    if (!seenProfiles.has(pk)) {
      seenProfiles.add(pk);
      equilibria.push(profile);
      if (meter.found() !== null || (stopAfter > 0 && equilibria.length >= stopAfter)) halted = true;
    }
    return !halted;
  };

  const allLemke = (state: LHState, from: number, depth: number): void => {
    if (maxDepth !== 0 && depth > maxDepth) return;
    if (depth > 0 && !onBasis(state)) return;
    for (let label = 1; label <= m + n && !halted; label++) {
      if (label === from) continue;
      const next = lhCopy(state);
      if (!lemkePath(next, label, onPivot)) {
        halted = true;
        return;
      }
      allLemke(next, label, depth + 1);
    }
  };

  const start = lhStart(A1, A2);
  if (stopAfter === 1) {
    if (lemkePath(start, 1, onPivot)) onBasis(start);
  } else allLemke(start, 0, 0);
  return {
    method: 'lcp-strategic',
    exact: true,
    representation: 'strategy',
    options: reportedOptions(defaultLcpStrategicOptions, options),
    equilibria: Object.freeze(equilibria),
    complete: false,
    stopped: meter.stopped,
    warnings: Object.freeze([]),
    stats: Object.freeze({ pivots: meter.pivots, ms: meter.elapsedMs }),
  };
}
