import { describe, expect, it } from 'vitest';
import { polyFormat } from '../../src/numeric/polynomial.js';
import { RATFN } from '../../src/param/arithmetic.js';
import { ExpressionError } from '../../src/param/errors.js';
import { parseConditions, parseExpression, parseRationalExpression } from '../../src/param/expression.js';

describe('parseExpression', () => {
  it('reads number literals exactly from their text', () => {
    expect(polyFormat(parseExpression('0.1*x + 1e-3'))).toBe('1/10*x + 1/1000');
    expect(polyFormat(parseExpression('0.30000000000000000000001'))).toBe(
      '30000000000000000000001/100000000000000000000000',
    );
    expect(polyFormat(parseExpression('(1 - delta)^2 - -x'))).toBe('delta^2 - 2*delta + x + 1');
    expect(polyFormat(parseExpression('2x/4 + 2^-2'))).toBe('1/2*x + 1/4');
  });

  it('refuses non-polynomial expressions with a typed error naming the part', () => {
    const cases: [string, string][] = [
      ['x/y', 'y'],
      ['sqrt(x)', 'sqrt(x)'],
      ['x^y', 'y'],
      ['x^0.5', '0.5'],
      ['x!', 'x!'],
      ['[1, 2]', '[1, 2]'],
      ['x^-1', 'x ^ -1'],
      ['1/0', '0'],
    ];
    for (const [text, part] of cases) {
      try {
        parseExpression(text);
        expect.unreachable(text);
      } catch (e) {
        expect(e).toBeInstanceOf(ExpressionError);
        expect((e as ExpressionError).code).toBe('expression');
        expect((e as ExpressionError).expression).toBe(text);
        expect((e as ExpressionError).part.replace(/[()]/g, '')).toBe(part.replace(/[()]/g, ''));
      }
    }
    expect(() => parseExpression('x +')).toThrow(ExpressionError);
    expect(() => parseExpression('x + z', { parameters: ['x'] })).toThrow(/unknown parameter "z"/);
  });

  it('reads rational functions and conditions', () => {
    const q = parseRationalExpression('k/r');
    expect(RATFN.format(q)).toBe('(k)/(r)');
    expect(RATFN.equals(RATFN.mul(q, parseRationalExpression('r')), parseRationalExpression('k'))).toBe(true);
    const cs = parseConditions('0 <= delta < 1');
    expect(cs.map((c) => `${polyFormat(c.poly)} ${c.strict ? '>' : '>='} 0`)).toEqual(['delta >= 0', '-delta + 1 > 0']);
    expect(parseConditions('a == b')).toHaveLength(2);
    expect(() => parseConditions('a + b')).toThrow(ExpressionError);
  });
});
