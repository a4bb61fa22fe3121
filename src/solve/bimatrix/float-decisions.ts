/**
 * The reverse-search decisions of `exact-dictionary.ts` (`isLexMinExact`, `childrenExact`) taken on a
 * certified float dictionary (`certified-float.ts`), for bases whose basic variables are all nonzero — the
 * only case where every decision is a strict sign that float bounds can prove. When a sign cannot be
 * proved the answer is `false` and the caller decides exactly; when it is `true` the children are those the
 * exact decisions give, in the same order.
 * @remarks Since 0.1.0
 */
import { type FloatTableau, certifiedSign, signOfCross } from './certified-float.js';
import type { BasisLabels } from './exact-dictionary.js';

/** Relative rounding allowance of a computed ratio and of its bounds (`8u`, `u = 2⁻⁵³`). */
const RATIO_ROUND = 8 * 2 ** -53;
/** Inflation of a computed bound, covering the rounding of the bound arithmetic itself. */
const SAFE = 1 + 2 ** -30;

/**
 * Decides a basis on its float dictionary (rows `0 … k−1` then the cost row, columns `0 … d−1` then the
 * right-hand side): if every basic variable is certified nonzero and every sign below is certified, appends
 * the children (row, column) to `out` in Gambit's order and returns `true` — the basis is then the only,
 * hence lexicographically minimal, basis of a nondegenerate vertex. Otherwise returns `false` (`out` may
 * hold partial output; the caller clears it).
 * Decisions (Avis–Fukuda 1992, §3): the reduced cost of the entering column is positive; the minimum ratio
 * over positive column entries is unique; the dual condition `obj[u]·a_iL − a_iu·obj[L] ≥ 0` for every
 * nonbasic label `u` smaller than the leaving one.
 * @remarks Since 0.1.0
 */
export function decideFloat(tab: FloatTableau, labels: BasisLabels, out: number[]): boolean {
  const { val, err, width } = tab;
  const k = tab.rows - 1;
  const d = width - 1;
  const { basis, where } = labels;
  for (let r = 0; r < k; r++) {
    const at = r * width + d;
    if (!((val[at] as number) > (err[at] as number))) return false; // basic values are ≥ 0; need > 0
  }
  const objAt = k * width;
  for (let L = 0; L < k + d; L++) {
    const c = where[L] as number;
    if (c < 0) continue;
    const zs = certifiedSign(val[objAt + c] as number, err[objAt + c] as number);
    if (zs === 0) return false;
    if (zs < 0) continue;
    // minimum ratio b / a over a > 0, which must be unique: with |B/A − b/a| ≤ e, the smallest ratio's
    // upper end lies below every other ratio's lower end
    let best = -1;
    let bestRatio = Infinity;
    let bestUpper = Infinity;
    let low1 = Infinity; // the two smallest lower ends, and the row of the smallest
    let low1Row = -1;
    let low2 = Infinity;
    for (let r = 0; r < k; r++) {
      const at = r * width + c;
      const a = val[at] as number;
      const ea = err[at] as number;
      if (!(a > ea)) {
        if (a < -ea) continue;
        return false;
      }
      // one division: with ea ≤ a/2, 1/(a − ea) ≤ (1/a)(1 + 2ea/a); otherwise undecided
      if (!(ea <= 0.5 * a)) return false;
      const inv = 1 / a;
      const ratio = (val[r * width + d] as number) * inv;
      const e = ((err[r * width + d] as number) + ratio * ea) * inv * (1 + 2 * ea * inv) * SAFE + RATIO_ROUND * ratio;
      const low = ratio - e;
      if (ratio < bestRatio) {
        best = r;
        bestRatio = ratio;
        bestUpper = ratio + e;
      }
      if (low < low1) {
        low2 = low1;
        low1 = low;
        low1Row = r;
      } else if (low < low2) low2 = low;
    }
    if (best < 0) continue;
    if (!(bestUpper < (low1Row === best ? low2 : low1))) return false;
    const bAt = best * width;
    const ba = val[bAt + c] as number;
    const eba = err[bAt + c] as number;
    // dual: every nonbasic u < leaving label keeps obj[u]·a_iL − a_iu·obj[L] ≥ 0 (u = L gives 0)
    const enter = basis[best] as number;
    const zL = val[objAt + c] as number;
    const ezL = err[objAt + c] as number;
    let ok = true;
    for (let u = 0; u < enter && ok; u++) {
      const cu = where[u] as number;
      if (cu < 0 || cu === c) continue;
      const s = signOfCross(
        val[objAt + cu] as number,
        err[objAt + cu] as number,
        ba,
        eba,
        val[bAt + cu] as number,
        err[bAt + cu] as number,
        zL,
        ezL,
      );
      if (s === 0) return false;
      if (s < 0) ok = false;
    }
    if (ok) out.push(best, c);
  }
  return true;
}
