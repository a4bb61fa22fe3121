/**
 * Exact sparse multivariate polynomials with rational coefficients, in named variables (the parameters of a
 * parametric game). Values are immutable; every operation returns a new polynomial in canonical form (no
 * zero coefficients, monomials keyed by their sorted variable powers), so structural equality is equality.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import { type Rational, type RationalLike, formatRational, gcd, lcm, rat } from './rational.js';

/** A monomial: `[variable, exponent]` pairs sorted by variable name, exponents positive integers. */
export type Monomial = readonly (readonly [string, number])[];

/** One term of a polynomial: a nonzero coefficient times a monomial. */
export type Term = { readonly monomial: Monomial; readonly coefficient: Rational };

/** A polynomial: its terms keyed by {@link monomialKey}. */
export type Polynomial = { readonly kind: 'polynomial'; readonly terms: ReadonlyMap<string, Term> };

const NAME = /^[^\s^*]+$/;

/** The canonical key of a monomial (`""` for the constant monomial, else `x^1*y^2`). @remarks Since 0.1.0 */
export function monomialKey(m: Monomial): string {
  return m.map(([v, e]) => `${v}^${e}`).join('*');
}

function make(terms: Map<string, Term>): Polynomial {
  return Object.freeze({ kind: 'polynomial' as const, terms });
}

/** The constant polynomial `c`. @remarks Since 0.1.0 */
export function polyConst(c: RationalLike): Polynomial {
  const r = rat(c);
  return make(r.n === 0n ? new Map() : new Map([['', { monomial: [], coefficient: r }]]));
}

/**
 * The polynomial `x` for a variable name.
 * @throws RangeError if the name is empty or contains spaces, `^` or `*`
 * @remarks Since 0.1.0
 */
export function polyVar(name: string): Polynomial {
  if (!NAME.test(name)) throw new RangeError(`polyVar(): invalid variable name ${JSON.stringify(name)}`);
  const m: Monomial = [[name, 1]];
  return make(new Map([[monomialKey(m), { monomial: m, coefficient: new Fraction(1) }]]));
}

/** The zero polynomial. */
export const POLY_ZERO: Polynomial = polyConst(0);
/** The constant polynomial 1. */
export const POLY_ONE: Polynomial = polyConst(1);

/**
 * A polynomial from terms (coefficient and variable powers); like terms are combined.
 * @remarks Since 0.1.0
 */
export function polyFromTerms(terms: Iterable<readonly [RationalLike, Readonly<Record<string, number>>]>): Polynomial {
  const out = new Map<string, Term>();
  for (const [c, powers] of terms) {
    const mono: [string, number][] = [];
    for (const [v, e] of Object.entries(powers)) {
      if (!Number.isInteger(e) || e < 0) throw new RangeError(`polyFromTerms(): exponent of ${v} is ${e}`);
      if (!NAME.test(v)) throw new RangeError(`polyFromTerms(): invalid variable name ${JSON.stringify(v)}`);
      if (e > 0) mono.push([v, e]);
    }
    mono.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    addTerm(out, mono, rat(c));
  }
  return make(out);
}

function addTerm(into: Map<string, Term>, monomial: Monomial, c: Rational): void {
  if (c.n === 0n) return;
  const key = monomialKey(monomial);
  const prev = into.get(key);
  if (prev === undefined) into.set(key, { monomial, coefficient: c });
  else {
    const s = prev.coefficient.add(c);
    if (s.n === 0n) into.delete(key);
    else into.set(key, { monomial, coefficient: s });
  }
}

/** `a + b`. @remarks Since 0.1.0 */
export function polyAdd(a: Polynomial, b: Polynomial): Polynomial {
  if (b.terms.size === 0) return a;
  if (a.terms.size === 0) return b;
  const out = new Map(a.terms);
  for (const t of b.terms.values()) addTerm(out, t.monomial, t.coefficient);
  return make(out);
}

/** `c · a` for a rational `c`. @remarks Since 0.1.0 */
export function polyScale(a: Polynomial, c: RationalLike): Polynomial {
  const r = rat(c);
  if (r.n === 0n) return POLY_ZERO;
  const out = new Map<string, Term>();
  for (const [k, t] of a.terms) out.set(k, { monomial: t.monomial, coefficient: t.coefficient.mul(r) });
  return make(out);
}

/** `−a`. @remarks Since 0.1.0 */
export function polyNeg(a: Polynomial): Polynomial {
  return polyScale(a, -1);
}

/** `a − b`. @remarks Since 0.1.0 */
export function polySub(a: Polynomial, b: Polynomial): Polynomial {
  return polyAdd(a, polyNeg(b));
}

/** The product of two monomials. @remarks Since 0.1.0 */
export function monomialMul(a: Monomial, b: Monomial): Monomial {
  const out: [string, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x[0] < y[0])) {
      out.push([(x as readonly [string, number])[0], (x as readonly [string, number])[1]]);
      i++;
    } else if (x === undefined || y[0] < x[0]) {
      out.push([y[0], y[1]]);
      j++;
    } else {
      out.push([x[0], x[1] + y[1]]);
      i++;
      j++;
    }
  }
  return out;
}

/** `a · b`. @remarks Since 0.1.0 */
export function polyMul(a: Polynomial, b: Polynomial): Polynomial {
  const out = new Map<string, Term>();
  for (const s of a.terms.values()) {
    for (const t of b.terms.values())
      addTerm(out, monomialMul(s.monomial, t.monomial), s.coefficient.mul(t.coefficient));
  }
  return make(out);
}

/**
 * `a^k` for a nonnegative integer `k` (square and multiply).
 * @throws RangeError if `k` is not a nonnegative safe integer
 * @remarks Since 0.1.0
 */
export function polyPow(a: Polynomial, k: number): Polynomial {
  if (!Number.isSafeInteger(k) || k < 0)
    throw new RangeError(`polyPow(): exponent must be a nonnegative integer; got ${k}`);
  let result = POLY_ONE;
  let base = a;
  let e = k;
  while (e > 0) {
    if (e & 1) result = polyMul(result, base);
    e >>= 1;
    if (e > 0) base = polyMul(base, base);
  }
  return result;
}

/** Whether `a` is the zero polynomial. @remarks Since 0.1.0 */
export function polyIsZero(a: Polynomial): boolean {
  return a.terms.size === 0;
}

/** Exact equality. @remarks Since 0.1.0 */
export function polyEquals(a: Polynomial, b: Polynomial): boolean {
  if (a.terms.size !== b.terms.size) return false;
  for (const [k, t] of a.terms) {
    const u = b.terms.get(k);
    if (u === undefined || !u.coefficient.equals(t.coefficient)) return false;
  }
  return true;
}

/** The value of a constant polynomial, or `undefined` if it has a variable. @remarks Since 0.1.0 */
export function polyConstantValue(a: Polynomial): Rational | undefined {
  if (a.terms.size === 0) return new Fraction(0);
  if (a.terms.size === 1) return a.terms.get('')?.coefficient;
  return undefined;
}

/** Total degree (`-1` for the zero polynomial). @remarks Since 0.1.0 */
export function polyDegree(a: Polynomial): number {
  let d = -1;
  for (const t of a.terms.values())
    d = Math.max(
      d,
      t.monomial.reduce((s, [, e]) => s + e, 0),
    );
  return d;
}

/** Degree in one variable. @remarks Since 0.1.0 */
export function polyDegreeIn(a: Polynomial, variable: string): number {
  let d = a.terms.size === 0 ? -1 : 0;
  for (const t of a.terms.values()) for (const [v, e] of t.monomial) if (v === variable) d = Math.max(d, e);
  return d;
}

/** The variables that occur, sorted. @remarks Since 0.1.0 */
export function polyVariables(a: Polynomial): string[] {
  const s = new Set<string>();
  for (const t of a.terms.values()) for (const [v] of t.monomial) s.add(v);
  return [...s].sort();
}

/**
 * Substitutes values (rationals or polynomials) for some variables; the others stay symbolic.
 * @remarks Since 0.1.0
 */
export function polySubstitute(
  a: Polynomial,
  values: Readonly<Record<string, RationalLike | Polynomial>> | ReadonlyMap<string, RationalLike | Polynomial>,
): Polynomial {
  const get = (v: string): RationalLike | Polynomial | undefined =>
    values instanceof Map ? values.get(v) : (values as Readonly<Record<string, RationalLike | Polynomial>>)[v];
  let out = POLY_ZERO;
  for (const t of a.terms.values()) {
    let term = polyConst(t.coefficient);
    const rest: [string, number][] = [];
    for (const [v, e] of t.monomial) {
      const x = Object.hasOwn(values, v) || values instanceof Map ? get(v) : undefined;
      if (x === undefined) rest.push([v, e]);
      else term = polyMul(term, polyPow(isPolynomial(x) ? x : polyConst(x), e));
    }
    if (rest.length > 0)
      term = polyMul(term, make(new Map([[monomialKey(rest), { monomial: rest, coefficient: new Fraction(1) }]])));
    out = polyAdd(out, term);
  }
  return out;
}

/**
 * The value at a point.
 * @throws RangeError naming a variable that has no value
 * @remarks Since 0.1.0
 */
export function polyEvaluate(
  a: Polynomial,
  values: Readonly<Record<string, Rational>> | ReadonlyMap<string, Rational>,
): Rational {
  let sum = new Fraction(0);
  for (const t of a.terms.values()) {
    let x = t.coefficient;
    for (const [v, e] of t.monomial) {
      const val =
        values instanceof Map
          ? values.get(v)
          : Object.hasOwn(values, v)
            ? (values as Record<string, Rational>)[v]
            : undefined;
      if (val === undefined) throw new RangeError(`polyEvaluate(): no value for parameter "${v}"`);
      x = x.mul(val.pow(e));
    }
    sum = sum.add(x);
  }
  return sum;
}

/**
 * Coefficients of `a` as a polynomial in one variable: `result[k]` is the coefficient of `variable^k`
 * (a polynomial in the other variables).
 * @remarks Since 0.1.0
 */
export function polyCoefficientsIn(a: Polynomial, variable: string): Polynomial[] {
  const out: Map<string, Term>[] = [];
  for (const t of a.terms.values()) {
    const e = t.monomial.find(([v]) => v === variable)?.[1] ?? 0;
    const rest = t.monomial.filter(([v]) => v !== variable);
    while (out.length <= e) out.push(new Map());
    (out[e] as Map<string, Term>).set(monomialKey(rest), { monomial: rest, coefficient: t.coefficient });
  }
  return out.map(make);
}

/**
 * The positive rational multiple of `a` with coprime integer coefficients (sign kept): two polynomials
 * that are positive multiples of each other have the same primitive part.
 * @remarks Since 0.1.0
 */
export function polyPrimitive(a: Polynomial): Polynomial {
  if (a.terms.size === 0) return a;
  let den = 1n;
  let num = 0n;
  for (const t of a.terms.values()) {
    den = lcm(den, t.coefficient.d);
    num = gcd(num, t.coefficient.n);
  }
  return polyScale(a, new Fraction(den, num));
}

/** Terms sorted by descending total degree, then by monomial key (the display order). @remarks Since 0.1.0 */
export function polySortedTerms(a: Polynomial): Term[] {
  const deg = (m: Monomial) => m.reduce((s, [, e]) => s + e, 0);
  return [...a.terms.values()].sort((x, y) => {
    const d = deg(y.monomial) - deg(x.monomial);
    if (d !== 0) return d;
    const kx = monomialKey(x.monomial);
    const ky = monomialKey(y.monomial);
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
}

/**
 * Text of a polynomial that {@link parseExpression} (src/param) reads back: `3/2*x^2*y - x + 1/2`.
 * @remarks Since 0.1.0
 */
export function polyFormat(a: Polynomial): string {
  if (a.terms.size === 0) return '0';
  let s = '';
  for (const t of polySortedTerms(a)) {
    const neg = t.coefficient.s < 0n;
    const abs = t.coefficient.abs();
    const vars = t.monomial.map(([v, e]) => (e === 1 ? v : `${v}^${e}`)).join('*');
    const coef = formatRational(abs);
    const body = vars === '' ? coef : coef === '1' ? vars : `${coef}*${vars}`;
    s += s === '' ? (neg ? `-${body}` : body) : neg ? ` - ${body}` : ` + ${body}`;
  }
  return s;
}

/** Whether a value is a {@link Polynomial}. @remarks Since 0.1.0 */
export function isPolynomial(x: unknown): x is Polynomial {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'polynomial';
}
