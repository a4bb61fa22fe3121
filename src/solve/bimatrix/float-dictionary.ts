/**
 * A fresh certified float dictionary of a basis, computed from the root dictionary (`M`, all slacks basic)
 * by Gauss–Jordan exchanges with the largest certified pivot among the admissible ones (partial pivoting,
 * Higham 2002, "Accuracy and Stability of Numerical Algorithms", §9), instead of inheriting the error
 * bounds accumulated along the search path. The reverse search uses it when the inherited bounds no longer
 * certify a decision, before resorting to exact BigInt arithmetic.
 * @remarks Since 0.1.0
 */
import { type FloatTableau, exchangeFloat } from './certified-float.js';
import type { BasisLabels } from './exact-dictionary.js';

/**
 * Recomputes `out` (the float dictionary of `labels`, rows and columns in their order) from `root` (the
 * dictionary of the all-slack basis: row `i` holds label `k − 1 − i`, column `j` label `k + j`), using
 * `scratch` (same shape) as work space.
 * @returns `false` when a pivot could not be certified nonzero (`out` is then unchanged)
 * @remarks Since 0.1.0
 */
export function freshFloatDictionary(
  root: FloatTableau,
  labels: BasisLabels,
  scratch: FloatTableau,
  out: FloatTableau,
): boolean {
  const k = root.rows - 1;
  const width = root.width;
  const d = width - 1;
  const { val, err } = scratch;
  val.set(root.val);
  err.set(root.err);
  const rowLabel = new Int32Array(k);
  for (let i = 0; i < k; i++) rowLabel[i] = k - 1 - i;
  const colLabel = new Int32Array(d);
  for (let j = 0; j < d; j++) colLabel[j] = k + j;
  // columns of the structural variables the basis holds, all to be pivoted in
  const pending: number[] = [];
  for (let r = 0; r < k; r++) if ((labels.basis[r] as number) >= k) pending.push((labels.basis[r] as number) - k);
  while (pending.length > 0) {
    let bestRow = -1;
    let bestAt = -1;
    let size = 0;
    for (let p = 0; p < pending.length; p++) {
      const t = pending[p] as number;
      for (let i = 0; i < k; i++) {
        const li = rowLabel[i] as number;
        // only a slack that leaves the target basis may leave
        if (li >= k || (labels.where[li] as number) < 0) continue;
        const v = Math.abs(val[i * width + t] as number);
        if (v > (err[i * width + t] as number) && v > size) {
          size = v;
          bestRow = i;
          bestAt = p;
        }
      }
    }
    if (bestRow < 0) return false;
    const t = pending[bestAt] as number;
    pending.splice(bestAt, 1);
    if (!exchangeFloat(scratch, bestRow, t)) return false;
    const entering = colLabel[t] as number;
    colLabel[t] = rowLabel[bestRow] as number;
    rowLabel[bestRow] = entering;
  }
  const rowAt = new Int32Array(k + d);
  for (let i = 0; i < k; i++) rowAt[rowLabel[i] as number] = i;
  const colAt = new Int32Array(k + d);
  for (let j = 0; j < d; j++) colAt[colLabel[j] as number] = j;
  for (let r = 0; r <= k; r++) {
    const src = (r < k ? (rowAt[labels.basis[r] as number] as number) : k) * width;
    const dst = r * width;
    for (let t = 0; t < d; t++) {
      const from = src + (colAt[labels.nonbasic[t] as number] as number);
      out.val[dst + t] = val[from] as number;
      out.err[dst + t] = err[from] as number;
    }
    out.val[dst + d] = val[src + d] as number;
    out.err[dst + d] = err[src + d] as number;
  }
  return true;
}
