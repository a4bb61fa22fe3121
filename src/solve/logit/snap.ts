/**
 * Snapping a floating-point limit to exact rationals: probabilities near 0 or 1 are rounded, the others are
 * replaced by the closest rational of small denominator (best rational approximation by continued fractions,
 * Khinchin 1964, *Continued Fractions*, Theorem 15), and each distribution is made to sum to exactly 1.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO, rat } from '../../numeric/rational.js';

/**
 * The rational closest to `x` among those with denominator at most `maxDen` (convergents and
 * semiconvergents of the continued fraction of `x`).
 * @remarks Since 0.1.0
 */
export function bestRational(x: number, maxDen: number): Rational {
  const sign = x < 0 ? -1 : 1;
  let v = Math.abs(x);
  let [p0, q0, p1, q1] = [0, 1, 1, 0];
  let best = rat(Math.round(Math.abs(x)));
  let bestErr = Math.abs(Math.abs(x) - Math.round(Math.abs(x)));
  for (let i = 0; i < 64; i++) {
    const a = Math.floor(v);
    // semiconvergents with the largest admissible coefficient
    const kMax = q1 === 0 ? a : Math.min(a, Math.floor((maxDen - q0) / q1));
    for (const k of [kMax, a]) {
      const p = k * p1 + p0;
      const q = k * q1 + q0;
      if (q >= 1 && q <= maxDen) {
        const err = Math.abs(Math.abs(x) - p / q);
        if (err < bestErr) {
          best = rat(p, q);
          bestErr = err;
        }
      }
    }
    const p2 = a * p1 + p0;
    const q2 = a * q1 + q0;
    if (q2 > maxDen) break;
    [p0, q0, p1, q1] = [p1, q1, p2, q2];
    const frac = v - a;
    if (frac < 1e-15) break;
    v = 1 / frac;
  }
  return sign < 0 ? best.neg() : best;
}

/**
 * Snaps one probability vector: entries within `tolerance` of 0 or 1 are rounded, the others replaced by
 * their best rational with denominator `≤ maxDen` (which must lie within `tolerance`); the largest entry
 * absorbs any remainder so the vector sums to exactly 1.
 * @returns the exact vector, or `null` when some entry has no close small-denominator rational
 * @remarks Since 0.1.0
 */
export function snapDistribution(v: readonly number[], tolerance: number, maxDen: number): Rational[] | null {
  const out: Rational[] = [];
  for (const x of v) {
    if (x < tolerance) out.push(ZERO);
    else if (x > 1 - tolerance) out.push(ONE);
    else {
      const r = bestRational(x, maxDen);
      if (Math.abs(r.valueOf() - x) > tolerance) return null;
      out.push(r);
    }
  }
  let top = 0;
  v.forEach((x, i) => {
    if (x > (v[top] as number)) top = i;
  });
  let rest = ZERO;
  out.forEach((r, i) => {
    if (i !== top) rest = rest.add(r);
  });
  const fixed = ONE.sub(rest);
  if (fixed.s < 0n || Math.abs(fixed.valueOf() - (v[top] as number)) > tolerance) return null;
  out[top] = fixed;
  return out;
}
