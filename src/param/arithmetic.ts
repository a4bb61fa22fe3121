/**
 * Arithmetic instances for parametric games: polynomials ({@link POLY}, the value type of parametric
 * games) and quotients of polynomials ({@link RationalFunction}, for mixed profiles whose probabilities are
 * rational functions of the parameters, such as `k/r`).
 * @remarks Since 0.1.0
 */
import type { Arithmetic } from '../game/arithmetic.js';
import {
  POLY_ONE,
  POLY_ZERO,
  type Polynomial,
  polyAdd,
  polyConst,
  polyConstantValue,
  polyEquals,
  polyFormat,
  polyIsZero,
  polyMul,
  polyNeg,
  polyScale,
  polySub,
} from '../numeric/polynomial.js';

/**
 * Polynomial arithmetic for generic game code: `buildTree(spec, { arithmetic: POLY, value: parseValue })`.
 * @remarks Since 0.1.0
 */
export const POLY: Arithmetic<Polynomial> = {
  zero: POLY_ZERO,
  one: POLY_ONE,
  add: polyAdd,
  sub: polySub,
  mul: polyMul,
  neg: polyNeg,
  isZero: polyIsZero,
  equals: polyEquals,
  fromRational: (r) => polyConst(r),
  format: polyFormat,
};

/** A quotient `num / den` of polynomials (`den` not the zero polynomial; not reduced by gcd). */
export type RationalFunction = { readonly num: Polynomial; readonly den: Polynomial };

/** A rational function from a polynomial (denominator 1). @remarks Since 0.1.0 */
export function ratFn(num: Polynomial, den: Polynomial = POLY_ONE): RationalFunction {
  if (polyIsZero(den)) throw new RangeError('ratFn(): zero denominator');
  const c = polyConstantValue(den);
  if (c !== undefined && !c.equals(1)) return { num: polyScale(num, c.inverse()), den: POLY_ONE };
  return { num, den };
}

function addRf(a: RationalFunction, b: RationalFunction): RationalFunction {
  if (polyEquals(a.den, b.den)) return ratFn(polyAdd(a.num, b.num), a.den);
  return ratFn(polyAdd(polyMul(a.num, b.den), polyMul(b.num, a.den)), polyMul(a.den, b.den));
}

function mulRf(a: RationalFunction, b: RationalFunction): RationalFunction {
  if (polyIsZero(a.num) || polyIsZero(b.num)) return RF_ZERO;
  // cancel a common denominator/numerator factor when one equals the other exactly
  if (polyEquals(a.den, b.num)) return ratFn(a.num, b.den);
  if (polyEquals(b.den, a.num)) return ratFn(b.num, a.den);
  return ratFn(polyMul(a.num, b.num), polyMul(a.den, b.den));
}

const RF_ZERO: RationalFunction = { num: POLY_ZERO, den: POLY_ONE };

/**
 * Rational-function arithmetic (no gcd reduction: equality is tested by cross-multiplication).
 * @remarks Since 0.1.0
 */
export const RATFN: Arithmetic<RationalFunction> = {
  zero: RF_ZERO,
  one: { num: POLY_ONE, den: POLY_ONE },
  add: addRf,
  sub: (a, b) => addRf(a, { num: polyNeg(b.num), den: b.den }),
  mul: mulRf,
  neg: (a) => ({ num: polyNeg(a.num), den: a.den }),
  isZero: (a) => polyIsZero(a.num),
  equals: (a, b) => polyEquals(polyMul(a.num, b.den), polyMul(b.num, a.den)),
  fromRational: (r) => ({ num: polyConst(r), den: POLY_ONE }),
  format: (a) =>
    polyConstantValue(a.den)?.equals(1) === true ? polyFormat(a.num) : `(${polyFormat(a.num)})/(${polyFormat(a.den)})`,
};
