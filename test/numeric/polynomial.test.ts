import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLp } from '../../src/numeric/lp.js';
import {
  type Polynomial,
  polyAdd,
  polyEquals,
  polyEvaluate,
  polyFormat,
  polyFromTerms,
  polyMul,
  polyPow,
  polyPrimitive,
  polySub,
  polySubstitute,
} from '../../src/numeric/polynomial.js';
import { Fraction, rat } from '../../src/numeric/rational.js';
import { parseExpression } from '../../src/param/expression.js';

const VARS = ['x', 'y', 'z'];
const arbPoly: fc.Arbitrary<Polynomial> = fc
  .array(
    fc.tuple(
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: 1, max: 3 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    ),
    { maxLength: 4 },
  )
  .map((terms) =>
    polyFromTerms(
      terms.map(([n, d, e]) => [rat(n, d), Object.fromEntries(VARS.map((v, i) => [v, e[i] ?? 0]))] as const),
    ),
  );
const arbPoint = fc
  .tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .map(
    ([a, b, c]) =>
      new Map([
        ['x', rat(a)],
        ['y', rat(b, 2)],
        ['z', rat(1, c)],
      ]),
  );

describe('Polynomial', () => {
  it('is a commutative ring, and evaluation is a homomorphism', () => {
    fc.assert(
      fc.property(arbPoly, arbPoly, arbPoly, arbPoint, (a, b, c, pt) => {
        expect(polyEquals(polyMul(a, polyAdd(b, c)), polyAdd(polyMul(a, b), polyMul(a, c)))).toBe(true);
        expect(polyEquals(polyMul(a, b), polyMul(b, a))).toBe(true);
        expect(polyEquals(polySub(a, a), polyFromTerms([]))).toBe(true);
        expect(polyEvaluate(polyMul(a, b), pt).equals(polyEvaluate(a, pt).mul(polyEvaluate(b, pt)))).toBe(true);
        expect(polyEvaluate(polyPow(a, 2), pt).equals(polyEvaluate(a, pt).pow(2))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('formats text that parses back to the same polynomial', () => {
    fc.assert(
      fc.property(arbPoly, (a) => {
        expect(polyEquals(parseExpression(polyFormat(a)), a)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('substitutes values and polynomials, and normalizes positive multiples', () => {
    const p = parseExpression('x^2*y + 3*y - 1');
    expect(polyFormat(polySubstitute(p, { x: 2 }))).toBe('7*y - 1');
    expect(polyFormat(polySubstitute(p, { y: parseExpression('x + 1') }))).toBe('x^3 + x^2 + 3*x + 2');
    expect(polyFormat(polyPrimitive(parseExpression('3/4*x - 1/2')))).toBe('3*x - 2');
    expect(polyFormat(polyPrimitive(parseExpression('-6*x + 4')))).toBe('-3*x + 2');
    expect(() => polyEvaluate(p, { x: rat(1) })).toThrow(/no value for parameter "y"/);
  });
});

describe('solveLp', () => {
  it('solves a small LP exactly (Chvátal 1983, ch. 2 example: optimum 13)', () => {
    // maximize 5x1 + 4x2 + 3x3 s.t. 2x1 + 3x2 + x3 <= 5, 4x1 + x2 + 2x3 <= 11, 3x1 + 4x2 + 2x3 <= 8
    const m = (e: [number, number][]) => new Map(e.map(([j, v]) => [j, new Fraction(v)]));
    const r = solveLp({
      vars: 3,
      constraints: [
        {
          coefs: m([
            [0, 2],
            [1, 3],
            [2, 1],
          ]),
          op: '<=',
          rhs: new Fraction(5),
        },
        {
          coefs: m([
            [0, 4],
            [1, 1],
            [2, 2],
          ]),
          op: '<=',
          rhs: new Fraction(11),
        },
        {
          coefs: m([
            [0, 3],
            [1, 4],
            [2, 2],
          ]),
          op: '<=',
          rhs: new Fraction(8),
        },
      ],
      objective: m([
        [0, 5],
        [1, 4],
        [2, 3],
      ]),
    });
    expect(r.status).toBe('optimal');
    if (r.status === 'optimal') {
      expect(r.value.toFraction()).toBe('13');
      expect(r.x.map((x) => x.toFraction())).toEqual(['2', '0', '1']);
    }
  });

  it('reports infeasible, unbounded, and handles free variables and equalities', () => {
    const m = (e: [number, number][]) => new Map(e.map(([j, v]) => [j, new Fraction(v)]));
    expect(solveLp({ vars: 1, constraints: [{ coefs: m([[0, 1]]), op: '<=', rhs: new Fraction(-1) }] }).status).toBe(
      'infeasible',
    );
    expect(solveLp({ vars: 1, constraints: [], objective: m([[0, 1]]) }).status).toBe('unbounded');
    const r = solveLp({
      vars: 2,
      constraints: [
        {
          coefs: m([
            [0, 1],
            [1, 1],
          ]),
          op: '=',
          rhs: new Fraction(-3),
        },
      ],
      free: new Set([0]),
      objective: m([[1, -1]]),
    });
    expect(r.status).toBe('optimal');
    if (r.status === 'optimal') expect(r.x.map((x) => x.toFraction())).toEqual(['-3', '0']);
  });
});
