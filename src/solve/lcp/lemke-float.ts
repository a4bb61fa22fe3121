/**
 * Lemke's algorithm in floating point (labelled: it only proposes a final basis, which `certify.ts` then
 * checks exactly). Same dictionary, first pivot and lexicographic rule as `lemke-exact.ts`, with Gauss–Jordan
 * pivots on `Float64Array` rows, tolerances on ties, and the row data scaled as in `problem.ts` (`float`).
 * Near-ties are broken by the columns of `B⁻¹` as the exact rule would; where floating point mistakes a tie,
 * the path may differ from the exact one, but any basis it ends in is accepted only after the exact check.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import type { LemkeOutcome } from './lemke-exact.js';
import type { LcpProblem } from './problem.js';

/** Tolerances of the floating-point run. */
const PIVOT_TOL = 1e-11;
const TIE_TOL = 1e-9;

/**
 * Runs Lemke's algorithm in floating point; at most `maxPivots` pivots (a float run that cycles on
 * rounding errors gives up and the caller falls back to exact pivoting).
 * @returns the final basis (not yet certified), a ray, or a stop reason
 * @remarks Since 0.1.0
 */
export function lemkeFloat(
  problem: LcpProblem,
  meter: BudgetMeter,
  maxPivots: number,
): LemkeOutcome | { readonly kind: 'failed'; readonly pivots: number } {
  const n = problem.n;
  const width = n + 2;
  const rhs = n + 1;
  const { vals, q, d } = problem.float;
  const T: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(width);
    const cs = problem.cols[i] as readonly number[];
    const vs = vals[i] as Float64Array;
    for (let t = 0; t < cs.length; t++) row[cs[t] as number] = -(vs[t] as number);
    row[n] = -(d[i] as number);
    row[rhs] = q[i] as number;
    T.push(row);
  }
  const basis = Int32Array.from({ length: n }, (_, i) => i);
  const nonbasic = Int32Array.from({ length: n + 1 }, (_, j) => n + j);
  const rowOf = new Int32Array(2 * n + 1).fill(-1);
  const colOf = new Int32Array(2 * n + 1).fill(-1);
  for (let i = 0; i < n; i++) rowOf[i] = i;
  for (let j = 0; j <= n; j++) colOf[n + j] = j;
  let pivots = 0;
  // Nonzero columns of the pivot row, reused by every row update.
  const nz = new Int32Array(width);

  const pivot = (r: number, c: number): void => {
    const pr = T[r] as Float64Array;
    const inv = 1 / (pr[c] as number);
    let count = 0;
    for (let j = 0; j < width; j++) {
      if (j === c) continue;
      const v = (pr[j] as number) * inv;
      pr[j] = v;
      if (v !== 0) nz[count++] = j;
    }
    pr[c] = inv;
    for (let i = 0; i < n; i++) {
      if (i === r) continue;
      const row = T[i] as Float64Array;
      const f = row[c] as number;
      if (f === 0) continue;
      for (let t = 0; t < count; t++) {
        const j = nz[t] as number;
        row[j] = (row[j] as number) - f * (pr[j] as number);
      }
      row[c] = -f * inv;
    }
    const leaving = basis[r] as number;
    const entering = nonbasic[c] as number;
    basis[r] = entering;
    nonbasic[c] = leaving;
    rowOf[entering] = r;
    colOf[entering] = -1;
    rowOf[leaving] = -1;
    colOf[leaving] = c;
    pivots++;
  };

  let first = -1;
  let firstRatio = 0;
  for (let i = 0; i < n; i++) {
    const qi = q[i] as number;
    const di = d[i] as number;
    if (qi >= 0 || di <= 0) continue;
    const ratio = -qi / di;
    if (first < 0 || ratio >= firstRatio * (1 - TIE_TOL)) {
      first = i;
      firstRatio = Math.max(ratio, firstRatio);
    }
  }
  if (first < 0) return { kind: 'failed', pivots };
  pivot(first, n);
  let entering = first + n;
  const z0 = 2 * n;
  const binv = (i: number, k: number): number => {
    const rk = rowOf[k] as number;
    return rk >= 0 ? (rk === i ? 1 : 0) : ((T[i] as Float64Array)[colOf[k] as number] as number);
  };
  const cand = new Int32Array(n);
  for (;;) {
    if (pivots > maxPivots) return { kind: 'failed', pivots };
    const stop = meter.step('pivots');
    if (stop !== null) return { kind: 'stopped', reason: stop, pivots };
    const c = colOf[entering] as number;
    let min = Number.POSITIVE_INFINITY;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const row = T[i] as Float64Array;
      const a = row[c] as number;
      if (a <= PIVOT_TOL) continue;
      cand[count++] = i;
      const ratio = Math.max(row[rhs] as number, 0) / a;
      if (ratio < min) min = ratio;
    }
    if (count === 0) return { kind: 'ray', pivots };
    // Keep the rows within tolerance of the minimum ratio.
    let kept = 0;
    let z0Row = -1;
    for (let t = 0; t < count; t++) {
      const i = cand[t] as number;
      const row = T[i] as Float64Array;
      const ratio = Math.max(row[rhs] as number, 0) / (row[c] as number);
      if (ratio <= min + TIE_TOL * (1 + min)) {
        cand[kept++] = i;
        if (basis[i] === z0) z0Row = i;
      }
    }
    let best = cand[0] as number;
    if (z0Row >= 0) best = z0Row;
    else {
      for (let k = 0; k < n && kept > 1; k++) {
        let m = Number.POSITIVE_INFINITY;
        for (let t = 0; t < kept; t++) {
          const i = cand[t] as number;
          const v = binv(i, k) / ((T[i] as Float64Array)[c] as number);
          if (v < m) m = v;
        }
        let next = 0;
        for (let t = 0; t < kept; t++) {
          const i = cand[t] as number;
          const v = binv(i, k) / ((T[i] as Float64Array)[c] as number);
          if (v <= m + TIE_TOL * (1 + Math.abs(m))) cand[next++] = i;
        }
        kept = next;
      }
      best = cand[0] as number;
    }
    const leaving = basis[best] as number;
    pivot(best, c);
    if (leaving === z0) return { kind: 'solution', basis, pivots };
    entering = leaving < n ? leaving + n : leaving - n;
  }
}
