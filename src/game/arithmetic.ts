/**
 * The arithmetic a derived form needs from a game's value type, so that one implementation serves
 * concrete (rational) and parametric (polynomial) games.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import { type Rational, formatRational } from '../numeric/rational.js';

/** A commutative ring of values with exact equality. */
export type Arithmetic<V> = {
  readonly zero: V;
  readonly one: V;
  add(a: V, b: V): V;
  sub(a: V, b: V): V;
  mul(a: V, b: V): V;
  neg(a: V): V;
  isZero(a: V): boolean;
  equals(a: V, b: V): boolean;
  /** the value of an exact rational */
  fromRational(r: Rational): V;
  /** text for files and messages */
  format(a: V): string;
};

/** Exact rational arithmetic (the default). @remarks Since 0.1.0 */
export const RATIONAL: Arithmetic<Rational> = {
  zero: new Fraction(0),
  one: new Fraction(1),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  neg: (a) => a.neg(),
  isZero: (a) => a.n === 0n,
  equals: (a, b) => a.equals(b),
  fromRational: (r) => r,
  format: formatRational,
};
