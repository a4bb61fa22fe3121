/**
 * fast-check arbitraries of stage-1 (negotiation game) parameters of MODEL.md: discount factors, horizons,
 * fallbacks, and the two-round optimism setting of claim N4 inside (delay: `δ(p_G^G + p_S^S) > 1`) and
 * outside (agreement) its condition. Exact rationals with small denominators that shrink toward simple
 * values.
 * @remarks Since 0.1.0
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { NegotiationParams } from '../governance/negotiation.js';
import { type Rational, rat } from '../numeric/rational.js';

/** A discount factor `k/10` in `[1/10, 9/10]`; shrinks toward 1/10. @remarks Since 0.1.0 */
export function arbDiscount(): Arbitrary<Rational> {
  return fc.integer({ min: 1, max: 9 }).map((k) => rat(k, 10));
}

/**
 * Complete-information stage-1 parameters with alternating offers: discounts, `1 … maxRounds` rounds, a
 * fallback `z_G + z_S ≤ 1` (tenths), an offer grid of `grid` steps (default 4).
 * @remarks Since 0.1.0
 */
export function arbNegotiationParams(
  options: { readonly maxRounds?: number; readonly grid?: number } = {},
): Arbitrary<NegotiationParams> {
  return fc
    .record({
      deltaG: arbDiscount(),
      deltaS: arbDiscount(),
      rounds: fc.integer({ min: 1, max: options.maxRounds ?? 3 }),
      zG10: fc.integer({ min: 0, max: 10 }),
      zS10: fc.integer({ min: 0, max: 10 }),
      proposer: fc.constantFrom<'G' | 'S'>('G', 'S'),
    })
    .filter(({ zG10, zS10 }) => zG10 + zS10 <= 10)
    .map(({ deltaG, deltaS, rounds, zG10, zS10, proposer }) => ({
      deltaG,
      deltaS,
      rounds,
      zG: rat(zG10, 10),
      zS: rat(zS10, 10),
      proposer,
      grid: options.grid ?? 4,
    }));
}

/** N4's optimism setting: the common discount and each player's belief that it proposes in round 2. */
export type OptimismPoint = { readonly delta: Rational; readonly pG: Rational; readonly pS: Rational };

function arbOptimism(): Arbitrary<OptimismPoint> {
  return fc
    .record({
      d: fc.integer({ min: 1, max: 19 }),
      g: fc.integer({ min: 0, max: 20 }),
      s: fc.integer({ min: 0, max: 20 }),
    })
    .map(({ d, g, s }) => ({ delta: rat(d, 20), pG: rat(g, 20), pS: rat(s, 20) }));
}

/** Points where N4's condition holds (agreement slips to round 2): `δ(p_G + p_S) > 1`. @remarks Since 0.1.0 */
export function arbInsideN4(): Arbitrary<OptimismPoint> {
  return arbOptimism().filter((p) => p.delta.mul(p.pG.add(p.pS)).compare(1) > 0);
}

/** Points where it fails (immediate agreement): `δ(p_G + p_S) ≤ 1`. @remarks Since 0.1.0 */
export function arbOutsideN4(): Arbitrary<OptimismPoint> {
  return arbOptimism().filter((p) => p.delta.mul(p.pG.add(p.pS)).compare(1) <= 0);
}
