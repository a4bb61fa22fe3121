import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fraction, type Rational, ZERO } from '../../src/numeric/rational.js';
import {
  type EpsPoly,
  epsAdd,
  epsCompare,
  epsDivExact,
  epsMul,
  epsOrder,
  epsPivotUpdate,
  epsSign,
  epsSub,
} from '../../src/solve/quasi-perfect/index.js';

const arbPoly = (maxDegree = 4): fc.Arbitrary<EpsPoly> =>
  fc.array(fc.bigInt({ min: -20n, max: 20n }), { maxLength: maxDegree + 1 }).map((c) => {
    const out = c.slice();
    while (out.length > 0 && out[out.length - 1] === 0n) out.pop();
    return out;
  });
const nonzero = arbPoly().filter((p) => p.length > 0);

/** `a(ε)` at a rational ε. */
function evaluate(a: EpsPoly, eps: Rational): Rational {
  let v = ZERO;
  for (let i = a.length - 1; i >= 0; i--) v = v.mul(eps).add(new Fraction(a[i] as bigint, 1n));
  return v;
}

describe('integer polynomials in an infinitesimal ε', () => {
  it('divides products exactly: (a·b)/b = a', () => {
    fc.assert(
      fc.property(arbPoly(), nonzero, (a, b) => {
        expect(epsDivExact(epsMul(a, b), b)).toEqual(a);
      }),
    );
  });

  it('computes the fraction-free update (a·p − f·b)/det', () => {
    fc.assert(
      fc.property(arbPoly(), nonzero, nonzero, arbPoly(), arbPoly(), (quotient, det, p, f, b) => {
        // Arrange: choose a so that a·p − f·b = det·quotient·p, i.e. a = det·quotient + (f·b)/p when p | f·b;
        // take f = p·g so that (f·b)/p = g·b.
        const g = f;
        const fp = epsMul(p, g);
        const a = epsAdd(epsMul(det, quotient), epsMul(g, b));
        // Act / Assert
        expect(epsPivotUpdate(a, p, fp, b, det)).toEqual(epsMul(quotient, p));
      }),
    );
  });

  it('refuses an inexact division', () => {
    expect(() => epsDivExact([1n], [2n])).toThrow(RangeError);
    expect(() => epsDivExact([1n, 1n], [0n, 1n])).toThrow(RangeError);
  });

  it('gives the sign for every small enough ε: that of the lowest-order coefficient', () => {
    fc.assert(
      fc.property(nonzero, (a) => {
        // With ε ≤ 1/(1 + 2·Σ|c|) the lowest-order term outweighs all others (|c_m| ≥ 1).
        const total = a.reduce((s, c) => s + (c < 0n ? -c : c), 0n);
        const eps = new Fraction(1n, 1n + 2n * total);
        const value = evaluate(a, eps);
        expect(epsSign(a)).toBe(value.compare(0));
        expect(epsOrder(a)).toBe(a.findIndex((c) => c !== 0n));
      }),
    );
  });

  it('orders polynomials as their difference signs', () => {
    fc.assert(
      fc.property(arbPoly(), arbPoly(), (a, b) => {
        expect(epsCompare(a, b)).toBe(epsSign(epsSub(a, b)));
        expect(epsCompare(b, a)).toBe(-epsCompare(a, b) || 0);
      }),
    );
  });
});
