/**
 * Exact certificate for a complementary basis of an LCP `w = q + M z` (with `z₀` nonbasic): with `S` the set
 * of basic `z` variables, solve the principal system `M_SS z_S = −q_S` exactly (p-adic lifting,
 * `src/numeric/dixon.ts`), then check `z_S ≥ 0` and `w_i = q_i + (M z)_i ≥ 0` off `S`. A basis that passes
 * is an exact solution of the LCP however it was found (Cottle, Pang and Stone 1992, "The Linear
 * Complementarity Problem", §1.1: a complementary feasible basic solution solves the LCP).
 * @remarks Since 0.1.0
 */
import { type RationalVector, solveIntegerSystemDixon } from '../../numeric/dixon.js';
import type { LcpProblem } from './problem.js';

/**
 * Certifies a final basis from the floating-point run.
 * @param basis - `basis[i]`: the variable of row `i` (`w_j = j`, `z_j = n + j`, `z₀ = 2n`)
 * @returns exact values of `z` (all `n` entries, common denominator), or `null` if the basis is not
 *   complementary, singular, or infeasible
 * @remarks Since 0.1.0
 */
export function certifyBasis(problem: LcpProblem, basis: Int32Array): RationalVector | null {
  const n = problem.n;
  const inS = new Int8Array(n);
  const seen = new Int8Array(n);
  for (const v of basis) {
    if (v === 2 * n) return null;
    const j = v < n ? v : v - n;
    if (seen[j] === 1) return null; // not complementary
    seen[j] = 1;
    if (v >= n) inS[j] = 1;
  }
  const S: number[] = [];
  const pos = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    if (inS[j] === 1) {
      pos[j] = S.length;
      S.push(j);
    }
  }
  const cols: number[][] = [];
  const vals: bigint[][] = [];
  const b: bigint[] = [];
  for (const i of S) {
    const cs = problem.cols[i] as readonly number[];
    const vs = problem.vals[i] as readonly bigint[];
    const rc: number[] = [];
    const rv: bigint[] = [];
    for (let t = 0; t < cs.length; t++) {
      const k = pos[cs[t] as number] as number;
      if (k >= 0) {
        rc.push(k);
        rv.push(vs[t] as bigint);
      }
    }
    cols.push(rc);
    vals.push(rv);
    b.push(-(problem.q[i] as bigint));
  }
  const sol = solveIntegerSystemDixon({ n: S.length, cols, vals }, b);
  if (sol === null) return null;
  if (sol.num.some((v) => v < 0n)) return null;
  const num = new Array<bigint>(n).fill(0n);
  S.forEach((j, k) => {
    num[j] = sol.num[k] as bigint;
  });
  for (let i = 0; i < n; i++) {
    if (inS[i] === 1) continue;
    const cs = problem.cols[i] as readonly number[];
    const vs = problem.vals[i] as readonly bigint[];
    let w = (problem.q[i] as bigint) * sol.den;
    for (let t = 0; t < cs.length; t++) w += (vs[t] as bigint) * (num[cs[t] as number] as bigint);
    if (w < 0n) return null;
  }
  return { num, den: sol.den };
}
