/**
 * A float filter for the partner test of vertex enumeration (`enummixed.ts`): at a nondegenerate vertex
 * `x` of `P`, the only candidate partner is the solution `y` of `(A y)_i = 1` on the support of `x`, with
 * `y_j = 0` off the best responses; it pairs with `x` iff `y ≥ 0` and `A y ≤ 1` (von Stengel 2007,
 * "Equilibrium computation for two-player games in strategic and extensive form", Theorem 3.4; Avis,
 * Rosenberg, Savani and von Stengel 2010, §3). Most vertices fail, and a float solve with proved error
 * bounds (`certified-float.ts`) shows it without BigInt work; the rest go to the exact test.
 * @remarks Since 0.1.0
 */
import { farkasReject, farkasWork } from './farkas-reject.js';
import { type FloatTableau, bigintToFloat, certifiedSign, exchangeFloat, floatTableau } from './certified-float.js';

/**
 * Builds the filter for `Q = { y ≥ 0 : A y ≤ 1 }`.
 * @param A - the `m × n` positive integer matrix of player 1's shifted payoffs
 * @returns `mayPair(support, best)`: `false` only when no `y ≥ 0` with `(A y)_i = 1` on `support` (the
 *   rows), `y_j = 0` off `best` (the columns) and `A y ≤ 1` exists, proved in float; `true` when it may
 *   exist (the caller decides exactly). `support` and `best` must have the same length.
 * @remarks Since 0.1.0
 */
export function partnerFilter(
  A: readonly (readonly bigint[])[],
): (support: readonly number[], best: readonly number[]) => boolean {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  const av = new Float64Array(m * n);
  const ae = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const [v, e] = bigintToFloat((A[i] as bigint[])[j] as bigint);
      av[i * n + j] = v;
      ae[i * n + j] = e;
    }
  }
  const tabs: FloatTableau[] = [];
  const inSupport = new Uint8Array(m);
  const yv = new Float64Array(n);
  const ye = new Float64Array(n);
  const rowOf = new Int32Array(n);
  const used = new Uint8Array(n);
  // the Farkas fast path needs the entries exactly as doubles
  const exactEntries = ae.every((e) => e === 0);
  const square = new Float64Array(n * n);
  const work = farkasWork(n);
  return (support, best) => {
    const b = best.length;
    if (b === 0 || support.length !== b) return true;
    const width = b + 1;
    let tab = tabs[b];
    if (tab === undefined) {
      tab = floatTableau(b, width);
      tabs[b] = tab;
    }
    if (exactEntries) {
      for (let s = 0; s < b; s++) {
        const i = support[s] as number;
        for (let t = 0; t < b; t++) square[s * b + t] = av[i * n + (best[t] as number)] as number;
      }
      if (farkasReject(square, b, work)) return false;
    }
    const { val, err } = tab;
    // 1. y on the best responses from the support rows: [A_SB | 1], Gauss–Jordan with the largest
    //    certified pivot of each column among the rows not yet used
    for (let s = 0; s < b; s++) {
      const i = support[s] as number;
      for (let t = 0; t < b; t++) {
        val[s * width + t] = av[i * n + (best[t] as number)] as number;
        err[s * width + t] = ae[i * n + (best[t] as number)] as number;
      }
      val[s * width + b] = 1;
      err[s * width + b] = 0;
    }
    used.fill(0);
    for (let t = 0; t < b; t++) {
      let row = -1;
      let size = 0;
      for (let s = 0; s < b; s++) {
        if (used[s] === 1) continue;
        const v = Math.abs(val[s * width + t] as number);
        if (v > (err[s * width + t] as number) && v > size) {
          row = s;
          size = v;
        }
      }
      if (row < 0 || !exchangeFloat(tab, row, t, true)) return true;
      used[row] = 1;
      rowOf[t] = row;
    }
    for (let t = 0; t < b; t++) {
      const at = (rowOf[t] as number) * width + b;
      if (certifiedSign(val[at] as number, err[at] as number) < 0) return false; // y_j < 0
      yv[t] = val[at] as number;
      ye[t] = err[at] as number;
    }
    // 2. the slacks 1 − (A y)_i off the support must be ≥ 0
    inSupport.fill(0);
    for (const i of support) inSupport[i] = 1;
    const round = (b + 2) * 2 ** -53;
    for (let i = 0; i < m; i++) {
      if (inSupport[i] === 1) continue;
      let sum = 0;
      let mag = 0;
      let e = 0;
      for (let t = 0; t < b; t++) {
        const a = av[i * n + (best[t] as number)] as number;
        const ea = ae[i * n + (best[t] as number)] as number;
        const y = yv[t] as number;
        const ey = ye[t] as number;
        const term = a * y;
        sum += term;
        mag += Math.abs(term);
        e += a * ey + Math.abs(y) * ea + ea * ey;
      }
      const slack = 1 - sum;
      const bound = (e + round * (mag + 1)) * (1 + 2 ** -30) + 2 ** -1000;
      if (slack < -bound) return false;
    }
    return true;
  };
}
