/**
 * Real roots of univariate polynomials with rational coefficients, exactly: rational roots by the rational
 * root theorem (with multiplicities, by exact deflation), and isolating intervals with rational endpoints
 * for the irrational ones by Sturm sequences (Sturm 1829; Basu, Pollack and Roy, "Algorithms in Real
 * Algebraic Geometry", 2006, §2.2.2) and bisection.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import type { Rational } from './rational.js';

/** Coefficients `c[k]` of `x^k`, highest last, no trailing zeros (`[]` is the zero polynomial). */
export type Univariate = readonly Rational[];

/** A real root: exact, or inside an open interval `(lo, hi)` with rational ends that holds exactly one root. */
export type RealRoot =
  | { readonly kind: 'rational'; readonly value: Rational; readonly multiplicity: number }
  | { readonly kind: 'interval'; readonly lo: Rational; readonly hi: Rational };

const Z = new Fraction(0);

function trim(c: readonly Rational[]): Rational[] {
  const out = [...c];
  while (out.length > 0 && (out[out.length - 1] as Rational).n === 0n) out.pop();
  return out;
}

/** Value at a point (Horner). @remarks Since 0.1.0 */
export function evalUnivariate(c: Univariate, x: Rational): Rational {
  let v = Z;
  for (let k = c.length - 1; k >= 0; k--) v = v.mul(x).add(c[k] as Rational);
  return v;
}

function divmod(a: Univariate, b: Univariate): { q: Rational[]; r: Rational[] } {
  const r = [...a];
  const db = b.length - 1;
  const lead = b[db] as Rational;
  const q: Rational[] = new Array(Math.max(a.length - db, 0)).fill(Z);
  for (let k = a.length - 1; k >= db; k--) {
    const f = (r[k] as Rational).div(lead);
    q[k - db] = f;
    if (f.n === 0n) continue;
    for (let j = 0; j <= db; j++) r[k - db + j] = (r[k - db + j] as Rational).sub(f.mul(b[j] as Rational));
  }
  return { q: trim(q), r: trim(r.slice(0, db)) };
}

function derivative(c: Univariate): Rational[] {
  return trim(c.slice(1).map((x, k) => x.mul(k + 1)));
}

function divisors(n: bigint): bigint[] {
  const m = n < 0n ? -n : n;
  const out: bigint[] = [];
  for (let d = 1n; d * d <= m; d++) {
    if (m % d === 0n) {
      out.push(d);
      if (d * d !== m) out.push(m / d);
    }
  }
  return out;
}

function sturmSequence(c: Univariate): Rational[][] {
  const seq: Rational[][] = [trim([...c]), derivative(c)];
  for (;;) {
    const a = seq[seq.length - 2] as Rational[];
    const b = seq[seq.length - 1] as Rational[];
    if (b.length === 0) break;
    const { r } = divmod(a, b);
    if (r.length === 0) break;
    seq.push(r.map((x) => x.neg()));
  }
  return seq;
}

function signChanges(seq: readonly Univariate[], x: Rational): number {
  let last = 0;
  let changes = 0;
  for (const p of seq) {
    const s = Number(evalUnivariate(p, x).compare(0));
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/**
 * All real roots, in increasing order.
 * @param maxDivisorSearch - skip the rational root search when a coefficient exceeds this (default 10^12)
 * @remarks Since 0.1.0
 */
export function realRoots(coefficients: Univariate, maxDivisorSearch: bigint = 10n ** 12n): RealRoot[] {
  let c = trim([...coefficients]);
  if (c.length <= 1) return [];
  const rational: { value: Rational; multiplicity: number }[] = [];
  let zeros = 0;
  while ((c[0] as Rational).n === 0n) {
    c = c.slice(1);
    zeros++;
  }
  if (zeros > 0) rational.push({ value: Z, multiplicity: zeros });
  // integer coefficients for the rational root theorem
  let scale = 1n;
  for (const x of c) scale = (scale * x.d) / gcd(scale, x.d);
  const ints = c.map((x) => (x.s * x.n * scale) / x.d);
  const a0 = ints[0] as bigint;
  const an = ints[ints.length - 1] as bigint;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  if (c.length > 1 && abs(a0) <= maxDivisorSearch && abs(an) <= maxDivisorSearch) {
    const seen = new Set<string>();
    for (const p of divisors(a0)) {
      for (const q of divisors(an)) {
        for (const cand of [new Fraction(p, q), new Fraction(-p, q)]) {
          const key = cand.toFraction();
          if (seen.has(key)) continue;
          seen.add(key);
          let m = 0;
          while (c.length > 1 && evalUnivariate(c, cand).n === 0n) {
            c = divmod(c, [cand.neg(), new Fraction(1)]).q;
            m++;
          }
          if (m > 0) rational.push({ value: cand, multiplicity: m });
        }
      }
    }
  }
  const out: RealRoot[] = rational.map((r) => ({ kind: 'rational', ...r }));
  if (c.length > 2) {
    // square-free part, then Sturm isolation on the Cauchy bound
    const g = gcdPoly(c, derivative(c));
    out.push(...isolate(g.length > 1 ? divmod(c, g).q : c));
  }
  const key = (r: RealRoot) => (r.kind === 'rational' ? r.value : r.lo);
  return out.sort((a, b) => key(a).compare(key(b)));
}

/** Isolating intervals of a square-free polynomial's real roots (restarting after deflating a rational root hit by bisection). */
function isolate(start: Univariate): RealRoot[] {
  let sf = [...start];
  const found: RealRoot[] = [];
  restart: for (;;) {
    if (sf.length <= 1) return found;
    if (sf.length === 2) {
      found.push({ kind: 'rational', value: (sf[0] as Rational).neg().div(sf[1] as Rational), multiplicity: 1 });
      return found;
    }
    const seq = sturmSequence(sf);
    const lead = sf[sf.length - 1] as Rational;
    let bound = new Fraction(1);
    for (const x of sf.slice(0, -1)) bound = bound.add(x.div(lead).abs());
    const stack: [Rational, Rational][] = [[bound.neg(), bound]];
    const intervals: RealRoot[] = [];
    while (stack.length > 0) {
      const [lo, hi] = stack.pop() as [Rational, Rational];
      const n = signChanges(seq, lo) - signChanges(seq, hi);
      if (n === 0) continue;
      if (n === 1) {
        intervals.push({ kind: 'interval', lo, hi });
        continue;
      }
      const mid = lo.add(hi).div(2);
      if (evalUnivariate(sf, mid).n === 0n) {
        found.push({ kind: 'rational', value: mid, multiplicity: 1 });
        sf = divmod(sf, [mid.neg(), new Fraction(1)]).q;
        continue restart;
      }
      stack.push([lo, mid], [mid, hi]);
    }
    return [...found, ...intervals];
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function gcdPoly(a: Univariate, b: Univariate): Rational[] {
  let x = trim([...a]);
  let y = trim([...b]);
  while (y.length > 0) [x, y] = [y, divmod(x, y).r];
  return x;
}
