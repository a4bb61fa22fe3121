/**
 * Exact rational numbers. subgame computes with {@link https://github.com/rawify/Fraction.js | fraction.js}
 * (BigInt numerators and denominators); this module adds what fraction.js lacks: reading decimal and
 * exponent text exactly (`"-2.5e-3"` is `-1/400`, never a binary float) and canonical formatting.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';

/** An exact rational number (fraction.js with BigInt parts). */
export type Rational = Fraction;

/** Anything {@link rat} accepts: a rational, a bigint, a safe integer or finite number, or exact text. */
export type RationalLike = Rational | bigint | number | string;

/** The rational 0. */
export const ZERO: Rational = new Fraction(0);
/** The rational 1. */
export const ONE: Rational = new Fraction(1);

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?(?:\/(\d+))?$/;

/**
 * Reads exact number text: integers (`12`, `-3`), decimals (`0.25`, `.5`), rationals (`1/3`, `-2/7`) and
 * exponents (`1.5e-3`, `15e1`), digit by digit, never through a binary float.
 * @param text - the number text, without surrounding spaces
 * @returns the exact value, or `undefined` when `text` is not a number in one of these forms
 * @remarks Since 0.1.0
 */
export function parseRational(text: string): Rational | undefined {
  const m = NUMBER_TEXT.exec(text);
  if (m === null) return undefined;
  const [, sign = '', intPart = '', fracPart, expPart, denPart] = m;
  if (intPart === '' && (fracPart === undefined || fracPart === '')) return undefined;
  if (denPart !== undefined && (fracPart !== undefined || expPart !== undefined)) return undefined;
  const digits = intPart + (fracPart ?? '');
  let num = BigInt(digits === '' ? '0' : digits);
  let den = 10n ** BigInt((fracPart ?? '').length);
  if (expPart !== undefined) {
    const e = Number.parseInt(expPart, 10);
    if (Math.abs(e) > 100_000) return undefined;
    if (e >= 0) num *= 10n ** BigInt(e);
    else den *= 10n ** BigInt(-e);
  }
  if (denPart !== undefined) {
    den = BigInt(denPart);
    if (den === 0n) return undefined;
  }
  if (sign === '-') num = -num;
  return new Fraction(num, den);
}

/**
 * Converts a value to an exact rational.
 * Numbers must be finite; non-integral numbers are taken at their shortest decimal text (`0.1` is `1/10`).
 * @throws RangeError if the value is not a finite number or not number text
 * @remarks Since 0.1.0
 */
export function rat(value: RationalLike, denominator?: bigint | number): Rational {
  if (denominator !== undefined) {
    return new Fraction(toBigInt(value, 'rat()'), BigInt(denominator));
  }
  if (value instanceof Fraction) return value;
  if (typeof value === 'bigint') return new Fraction(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`rat(): expected a finite number; got ${value}`);
    if (Number.isSafeInteger(value)) return new Fraction(value);
    const parsed = parseRational(String(value));
    if (parsed === undefined) throw new RangeError(`rat(): cannot read ${value} exactly`);
    return parsed;
  }
  const parsed = parseRational(value.trim());
  if (parsed === undefined) throw new RangeError(`rat(): expected number text like "1/3" or "0.25"; got "${value}"`);
  return parsed;
}

function toBigInt(value: RationalLike, where: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  const r = value instanceof Fraction ? value : rat(value);
  if (r.d !== 1n) throw new RangeError(`${where}: expected an integer numerator; got ${formatRational(r)}`);
  return r.s * r.n;
}

/** The signed numerator of a rational, as a bigint. @remarks Since 0.1.0 */
export function numerator(r: Rational): bigint {
  return r.s * r.n;
}

/** The (positive) denominator of a rational, as a bigint. @remarks Since 0.1.0 */
export function denominator(r: Rational): bigint {
  return r.d;
}

/**
 * Canonical text of a rational as Gambit prints it: `0`, `-2`, `1/3`.
 * @remarks Since 0.1.0
 */
export function formatRational(r: Rational): string {
  const n = r.s * r.n;
  return r.d === 1n ? n.toString() : `${n}/${r.d}`;
}

/**
 * A decimal rendering with `digits` digits after the point (Gambit's `-d N`), rounded half away from zero.
 * The value is labelled approximate by the caller; the computation here is exact.
 * @remarks Since 0.1.0
 */
export function formatDecimal(r: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const n = r.s * r.n * scale;
  const d = r.d;
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  const s = q.toString().padStart(digits + 1, '0');
  const body = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return (neg && q !== 0n ? '-' : '') + body;
}

/** The nearest double to a rational (for labelled floating-point output only). @remarks Since 0.1.0 */
export function toFloat(r: Rational): number {
  return r.valueOf();
}

/** Sum of rationals. @remarks Since 0.1.0 */
export function sum(values: Iterable<Rational>): Rational {
  let acc = ZERO;
  for (const v of values) acc = acc.add(v);
  return acc;
}

/** Greatest common divisor of two bigints (nonnegative result). @remarks Since 0.1.0 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Least common multiple of two positive bigints. @remarks Since 0.1.0 */
export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const g = gcd(a, b);
  const r = (a / g) * b;
  return r < 0n ? -r : r;
}

/**
 * Scales a row of rationals by the least common multiple of their denominators, giving integers with the
 * same ratios. Used to feed fraction-free (integer) pivoting.
 * @returns the integer row and the positive scale factor applied
 * @remarks Since 0.1.0
 */
export function toIntegerRow(row: readonly Rational[]): { row: bigint[]; scale: bigint } {
  let scale = 1n;
  for (const r of row) scale = lcm(scale, r.d);
  return { row: row.map((r) => (r.s * r.n * scale) / r.d), scale };
}

/** Whether a value is a fraction.js rational. @remarks Since 0.1.0 */
export function isRational(value: unknown): value is Rational {
  return value instanceof Fraction;
}

export { Fraction };
