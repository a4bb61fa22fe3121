/**
 * Lemke's algorithm (Lemke 1965, "Bimatrix equilibrium points and mathematical programming") for an LCP
 * `w = q + M z + d z₀`, on a condensed tableau (dictionary) with fraction-free integer pivoting in BigInt
 * (Edmonds 1967; Bareiss 1968; the dictionary form of Avis's lrs): every entry is a minor of the original
 * integer data and divisions are exact, so nothing ever needs a gcd. Degeneracy is resolved by the
 * lexicographic minimum-ratio rule over the columns of `B⁻¹` (the perturbation `q + (ε, ε², …)`), which
 * never revisits a basis (von Stengel 2002, "Computing equilibria for two-person games", Handbook of Game
 * Theory 3; Eaves 1971, "The linear complementarity problem", Management Science 17). The first pivot brings `z₀` in at the most negative `qᵢ/dᵢ`, ties to the largest
 * row index (the lexicographic choice for `B = I`); when `z₀` ties for leaving, it leaves.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import type { StopReason } from '../types.js';
import type { LcpProblem } from './problem.js';

/** How a Lemke run ended. `basis[i]` is the variable of row `i`: `w_j = j`, `z_j = n + j`, `z₀ = 2n`. */
export type LemkeOutcome =
  | { readonly kind: 'solution'; readonly basis: Int32Array; readonly pivots: number; readonly values?: RationalValues }
  | { readonly kind: 'ray'; readonly pivots: number }
  | { readonly kind: 'stopped'; readonly reason: StopReason; readonly pivots: number };

/** Exact values of the `z` variables at the end, `num[j] / den`. */
export type RationalValues = { readonly num: readonly bigint[]; readonly den: bigint };

/**
 * Runs Lemke's algorithm exactly.
 * @returns the complementary basis and exact `z` at the end, a secondary ray, or the stop reason
 * @remarks Since 0.1.0
 */
export function lemkeExact(problem: LcpProblem, meter: BudgetMeter): LemkeOutcome {
  const n = problem.n;
  const width = n + 2;
  const rhs = n + 1;
  const T: bigint[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<bigint>(width).fill(0n);
    const cs = problem.cols[i] as readonly number[];
    const vs = problem.vals[i] as readonly bigint[];
    for (let t = 0; t < cs.length; t++) row[cs[t] as number] = -(vs[t] as bigint);
    row[n] = -(problem.d[i] as bigint);
    row[rhs] = problem.q[i] as bigint;
    T.push(row);
  }
  const basis = Int32Array.from({ length: n }, (_, i) => i);
  const nonbasic = Int32Array.from({ length: n + 1 }, (_, j) => n + j);
  const rowOf = new Int32Array(2 * n + 1).fill(-1);
  const colOf = new Int32Array(2 * n + 1).fill(-1);
  for (let i = 0; i < n; i++) rowOf[i] = i;
  for (let j = 0; j <= n; j++) colOf[n + j] = j;
  let det = 1n;
  let pivots = 0;

  const pivot = (r: number, c: number): void => {
    const pr = T[r] as bigint[];
    const p = pr[c] as bigint;
    for (let i = 0; i < n; i++) {
      if (i === r) continue;
      const row = T[i] as bigint[];
      const f = row[c] as bigint;
      if (f === 0n) {
        if (p !== det) for (let j = 0; j < width; j++) if (row[j] !== 0n) row[j] = ((row[j] as bigint) * p) / det;
      } else {
        for (let j = 0; j < width; j++) {
          const a = row[j] as bigint;
          const b = pr[j] as bigint;
          if (b === 0n) {
            if (a !== 0n) row[j] = (a * p) / det;
          } else row[j] = (a * p - f * b) / det;
        }
      }
      row[c] = -f;
    }
    pr[c] = det;
    det = p;
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

  // First pivot: z₀ enters at the row with the largest −qᵢ/dᵢ (ties: largest index).
  let first = -1;
  for (let i = 0; i < n; i++) {
    const qi = problem.q[i] as bigint;
    const di = problem.d[i] as bigint;
    if (qi >= 0n) continue;
    if (di <= 0n) throw new RangeError('lemkeExact(): the covering vector does not cover a negative q entry');
    if (first < 0) first = i;
    else {
      const qf = problem.q[first] as bigint;
      const df = problem.d[first] as bigint;
      if (-qi * df >= -qf * di) first = i;
    }
  }
  if (first < 0) return { kind: 'solution', basis, pivots, values: { num: new Array<bigint>(n).fill(0n), den: 1n } };
  pivot(first, n);
  // The z₀ column is −d < 0, so the determinant is now negative: negate every row to make it positive.
  for (const row of T) for (let j = 0; j < width; j++) row[j] = -(row[j] as bigint);
  det = -det;
  let entering = first + n; // complement of w_first
  const z0 = 2 * n;

  // Lexicographic comparison of rows i, j for entering column c: negative if row i is smaller.
  const binv = (i: number, k: number): bigint => {
    const rk = rowOf[k] as number;
    return rk >= 0 ? (rk === i ? det : 0n) : ((T[i] as bigint[])[colOf[k] as number] as bigint);
  };
  for (;;) {
    const stop = meter.step('pivots');
    if (stop !== null) return { kind: 'stopped', reason: stop, pivots };
    const c = colOf[entering] as number;
    let best = -1;
    let bestIsZ0 = false;
    for (let i = 0; i < n; i++) {
      const a = (T[i] as bigint[])[c] as bigint;
      if (a <= 0n) continue;
      if (best < 0) {
        best = i;
        bestIsZ0 = basis[i] === z0;
        continue;
      }
      const bRow = T[best] as bigint[];
      const b = bRow[c] as bigint;
      const lhs = ((T[i] as bigint[])[rhs] as bigint) * b;
      const rhsv = (bRow[rhs] as bigint) * a;
      if (lhs < rhsv) {
        best = i;
        bestIsZ0 = basis[i] === z0;
        continue;
      }
      if (lhs > rhsv || bestIsZ0) continue;
      if (basis[i] === z0) {
        best = i;
        bestIsZ0 = true;
        continue;
      }
      for (let k = 0; k < n; k++) {
        const li = binv(i, k) * b;
        const lb = binv(best, k) * a;
        if (li !== lb) {
          if (li < lb) best = i;
          break;
        }
      }
    }
    if (best < 0) return { kind: 'ray', pivots };
    const leaving = basis[best] as number;
    pivot(best, c);
    if (leaving === z0) break;
    entering = leaving < n ? leaving + n : leaving - n;
  }
  const num = new Array<bigint>(n).fill(0n);
  for (let i = 0; i < n; i++) {
    const v = basis[i] as number;
    if (v >= n && v < 2 * n) num[v - n] = (T[i] as bigint[])[rhs] as bigint;
  }
  return { kind: 'solution', basis, pivots, values: { num, den: det } };
}
