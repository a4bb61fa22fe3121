/**
 * Lemke's algorithm (Lemke 1965) for an LCP `w = q(ε) + M z + d(ε) z₀` whose right-hand side and covering
 * vector are integer polynomials in an infinitesimal ε, as Miltersen and Sørensen (2010, "Computing a
 * quasi-perfect equilibrium of a two-player game", Economic Theory 42, 175–192) prescribe: the tableau entries
 * live in `Z[ε]`, pivoting is fraction-free (Edmonds 1967; Bareiss 1968: every entry is a minor of the
 * original data, and `Z[ε]` is an integral domain, so the divisions are exact), and every comparison of the
 * ratio test is made for all sufficiently small `ε > 0`, i.e. lexicographically in the powers of ε. Ties
 * that remain are broken by the lexicographic rule over the columns of `B⁻¹` (a second perturbation,
 * infinitely smaller than every power of ε; von Stengel 2002, Handbook of Game Theory 3, §4; Eaves 1971), so
 * no basis repeats. The final basis is feasible and complementary for every small enough `ε > 0`.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import type { StopReason } from '../types.js';
import {
  type EpsPoly,
  EPS_ZERO,
  epsCompare,
  epsConst,
  epsEquals,
  epsMul,
  epsNeg,
  epsPivotUpdate,
  epsSign,
} from './eps-poly.js';
import type { PerturbedLcp } from './problem.js';

/** How a run ended. On a solution, `z_j = num[j] / den` for every small enough ε. @remarks Since 0.1.0 */
export type EpsLemkeOutcome =
  | { readonly kind: 'solution'; readonly num: readonly EpsPoly[]; readonly den: EpsPoly; readonly pivots: number }
  | { readonly kind: 'ray'; readonly pivots: number }
  | { readonly kind: 'stopped'; readonly reason: StopReason; readonly pivots: number };

/**
 * Runs Lemke's algorithm over `Z[ε]`. The first pivot brings `z₀` in at the largest `−qᵢ/dᵢ` (ties: the
 * largest row index, the lexicographic choice for `B = I`); afterwards, when `z₀` ties for leaving, it leaves.
 * @returns the solution (numerators and the common denominator, polynomials in ε), a secondary ray, or the
 *   stop reason
 * @throws RangeError if `d` does not cover a negative entry of `q`
 * @remarks Since 0.1.0
 */
export function lemkeEps(problem: PerturbedLcp, meter: BudgetMeter): EpsLemkeOutcome {
  const n = problem.n;
  const width = n + 2;
  const rhs = n + 1;
  const T: EpsPoly[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<EpsPoly>(width).fill(EPS_ZERO);
    const cs = problem.cols[i] as readonly number[];
    const vs = problem.vals[i] as readonly bigint[];
    for (let t = 0; t < cs.length; t++) row[cs[t] as number] = epsConst(-(vs[t] as bigint));
    row[n] = epsNeg(problem.d[i] as EpsPoly);
    row[rhs] = problem.q[i] as EpsPoly;
    T.push(row);
  }
  const basis = Int32Array.from({ length: n }, (_, i) => i);
  const nonbasic = Int32Array.from({ length: n + 1 }, (_, j) => n + j);
  const rowOf = new Int32Array(2 * n + 1).fill(-1);
  const colOf = new Int32Array(2 * n + 1).fill(-1);
  for (let i = 0; i < n; i++) rowOf[i] = i;
  for (let j = 0; j <= n; j++) colOf[n + j] = j;
  let det: EpsPoly = epsConst(1n);
  let pivots = 0;

  const pivot = (r: number, c: number): void => {
    const pr = T[r] as EpsPoly[];
    const p = pr[c] as EpsPoly;
    const same = epsEquals(p, det);
    for (let i = 0; i < n; i++) {
      if (i === r) continue;
      const row = T[i] as EpsPoly[];
      const f = row[c] as EpsPoly;
      for (let j = 0; j < width; j++) {
        if (j === c) continue;
        const a = row[j] as EpsPoly;
        const b = pr[j] as EpsPoly;
        if (f.length === 0 || b.length === 0) {
          if (a.length !== 0 && !same) row[j] = epsPivotUpdate(a, p, EPS_ZERO, EPS_ZERO, det);
        } else row[j] = epsPivotUpdate(a, p, f, b, det);
      }
      row[c] = epsNeg(f);
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
    const qi = problem.q[i] as EpsPoly;
    const di = problem.d[i] as EpsPoly;
    if (epsSign(qi) >= 0) continue;
    if (epsSign(di) <= 0) throw new RangeError('lemkeEps(): the covering vector does not cover a negative q entry');
    if (first < 0) first = i;
    else {
      const qf = problem.q[first] as EpsPoly;
      const df = problem.d[first] as EpsPoly;
      if (epsCompare(epsMul(epsNeg(qi), df), epsMul(epsNeg(qf), di)) >= 0) first = i;
    }
  }
  if (first < 0) return { kind: 'solution', num: new Array<EpsPoly>(n).fill(EPS_ZERO), den: det, pivots };
  pivot(first, n);
  // The z₀ column is −d < 0, so the determinant is now negative: negate every row to make it positive.
  for (const row of T) for (let j = 0; j < width; j++) row[j] = epsNeg(row[j] as EpsPoly);
  det = epsNeg(det);
  let entering = first + n; // complement of w_first
  const z0 = 2 * n;

  // Entry k of row i of B⁻¹ (times det), for the lexicographic tie-break.
  const binv = (i: number, k: number): EpsPoly => {
    const rk = rowOf[k] as number;
    return rk >= 0 ? (rk === i ? det : EPS_ZERO) : ((T[i] as EpsPoly[])[colOf[k] as number] as EpsPoly);
  };
  for (;;) {
    const stop = meter.step('pivots');
    if (stop !== null) return { kind: 'stopped', reason: stop, pivots };
    const c = colOf[entering] as number;
    let best = -1;
    let bestIsZ0 = false;
    for (let i = 0; i < n; i++) {
      const a = (T[i] as EpsPoly[])[c] as EpsPoly;
      if (epsSign(a) <= 0) continue;
      if (best < 0) {
        best = i;
        bestIsZ0 = basis[i] === z0;
        continue;
      }
      const bRow = T[best] as EpsPoly[];
      const b = bRow[c] as EpsPoly;
      // rhs_i / a  versus  rhs_best / b, both denominators positive.
      const cmp = epsCompare(epsMul((T[i] as EpsPoly[])[rhs] as EpsPoly, b), epsMul(bRow[rhs] as EpsPoly, a));
      if (cmp < 0) {
        best = i;
        bestIsZ0 = basis[i] === z0;
        continue;
      }
      if (cmp > 0 || bestIsZ0) continue;
      if (basis[i] === z0) {
        best = i;
        bestIsZ0 = true;
        continue;
      }
      for (let k = 0; k < n; k++) {
        const order = epsCompare(epsMul(binv(i, k), b), epsMul(binv(best, k), a));
        if (order !== 0) {
          if (order < 0) best = i;
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
  const num = new Array<EpsPoly>(n).fill(EPS_ZERO);
  for (let i = 0; i < n; i++) {
    const v = basis[i] as number;
    if (v >= n && v < 2 * n) num[v - n] = (T[i] as EpsPoly[])[rhs] as EpsPoly;
  }
  return { kind: 'solution', num, den: det, pivots };
}
