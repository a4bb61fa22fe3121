/**
 * The primal simplex method in floating point on the sequence-form LP of `sequence-lp.ts` (labelled: it only
 * proposes an optimal basis, which `certify-lp.ts` then checks exactly). A dense tableau with Gauss–Jordan
 * pivots (Chvátal 1983, "Linear Programming", ch. 2–3), Dantzig's largest-coefficient rule, the two-pass
 * ratio test of Harris (1973, "Pivot selection methods of the Devex LP code", Math. Programming 5) and
 * Bland's (1977) smallest-index rule after a run of degenerate pivots, so that rounding cannot make it cycle
 * for long; a pivot cap ends a hopeless run and the caller falls back to an exact method.
 *
 * No phase 1 is needed: the start is a crash basis built from the game (von Stengel 1996, GEB 14, §4 — the
 * LP's constraints are a best response of player 2): player 1 plays the first action at every information
 * set (`x` basic on the sequences of that pure plan and one per row of `E x = e`), player 2's values `q` are
 * its best-response values against that plan by backward induction over its information sets (children
 * first), basic in the rows of the best responses; every other sequence of player 2 keeps its slack. That
 * basis is feasible (slacks are the best-response gaps, ≥ 0) and nonsingular (both blocks are triangular).
 *
 * Ties among optimal plans are broken lexicographically: once the objective is optimal, the run continues
 * on the optimal face (only columns with zero reduced cost may enter, so the objective row does not change)
 * and maximizes `lp.tieBreak`, the payoff against the opponent's centroid.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import type { StopReason } from '../types.js';
import type { SequenceLp } from './sequence-lp.js';

/** Tolerances of the floating-point run (the data are scaled to magnitude ≤ 1). */
const PIVOT_TOL = 1e-9;
const OPT_TOL = 1e-9;
const HARRIS_TOL = 1e-9;

/** What {@link simplexFloat} found. */
export type SimplexOutcome =
  | {
      readonly kind: 'optimal';
      readonly basis: Int32Array;
      /** the maximizer's plan `x` at that basis, in floating point */
      readonly x: Float64Array;
      readonly pivots: number;
    }
  | { readonly kind: 'failed'; readonly reason: string; readonly pivots: number }
  | { readonly kind: 'stopped'; readonly reason: StopReason; readonly pivots: number };

/**
 * Runs the simplex method from the crash basis; at most `maxPivots` pivots after the crash.
 * @returns an optimal basis (`basis[i]`: the column basic in row `i`; not yet certified), a failure, or a
 *   stop reason from the budget
 * @remarks Since 0.1.0
 */
export function simplexFloat(lp: SequenceLp, meter: BudgetMeter, maxPivots: number): SimplexOutcome {
  const { m, cols } = lp;
  const { n1, n2, k2 } = lp.layout;
  const W = cols + 1;
  const rhs = cols;
  const T: Float64Array[] = [];
  for (let i = 0; i <= m + 1; i++) {
    const row = new Float64Array(W);
    if (i < m) {
      const cs = lp.rowCols[i] as readonly number[];
      const vs = lp.floatVals[i] as Float64Array;
      for (let t = 0; t < cs.length; t++) row[cs[t] as number] = vs[t] as number;
    }
    T.push(row);
  }
  (T[n2] as Float64Array)[rhs] = 1; // x_∅ = 1
  (T[m] as Float64Array)[n1] = -1; // the z-row: c_B B⁻¹A − c, maximizing q_0
  const z2 = T[m + 1] as Float64Array; // the tie-break row, maximizing x·tieBreak on the optimal face
  for (let i = 0; i < n1; i++) z2[i] = -(lp.tieBreak[i] as number);
  const basis = new Int32Array(m).fill(-1);
  for (let j = 0; j < n2; j++) basis[j] = n1 + k2 + j;
  const nz = new Int32Array(W);
  let pivots = 0;

  const pivot = (r: number, c: number): void => {
    const pr = T[r] as Float64Array;
    const inv = 1 / (pr[c] as number);
    let count = 0;
    for (let j = 0; j < W; j++) {
      const v = (pr[j] as number) * inv;
      pr[j] = v;
      if (v !== 0 && j !== c) nz[count++] = j;
    }
    pr[c] = 1;
    for (let i = 0; i <= m + 1; i++) {
      if (i === r) continue;
      const row = T[i] as Float64Array;
      const f = row[c] as number;
      if (f === 0) continue;
      for (let t = 0; t < count; t++) {
        const j = nz[t] as number;
        row[j] = (row[j] as number) - f * (pr[j] as number);
      }
      row[c] = 0;
    }
    basis[r] = c;
  };
  const crash = (r: number, c: number): boolean => {
    if (Math.abs((T[r] as Float64Array)[c] as number) < PIVOT_TOL) return false;
    pivot(r, c);
    return true;
  };

  // Crash, part 1: player 1's first-action pure plan.
  const [p1, p2] = lp.players;
  if (!crash(n2, 0)) return { kind: 'failed', reason: 'crash', pivots };
  for (let k = 0; k < p1.infosets.length; k++) {
    if (!crash(n2 + k + 1, p1.actionStart[k] as number)) return { kind: 'failed', reason: 'crash', pivots };
  }
  // Part 2: player 2's best-response values against it (the slack rows now hold (Aᵀx)_j).
  const val = new Float64Array(n2);
  for (let j = 0; j < n2; j++) val[j] = (T[j] as Float64Array)[rhs] as number;
  const tight = new Int32Array(k2);
  for (let k = p2.infosets.length - 1; k >= 0; k--) {
    const start = p2.actionStart[k] as number;
    let best = start;
    for (let a = 1; a < (p2.actionCounts[k] as number); a++)
      if ((val[start + a] as number) < (val[best] as number)) best = start + a;
    tight[k + 1] = best;
    const parent = p2.parent[k] as number;
    val[parent] = (val[parent] as number) + (val[best] as number);
  }
  for (let k = k2 - 1; k >= 0; k--) {
    if (!crash(tight[k] as number, n1 + k)) return { kind: 'failed', reason: 'crash', pivots };
  }

  const isFree = (c: number): boolean => c >= n1 && c < n1 + k2;
  const z = T[m] as Float64Array;
  const blandAfter = 50 + m;
  /** Maximizes the objective of row `obj`; with `face`, only columns whose primary reduced cost is ~0 enter. */
  const optimize = (obj: Float64Array, face: boolean): SimplexOutcome | null => {
    let degenerate = 0;
    for (;;) {
      const bland = degenerate > blandAfter;
      let enter = -1;
      let most = -OPT_TOL;
      for (let j = 0; j < cols; j++) {
        const d = obj[j] as number;
        if (d < most && !isFree(j) && (!face || (z[j] as number) <= OPT_TOL)) {
          enter = j;
          if (bland) break;
          most = d;
        }
      }
      if (enter < 0) return null;
      if (pivots >= maxPivots) return { kind: 'failed', reason: 'pivot cap', pivots };
      const stop = meter.step('pivots');
      if (stop !== null) return { kind: 'stopped', reason: stop, pivots };
      // Harris: the largest step with infeasibility at most HARRIS_TOL, then the largest pivot within it.
      let bound = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const row = T[i] as Float64Array;
        const a = row[enter] as number;
        if (a <= PIVOT_TOL || isFree(basis[i] as number)) continue;
        const ratio = (Math.max(row[rhs] as number, 0) + HARRIS_TOL) / a;
        if (ratio < bound) bound = ratio;
      }
      if (bound === Number.POSITIVE_INFINITY) return { kind: 'failed', reason: 'unbounded', pivots };
      let leave = -1;
      let bestA = 0;
      let bestRhs = 0;
      for (let i = 0; i < m; i++) {
        const row = T[i] as Float64Array;
        const a = row[enter] as number;
        if (a <= PIVOT_TOL || isFree(basis[i] as number)) continue;
        const value = Math.max(row[rhs] as number, 0);
        if (value / a > bound) continue;
        const better = bland ? leave < 0 || (basis[i] as number) < (basis[leave] as number) : a > bestA;
        if (better) {
          leave = i;
          bestA = a;
          bestRhs = value;
        }
      }
      pivot(leave, enter);
      pivots++;
      degenerate = bestRhs <= HARRIS_TOL ? degenerate + 1 : 0;
    }
  };
  const primary = optimize(z, false);
  if (primary !== null) return primary;
  const secondary = optimize(z2, true);
  if (secondary !== null) return secondary;
  const x = new Float64Array(n1);
  for (let i = 0; i < m; i++)
    if ((basis[i] as number) < n1) x[basis[i] as number] = (T[i] as Float64Array)[rhs] as number;
  return { kind: 'optimal', basis, x, pivots };
}
