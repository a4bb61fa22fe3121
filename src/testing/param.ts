/**
 * fast-check arbitraries of exact parameter values, inside or outside the region where a profile is an
 * equilibrium, for property tests of parametric claims ("inside the stated conditions the claim holds; just
 * outside, the engine's region agrees with the concrete game"). Values are exact `Fraction`s that shrink
 * towards simple ones (small integers, halves). Points are built, not only filtered: a random point of the
 * box is pulled towards an anchor point of the wanted side (found once by exact LP search) by halving the
 * distance until it lands on that side (at most `maxTries` times; for convex regions, such as linear
 * constraints, this always succeeds), falling back to the anchor itself.
 * @remarks Since 0.1.0
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { InvalidArgumentError } from '../game/errors.js';
import { polyConst, polySub, polyVar } from '../numeric/polynomial.js';
import { type Rational, type RationalLike, rat } from '../numeric/rational.js';
import { type Cond, searchPoint, violationSystems } from '../param/counterexample.js';
import { type Region, evaluateRegion } from '../param/region.js';

/** Bounds of each parameter: `[lo, hi]` (exact). */
export type ParameterBounds = Readonly<Record<string, readonly [RationalLike, RationalLike]>>;

/** Options of {@link insideRegion} and {@link outsideRegion}. */
export type RegionArbitraryOptions = {
  readonly bounds: ParameterBounds;
  /** halving steps towards the anchor before falling back to it (default 12) */
  readonly maxTries?: number;
};

/**
 * An exact rational in `[lo, hi]` with a small denominator (1, 2, 3, 4, 5, 10), shrinking towards integers
 * near 0.
 * @remarks Since 0.1.0
 */
export function rationalIn(lo: RationalLike, hi: RationalLike): Arbitrary<Rational> {
  const a = rat(lo);
  const b = rat(hi);
  if (a.compare(b) > 0)
    throw new InvalidArgumentError(`rationalIn(): empty interval [${a.toFraction()}, ${b.toFraction()}]`);
  return fc.constantFrom(1, 2, 3, 4, 5, 10).chain((d) => {
    const min = a.mul(d).ceil();
    const max = b.mul(d).floor();
    if (min.compare(max) > 0) return fc.constant(a);
    return fc.bigInt({ min: min.s * min.n, max: max.s * max.n }).map((n) => rat(n, d));
  });
}

/** Exact values of every bounded parameter. @remarks Since 0.1.0 */
export function parameterValues(bounds: ParameterBounds): Arbitrary<Record<string, Rational>> {
  const names = Object.keys(bounds).sort();
  return fc
    .tuple(...names.map((n) => rationalIn(...(bounds[n] as readonly [RationalLike, RationalLike]))))
    .map((vals) => Object.fromEntries(names.map((n, i) => [n, vals[i] as Rational])));
}

function boxConds(bounds: ParameterBounds): Cond[] {
  return Object.entries(bounds).flatMap(([v, [lo, hi]]) => [
    { poly: polySub(polyVar(v), polyConst(lo)), strict: false },
    { poly: polySub(polyConst(hi), polyVar(v)), strict: false },
  ]);
}

function towards(
  bounds: ParameterBounds,
  anchor: ReadonlyMap<string, Rational>,
  wanted: (v: Record<string, Rational>) => boolean,
  maxTries: number,
): Arbitrary<Record<string, Rational>> {
  return parameterValues(bounds).map((x) => {
    let p = x;
    for (let k = 0; k <= maxTries; k++) {
      if (wanted(p)) return p;
      p = Object.fromEntries(
        Object.entries(p).map(([v, val]) => [
          v,
          (anchor.get(v) as Rational).add(val.sub(anchor.get(v) as Rational).div(2)),
        ]),
      );
    }
    return Object.fromEntries(anchor);
  });
}

function check(region: Region, bounds: ParameterBounds, where: string): void {
  const missing = region.parameters.filter((p) => !Object.hasOwn(bounds, p));
  if (missing.length > 0) throw new InvalidArgumentError(`${where}: bounds needed for ${missing.join(', ')}`);
}

/**
 * Parameter values (within the bounds) where the region holds.
 * @throws InvalidArgumentError if a parameter has no bounds, or no point of the region is found in them
 * @remarks Since 0.1.0
 */
export function insideRegion(region: Region, options: RegionArbitraryOptions): Arbitrary<Record<string, Rational>> {
  check(region, options.bounds, 'insideRegion()');
  const vars = Object.keys(options.bounds);
  const box = boxConds(options.bounds);
  const hit = searchPoint(box, [region.constraints.map((c) => ({ poly: c.poly, strict: false }))], vars, {
    accept: (v) => evaluateRegion(region, Object.fromEntries(v)),
  });
  if (hit === undefined || region.empty)
    throw new InvalidArgumentError('insideRegion(): no point of the region found within the bounds');
  return towards(options.bounds, hit.values, (v) => evaluateRegion(region, v), options.maxTries ?? 12);
}

/**
 * Parameter values (within the bounds) where the region does not hold.
 * @throws InvalidArgumentError if a parameter has no bounds, or no such point is found
 * @remarks Since 0.1.0
 */
export function outsideRegion(region: Region, options: RegionArbitraryOptions): Arbitrary<Record<string, Rational>> {
  check(region, options.bounds, 'outsideRegion()');
  const vars = Object.keys(options.bounds);
  const box = boxConds(options.bounds);
  const outside = (v: Record<string, Rational>) => !evaluateRegion(region, v);
  const hit = region.empty
    ? searchPoint(box, [[]], vars)
    : searchPoint(box, violationSystems(region.constraints.map((c) => ({ poly: c.poly, strict: false }))), vars, {
        accept: (v) => outside(Object.fromEntries(v)),
      });
  if (hit === undefined) throw new InvalidArgumentError('outsideRegion(): the region seems to cover the whole box');
  return towards(options.bounds, hit.values, outside, options.maxTries ?? 12);
}
