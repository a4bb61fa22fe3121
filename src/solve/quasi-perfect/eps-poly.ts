/**
 * Integer polynomials in one infinitesimal `ε > 0`, the entries of the symbolically perturbed Lemke tableau
 * (Miltersen and Sørensen 2010, "Computing a quasi-perfect equilibrium of a two-player game", Economic
 * Theory 42, 175–192: the right-hand side is a polynomial in ε and every comparison is made for all sufficiently
 * small ε). A polynomial is a `bigint[]` of coefficients, lowest degree first, with no trailing zeros (`[]`
 * is 0). Its sign for infinitesimal ε is the sign of its lowest-order nonzero coefficient, so comparisons
 * are lexicographic in the powers of ε. `Z[ε]` is an integral domain, which is what fraction-free (Bareiss)
 * pivoting needs: {@link epsDivExact} divides exactly.
 * @remarks Since 0.1.0
 */

/** An integer polynomial in ε, lowest degree first, no trailing zeros (`[]` is 0). @remarks Since 0.1.0 */
export type EpsPoly = readonly bigint[];

/** The zero polynomial. @remarks Since 0.1.0 */
export const EPS_ZERO: EpsPoly = Object.freeze([]);

function trim(c: bigint[]): bigint[] {
  let n = c.length;
  while (n > 0 && c[n - 1] === 0n) n--;
  c.length = n;
  return c;
}

/** The constant polynomial `c`. @remarks Since 0.1.0 */
export function epsConst(c: bigint): EpsPoly {
  return c === 0n ? EPS_ZERO : [c];
}

/** The monomial `c·ε^k`. @remarks Since 0.1.0 */
export function epsMonomial(c: bigint, k: number): EpsPoly {
  if (c === 0n) return EPS_ZERO;
  const out = new Array<bigint>(k + 1).fill(0n);
  out[k] = c;
  return out;
}

/** `a + b`. @remarks Since 0.1.0 */
export function epsAdd(a: EpsPoly, b: EpsPoly): EpsPoly {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const n = Math.max(a.length, b.length);
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = (a[i] ?? 0n) + (b[i] ?? 0n);
  return trim(out);
}

/** `a − b`. @remarks Since 0.1.0 */
export function epsSub(a: EpsPoly, b: EpsPoly): EpsPoly {
  if (b.length === 0) return a;
  const n = Math.max(a.length, b.length);
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = (a[i] ?? 0n) - (b[i] ?? 0n);
  return trim(out);
}

/** `−a`. @remarks Since 0.1.0 */
export function epsNeg(a: EpsPoly): EpsPoly {
  return a.map((x) => -x);
}

/** `c·a` for an integer `c`. @remarks Since 0.1.0 */
export function epsScale(a: EpsPoly, c: bigint): EpsPoly {
  if (c === 0n || a.length === 0) return EPS_ZERO;
  if (c === 1n) return a;
  return a.map((x) => x * c);
}

/** `a·b`. @remarks Since 0.1.0 */
export function epsMul(a: EpsPoly, b: EpsPoly): EpsPoly {
  if (a.length === 0 || b.length === 0) return EPS_ZERO;
  if (a.length === 1) return epsScale(b, a[0] as bigint);
  if (b.length === 1) return epsScale(a, b[0] as bigint);
  const out = new Array<bigint>(a.length + b.length - 1).fill(0n);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as bigint;
    if (ai === 0n) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as bigint) + ai * (b[j] as bigint);
  }
  return trim(out);
}

/**
 * The exact quotient `a / b` in `Z[ε]` (long division from the top degree).
 * @throws RangeError if `b` is 0 or `b` does not divide `a` in `Z[ε]` (a bug in the caller: Bareiss
 *   updates always divide exactly)
 * @remarks Since 0.1.0
 */
export function epsDivExact(a: EpsPoly, b: EpsPoly): EpsPoly {
  if (b.length === 0) throw new RangeError('epsDivExact(): division by zero');
  if (a.length === 0) return EPS_ZERO;
  if (b.length === 1) {
    const d = b[0] as bigint;
    if (d === 1n) return a;
    return a.map((x) => {
      if (x % d !== 0n) throw new RangeError('epsDivExact(): inexact division');
      return x / d;
    });
  }
  if (a.length < b.length) throw new RangeError('epsDivExact(): inexact division');
  const rem = a.slice();
  const top = b[b.length - 1] as bigint;
  const q = new Array<bigint>(a.length - b.length + 1).fill(0n);
  for (let k = q.length - 1; k >= 0; k--) {
    const r = rem[k + b.length - 1] as bigint;
    if (r === 0n) continue;
    if (r % top !== 0n) throw new RangeError('epsDivExact(): inexact division');
    const c = r / top;
    q[k] = c;
    for (let j = 0; j < b.length; j++) rem[k + j] = (rem[k + j] as bigint) - c * (b[j] as bigint);
  }
  if (rem.some((x) => x !== 0n)) throw new RangeError('epsDivExact(): inexact division');
  return trim(q);
}

/** The lowest degree with a nonzero coefficient (`Infinity` for 0). @remarks Since 0.1.0 */
export function epsOrder(a: EpsPoly): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0n) return i;
  return Infinity;
}

/** The sign of `a` for every sufficiently small `ε > 0`: the sign of its lowest-order coefficient. @remarks Since 0.1.0 */
export function epsSign(a: EpsPoly): -1 | 0 | 1 {
  for (const x of a) if (x !== 0n) return x > 0n ? 1 : -1;
  return 0;
}

/** The sign of `a − b` for every sufficiently small `ε > 0`. @remarks Since 0.1.0 */
export function epsCompare(a: EpsPoly, b: EpsPoly): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0n) - (b[i] ?? 0n);
    if (d !== 0n) return d > 0n ? 1 : -1;
  }
  return 0;
}

/** Whether two polynomials are equal. @remarks Since 0.1.0 */
export function epsEquals(a: EpsPoly, b: EpsPoly): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The coefficient of `ε^k`. @remarks Since 0.1.0 */
export function epsCoefficient(a: EpsPoly, k: number): bigint {
  return a[k] ?? 0n;
}

/**
 * The fraction-free pivot update `(a·p − f·b) / det` in one pass (`f` or `b` may be 0), the quotient exact.
 * @throws RangeError if `det` is 0 or the division is inexact (a bug in the caller)
 * @remarks Since 0.1.0
 */
export function epsPivotUpdate(a: EpsPoly, p: EpsPoly, f: EpsPoly, b: EpsPoly, det: EpsPoly): EpsPoly {
  const la = a.length === 0 ? 0 : a.length + p.length - 1;
  const lf = f.length === 0 || b.length === 0 ? 0 : f.length + b.length - 1;
  const len = Math.max(la, lf);
  if (len === 0) return EPS_ZERO;
  if (len === 1 && det.length === 1) {
    const v =
      (la === 1 ? (a[0] as bigint) * (p[0] as bigint) : 0n) - (lf === 1 ? (f[0] as bigint) * (b[0] as bigint) : 0n);
    if (v === 0n) return EPS_ZERO;
    const d = det[0] as bigint;
    if (v % d !== 0n) throw new RangeError('epsPivotUpdate(): inexact division');
    return [v / d];
  }
  const c = new Array<bigint>(len).fill(0n);
  if (la > 0) {
    for (let i = 0; i < a.length; i++) {
      const ai = a[i] as bigint;
      if (ai !== 0n) for (let j = 0; j < p.length; j++) c[i + j] = (c[i + j] as bigint) + ai * (p[j] as bigint);
    }
  }
  if (lf > 0) {
    for (let i = 0; i < f.length; i++) {
      const fi = f[i] as bigint;
      if (fi !== 0n) for (let j = 0; j < b.length; j++) c[i + j] = (c[i + j] as bigint) - fi * (b[j] as bigint);
    }
  }
  return epsDivExact(trim(c), det);
}
