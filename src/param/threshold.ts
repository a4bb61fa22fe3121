/**
 * Thresholds: for one parameter, with the others fixed, where a profile starts or stops being an
 * equilibrium. With every other parameter fixed at a number, each region constraint is a univariate
 * polynomial; its real roots (exact rationals, or isolating intervals for irrational roots, see
 * `src/numeric/polynomial-roots.ts`) split the line, and testing one exact point inside each piece gives
 * the intervals where the region holds. With some others left symbolic, each constraint linear in the
 * parameter, `a·θ + b ≥ 0`, gives the threshold `θ* = −b/a` as a rational function (direction by the sign
 * of `a`).
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import { InvalidArgumentError } from '../game/errors.js';
import { type RealRoot, realRoots } from '../numeric/polynomial-roots.js';
import {
  type Polynomial,
  polyCoefficientsIn,
  polyConstantValue,
  polyEvaluate,
  polyFormat,
  polyNeg,
  polyScale,
  polySubstitute,
  polyVariables,
} from '../numeric/polynomial.js';
import { type Rational, type RationalLike, formatRational, rat } from '../numeric/rational.js';
import type { Region, RegionConstraint } from './region.js';

/** A piece of the parameter's line and whether the region holds on it (`point`: a single point). */
export type ThresholdPiece = {
  readonly from: Rational | null;
  readonly to: Rational | null;
  /** `open`: the interval between two roots; `point`: a rational root itself */
  readonly kind: 'open' | 'point';
  readonly inRegion: boolean;
};

/** A symbolic threshold of one linear constraint. */
export type SymbolicThreshold = {
  readonly constraint: RegionConstraint;
  /** `θ ≥ threshold` when the slope is positive, `θ ≤ threshold` when negative; `depends` when its sign is unknown */
  readonly direction: '>=' | '<=' | 'depends';
  readonly threshold: string;
  readonly slope: Polynomial;
};

/** The answer of {@link thresholds}. */
export type ThresholdResult =
  | {
      readonly kind: 'numeric';
      readonly parameter: string;
      /** every root of some constraint, increasing */
      readonly roots: readonly RealRoot[];
      /** the pieces of the line, left to right */
      readonly pieces: readonly ThresholdPiece[];
      /** the points (or isolating intervals) where membership changes */
      readonly changes: readonly RealRoot[];
    }
  | {
      readonly kind: 'symbolic';
      readonly parameter: string;
      readonly thresholds: readonly SymbolicThreshold[];
      /** constraints not linear in the parameter */
      readonly nonlinear: readonly RegionConstraint[];
    };

function univariate(p: Polynomial, v: string): Rational[] {
  return polyCoefficientsIn(p, v).map((c) => polyConstantValue(c) ?? new Fraction(0));
}

/**
 * Where the region holds along one parameter, the others fixed (numbers) or left symbolic (omitted).
 * @param fixed - values of the other parameters; a parameter left out stays symbolic
 * @throws InvalidArgumentError if `parameter` is among `fixed`
 * @remarks Since 0.1.0
 */
export function thresholds(
  region: Region,
  parameter: string,
  fixed: Readonly<Record<string, RationalLike>> = {},
): ThresholdResult {
  if (Object.hasOwn(fixed, parameter))
    throw new InvalidArgumentError(`thresholds(): "${parameter}" is the swept parameter; do not fix it`);
  const values = Object.fromEntries(Object.entries(fixed).map(([k, v]) => [k, rat(v)]));
  const polys = region.constraints.map((c) => polySubstitute(c.poly, values));
  const symbolic = polys.some((p) => polyVariables(p).some((v) => v !== parameter));
  if (symbolic) {
    const out: SymbolicThreshold[] = [];
    const nonlinear: RegionConstraint[] = [];
    polys.forEach((p, i) => {
      const c = region.constraints[i] as RegionConstraint;
      const coefs = polyCoefficientsIn(p, parameter);
      if (coefs.length > 2) nonlinear.push(c);
      if (coefs.length !== 2) return;
      const [b, a] = coefs as [Polynomial, Polynomial];
      const k = polyConstantValue(a);
      const direction = k === undefined ? 'depends' : k.compare(0) > 0 ? '>=' : '<=';
      const threshold =
        k !== undefined
          ? polyFormat(polyScale(polyNeg(b), k.inverse()))
          : `(${polyFormat(polyNeg(b))})/(${polyFormat(a)})`;
      out.push({ constraint: c, direction, threshold, slope: a });
    });
    return { kind: 'symbolic', parameter, thresholds: out, nonlinear };
  }
  const roots: RealRoot[] = [];
  for (const p of polys) roots.push(...realRoots(univariate(p, parameter)));
  const key = (r: RealRoot) => (r.kind === 'rational' ? r.value : r.lo);
  roots.sort((a, b) => key(a).compare(key(b)));
  const distinct = roots.filter(
    (r, i) =>
      i === 0 ||
      r.kind !== 'rational' ||
      (roots[i - 1] as RealRoot).kind !== 'rational' ||
      !key(roots[i - 1] as RealRoot).equals(r.value),
  );
  const holds = (x: Rational) => polys.every((p) => polyEvaluate(p, { [parameter]: x }).compare(0) >= 0);
  const pieces: ThresholdPiece[] = [];
  const changes: RealRoot[] = [];
  // sample points: left of everything, between consecutive roots, right of everything
  const marks = distinct.map((r) => (r.kind === 'rational' ? { lo: r.value, hi: r.value } : { lo: r.lo, hi: r.hi }));
  let prev: Rational | null = null;
  let last: boolean | undefined;
  for (let i = 0; i <= marks.length; i++) {
    const m = marks[i];
    const left = i === 0 ? undefined : (marks[i - 1] as { hi: Rational }).hi;
    const sample =
      m === undefined ? (left ?? new Fraction(0)).add(1) : left === undefined ? m.lo.sub(1) : left.add(m.lo).div(2);
    const inside = holds(sample);
    if (last !== undefined && inside !== last) changes.push(distinct[i - 1] as RealRoot);
    pieces.push({ from: prev, to: m === undefined ? null : m.lo, kind: 'open', inRegion: inside });
    last = inside;
    const r = distinct[i];
    if (r !== undefined && r.kind === 'rational') {
      pieces.push({ from: r.value, to: r.value, kind: 'point', inRegion: holds(r.value) });
      prev = r.value;
    } else if (r !== undefined) prev = r.hi;
  }
  return { kind: 'numeric', parameter, roots: distinct, pieces, changes };
}

/** Text of a threshold result for reports. @remarks Since 0.1.0 */
export function formatThresholds(t: ThresholdResult): string {
  if (t.kind === 'symbolic') {
    return t.thresholds
      .map((s) =>
        s.direction === 'depends'
          ? `${t.parameter} vs ${s.threshold} (sign of ${polyFormat(s.slope)} decides)`
          : `${t.parameter} ${s.direction} ${s.threshold}`,
      )
      .join('\n');
  }
  const show = (x: Rational | null, inf: string) => (x === null ? inf : formatRational(x));
  return t.pieces
    .filter((p) => p.inRegion)
    .map((p) =>
      p.kind === 'point'
        ? `{${formatRational(p.from as Rational)}}`
        : `(${show(p.from, '-inf')}, ${show(p.to, 'inf')})`,
    )
    .join(' ∪ ');
}
