/**
 * All Nash equilibria of a nondegenerate bimatrix game by support enumeration: Algorithm 3.4 of Nisan,
 * Roughgarden, Tardos and Vazirani (eds., 2007, Algorithmic Game Theory, ch. 3 by von Stengel); von Stengel
 * (2007), "Equilibrium computation for two-player games in strategic and extensive form", §3.4.
 * @remarks Since 0.1.0
 */
import type { Game, MixedProfile } from '../../game/types.js';
import { startBudget } from '../budget.js';
import type { Budget, StrategyResult } from '../types.js';
import { solveIntegerSystem } from './linear-system.js';
import { bimatrixOf, shiftedIntegerMatrices } from './matrices.js';
import { type BudgetLimits, NO_LIMITS, budgetOf, normalise, profileKey, reportedOptions } from './profiles.js';

/**
 * Options of {@link supportEnumeration}: resource limits (`maxNodes` counts support pairs examined,
 * `maxEquilibria` stops after that many equilibria) and an abort signal.
 */
export type SupportEnumerationOptions = Budget;

/** Defaults of {@link supportEnumeration}: no limits. @remarks Since 0.1.0 */
export const defaultSupportEnumerationOptions: BudgetLimits = NO_LIMITS;

/** The k-subsets of {0 … n−1} in lexicographic order. */
function* subsets(n: number, k: number): Generator<number[]> {
  const s = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield s.slice();
    let i = k - 1;
    while (i >= 0 && s[i] === n - k + i) i--;
    if (i < 0) return;
    s[i] = (s[i] as number) + 1;
    for (let j = i + 1; j < k; j++) s[j] = (s[j - 1] as number) + 1;
  }
}

/**
 * Solves the indifference system of one player: weights `w` on `own` (summing to 1) that make the other
 * player indifferent over `other`, with `payoff(o, s)` the other player's payoff. Returns the weights as a
 * full integer vector (with common positive denominator `den`) and the other player's value, or a reason.
 */
function indifference(
  size: number,
  own: readonly number[],
  other: readonly number[],
  payoff: (o: number, s: number) => bigint,
): { kind: 'ok'; w: bigint[]; value: bigint; den: bigint } | { kind: 'none' | 'singular' | 'negative' } {
  const rows = other.map((o) => [...own.map((s) => payoff(o, s)), -1n]);
  rows.push([...own.map(() => 1n), 0n]);
  const rhs = [...other.map(() => 0n), 1n];
  const sol = solveIntegerSystem(rows, rhs);
  if (sol.kind === 'none') return { kind: 'none' };
  if (sol.kind === 'many') return { kind: 'singular' };
  const w = new Array<bigint>(size).fill(0n);
  for (let t = 0; t < own.length; t++) {
    const v = sol.num[t] as bigint;
    if (v < 0n) return { kind: 'negative' };
    w[own[t] as number] = v;
  }
  return { kind: 'ok', w, value: sol.num[own.length] as bigint, den: sol.den };
}

/**
 * All Nash equilibria of a nondegenerate two-player strategic game by support enumeration, exactly.
 *
 * Algorithm 3.4 of Nisan et al. (2007): for every pair of supports `I`, `J` of equal size `k = 1, 2, …`,
 * 1. solve `Σ_{i∈I} x_i B_ij = v` (j ∈ J), `Σ x_i = 1`, and `Σ_{j∈J} A_ij y_j = u` (i ∈ I), `Σ y_j = 1`;
 * 2. keep the solution if `x, y ≥ 0` and no strategy pays more than `u` (player 1) or `v` (player 2).
 * In a nondegenerate game every equilibrium has supports of equal size and is found this way. Signs of
 * degeneracy (a singular system, a solution with a smaller support than assumed, a best response outside
 * the support) are reported in `warnings`, and `complete` is then `false`: equilibria with supports of
 * different sizes, or continua, may be missing. Use {@link vertexEnumeration} for degenerate games.
 * Profiles are listed once each, by support size, then by the lexicographic order of `I`, then of `J`.
 * @param game - a two-player strategic game
 * @param options - budget (nodes = support pairs) and abort signal
 * @returns `method: 'supportenum'`
 * @throws UnsupportedGameError if the game is not a two-player strategic game
 * @throws InvalidArgumentError if a budget limit is invalid
 * @remarks Since 0.1.0
 */
export function supportEnumeration(game: Game, options: SupportEnumerationOptions = {}): StrategyResult {
  const bm = bimatrixOf(game, 'supportEnumeration');
  const meter = startBudget(budgetOf(options), 'supportEnumeration', 64);
  meter.check(); // an already aborted signal stops before any work
  const { A1, A2 } = shiftedIntegerMatrices(bm);
  const { m, n } = bm;
  const a = (i: number, j: number): bigint => (A1[i] as bigint[])[j] as bigint;
  const b = (i: number, j: number): bigint => (A2[j] as bigint[])[i] as bigint;
  const equilibria: MixedProfile[] = [];
  const seen = new Set<string>();
  const notes = new Set<string>();
  let finished = true;
  search: for (let k = 1; k <= Math.min(m, n); k++) {
    for (const I of subsets(m, k)) {
      for (const J of subsets(n, k)) {
        if (meter.step('nodes') !== null) {
          finished = false;
          break search;
        }
        const ys = indifference(n, J, I, (i, j) => a(i, j));
        if (ys.kind === 'singular') notes.add('a support pair has a singular indifference system');
        if (ys.kind !== 'ok') continue;
        const xs = indifference(m, I, J, (j, i) => b(i, j));
        if (xs.kind === 'singular') notes.add('a support pair has a singular indifference system');
        if (xs.kind !== 'ok') continue;
        // best responses: (A y)_i ≤ u for all i, (xᵀB)_j ≤ v for all j (scaled by the positive denominators)
        let ok = true;
        let extra = false;
        for (let i = 0; i < m && ok; i++) {
          let s = 0n;
          for (const j of J) s += a(i, j) * (ys.w[j] as bigint);
          if (s > ys.value) ok = false;
          else if (s === ys.value && !I.includes(i)) extra = true;
        }
        for (let j = 0; j < n && ok; j++) {
          let s = 0n;
          for (const i of I) s += b(i, j) * (xs.w[i] as bigint);
          if (s > xs.value) ok = false;
          else if (s === xs.value && !J.includes(j)) extra = true;
        }
        if (!ok) continue;
        if (extra) notes.add('an equilibrium has more best responses than its support size');
        if (I.some((i) => xs.w[i] === 0n) || J.some((j) => ys.w[j] === 0n)) {
          notes.add('an equilibrium has a smaller support than the one assumed');
        }
        const profile: MixedProfile = Object.freeze([Object.freeze(normalise(xs.w)), Object.freeze(normalise(ys.w))]);
        const key = profileKey(profile);
        if (seen.has(key)) continue;
        seen.add(key);
        equilibria.push(profile);
        if (meter.found() !== null) {
          finished = false;
          break search;
        }
      }
    }
  }
  const warnings = [...notes].map((s) => `the game is degenerate (${s}); the list may be incomplete`);
  return {
    method: 'supportenum',
    exact: true,
    representation: 'strategy',
    options: reportedOptions(defaultSupportEnumerationOptions, options),
    equilibria: Object.freeze(equilibria),
    complete: finished && warnings.length === 0,
    stopped: meter.stopped,
    warnings: Object.freeze(warnings),
    stats: Object.freeze({ nodes: meter.nodes, ms: meter.elapsedMs }),
  };
}
