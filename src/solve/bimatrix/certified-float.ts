/**
 * Floating-point tableaux with a rigorous error bound on every entry, for filtered exact computation:
 * decisions are taken in `float64` when the bound proves their sign, and left to exact BigInt arithmetic
 * otherwise (the "floating-point filter" of exact geometric computation: Fortune and Van Wyk 1996,
 * "Static analysis yields efficient exact integer arithmetic for computational geometry", ACM TOG 15;
 * Shewchuk 1997, "Adaptive precision floating-point arithmetic and fast robust geometric predicates",
 * Discrete Comput. Geom. 18). Each entry `v` carries `e` with `|v − exact| ≤ e`, propagated through Jordan
 * exchanges by first-order perturbation bounds plus a rounding term per operation (Higham 2002, "Accuracy
 * and Stability of Numerical Algorithms", §2.2: `fl(a ∘ b) = (a ∘ b)(1 + δ)`, `|δ| ≤ u = 2⁻⁵³`).
 * The bounds are inflated by a safety factor that covers the rounding of the bound computations
 * themselves, and by a tiny absolute term that covers underflow; a non-finite value or bound is never
 * certified, so overflow only sends decisions to the exact path.
 * @remarks Since 0.1.0
 */

/** Relative rounding allowance per entry update (a few units of roundoff, `u = 2⁻⁵³`). */
const ROUND = 4 * 2 ** -53;
/** Inflation of every computed bound, covering the rounding of the bound arithmetic itself. */
const SAFE = 1 + 2 ** -30;
/** Absolute allowance per update, covering gradual underflow. */
const TINY = 2 ** -1000;

/**
 * A dense row-major tableau of `rows × width` float entries with error bounds: `val[i·width + j]`
 * approximates an exact rational within `err[i·width + j]`.
 */
export type FloatTableau = {
  readonly val: Float64Array;
  readonly err: Float64Array;
  readonly rows: number;
  readonly width: number;
};

/**
 * A float tableau of the given shape, all entries `0 ± 0`.
 * @remarks Since 0.1.0
 */
export function floatTableau(rows: number, width: number): FloatTableau {
  return { val: new Float64Array(rows * width), err: new Float64Array(rows * width), rows, width };
}

/**
 * The nearest double to an integer and a bound on the rounding error (`0` when the integer is exactly
 * representable, `Infinity` when it overflows).
 * @remarks Since 0.1.0
 */
export function bigintToFloat(x: bigint): [value: number, error: number] {
  const v = Number(x);
  if (!Number.isFinite(v)) return [v, Infinity];
  return Number.isSafeInteger(v) ? [v, 0] : [v, Math.abs(v) * 2 ** -53];
}

/**
 * The double nearest to `num / den` (`den ≠ 0`) with an error bound; `Infinity` when either integer is
 * beyond `2¹⁰⁰⁰` (such entries are left to exact arithmetic).
 * @remarks Since 0.1.0
 */
export function ratioToFloat(num: bigint, den: bigint): [value: number, error: number] {
  const a = Number(num);
  const b = Number(den);
  if (!(Math.abs(a) < 2 ** 1000 && Math.abs(b) < 2 ** 1000)) return [0, Infinity];
  const v = a / b;
  // three roundings: num, den, quotient
  return [v, Math.abs(v) * 4 * 2 ** -53 + TINY];
}

/**
 * The certified sign of a value with an error bound: `1` or `−1` when `|v| > e`, `0` when undecided.
 * @remarks Since 0.1.0
 */
export function certifiedSign(v: number, e: number): -1 | 0 | 1 {
  if (v > e) return 1;
  if (v < -e) return -1;
  return 0;
}

/**
 * The certified sign of `a·b − c·d`, given the entries and their error bounds; `0` when undecided.
 * @remarks Since 0.1.0
 */
export function signOfCross(
  a: number,
  ea: number,
  b: number,
  eb: number,
  c: number,
  ec: number,
  d: number,
  ed: number,
): -1 | 0 | 1 {
  const ab = a * b;
  const cd = c * d;
  const v = ab - cd;
  const aa = Math.abs(a);
  const ab_ = Math.abs(b);
  const ac = Math.abs(c);
  const ad = Math.abs(d);
  const e =
    (aa * eb + ab_ * ea + ea * eb + ac * ed + ad * ec + ec * ed + ROUND * (Math.abs(ab) + Math.abs(cd))) * SAFE + TINY;
  if (v > e) return 1;
  if (v < -e) return -1;
  return 0;
}

/**
 * Jordan exchange (one pivot of a dictionary, Dantzig 1963 §8; the normalised form of the fraction-free
 * exchange of `reverse-search.ts`) on entry (`r`, `t`) of a float tableau, in place, with error bounds:
 * the pivot row becomes `row / p` (the pivot entry `1 / p`), every other row `i` becomes
 * `row_i − f_i · row / p` (its pivot-column entry `−f_i / p`), `f_i` its entry in column `t`.
 * If the pivot is not certified nonzero, every bound becomes `Infinity` (nothing is decided from it).
 * With `onlyAfter`, it is a step of Gauss–Jordan elimination instead: only the columns after `t` are
 * updated (the others are left stale), for solving a system column by column.
 * @returns whether the pivot was certified nonzero
 * @remarks Since 0.1.0
 */
export function exchangeFloat(tab: FloatTableau, r: number, t: number, onlyAfter = false): boolean {
  const { val, err, rows, width } = tab;
  const base = r * width;
  const p = val[base + t] as number;
  const ep = err[base + t] as number;
  const ap = Math.abs(p);
  const lo = ap - ep; // |exact pivot| ≥ lo
  if (!(lo > 0) || !Number.isFinite(ap)) {
    err.fill(Infinity);
    return false;
  }
  const inv = 1 / p;
  const ainv = Math.abs(inv);
  const einv = (ep / (lo * ap) + ROUND * ainv) * SAFE + TINY;
  const from = onlyAfter ? t + 1 : 0;
  // pivot row: q = row / p; |Q − q| ≤ (e_row + |q|·e_p) / lo + rounding
  for (let u = from; u < width; u++) {
    if (u === t) continue;
    const q = (val[base + u] as number) * inv;
    const aq = Math.abs(q);
    val[base + u] = q;
    err[base + u] = (((err[base + u] as number) + aq * ep) / lo + ROUND * aq) * SAFE + TINY;
  }
  if (!onlyAfter) {
    val[base + t] = inv;
    err[base + t] = einv;
  }
  for (let i = 0; i < rows; i++) {
    if (i === r) continue;
    const off = i * width;
    const f = val[off + t] as number;
    const ef = err[off + t] as number;
    if (f === 0 && ef === 0) continue;
    const af = Math.abs(f);
    for (let u = from; u < width; u++) {
      if (u === t) continue;
      const q = val[base + u] as number;
      const eq = err[base + u] as number;
      const x = val[off + u] as number;
      const fq = f * q;
      const aq = Math.abs(q);
      val[off + u] = x - fq;
      err[off + u] =
        ((err[off + u] as number) + af * eq + aq * ef + ef * eq + ROUND * (Math.abs(x) + Math.abs(fq))) * SAFE + TINY;
    }
    if (onlyAfter) continue;
    const nv = -f * inv;
    val[off + t] = nv;
    err[off + t] = (af * einv + ainv * ef + ef * einv + ROUND * Math.abs(nv)) * SAFE + TINY;
  }
  return true;
}
