import { describe, expect, it } from 'vitest';
import { Fraction } from '../../src/numeric/rational.js';
import { realRoots } from '../../src/numeric/polynomial-roots.js';
import { polyCoefficientsIn, polyConstantValue } from '../../src/numeric/polynomial.js';
import { parseExpression } from '../../src/param/expression.js';
import { parametricStrategicGame } from '../../src/param/game.js';
import { equilibriumRegion } from '../../src/param/region.js';
import { formatThresholds, thresholds } from '../../src/param/threshold.js';

/** Grim vs AllD with average payoffs (Fudenberg–Tirole 1991, §5.1). */
const grim = parametricStrategicGame({
  players: ['1', '2'],
  strategies: [
    ['Grim', 'AllD'],
    ['Grim', 'AllD'],
  ],
  payoffs: [
    ['R', 'R'],
    ['(1 - delta)*T + delta*P', '(1 - delta)*S + delta*P'],
    ['(1 - delta)*S + delta*P', '(1 - delta)*T + delta*P'],
    ['P', 'P'],
  ],
});

describe('realRoots', () => {
  it('finds rational roots with multiplicity and isolates irrational ones', () => {
    // (x - 1/2)^2 (x + 3) (x^2 - 2)
    const poly = parseExpression('(x - 1/2)^2 * (x + 3) * (x^2 - 2)');
    const p = polyCoefficientsIn(poly, 'x').map((c) => polyConstantValue(c) ?? new Fraction(0));
    const roots = realRoots(p);
    const rational = roots.filter((r) => r.kind === 'rational');
    expect(rational.map((r) => (r.kind === 'rational' ? `${r.value.toFraction()}x${r.multiplicity}` : ''))).toEqual([
      '-3x1',
      '1/2x2',
    ]);
    const intervals = roots.filter((r) => r.kind === 'interval');
    expect(intervals).toHaveLength(2);
    for (const r of intervals) {
      if (r.kind !== 'interval') continue;
      // exactly one of ±sqrt(2) inside: lo^2 - 2 and hi^2 - 2 differ in sign, or the interval straddles ±sqrt 2
      const inside = [Math.SQRT2, -Math.SQRT2].filter((s) => r.lo.valueOf() < s && s < r.hi.valueOf());
      expect(inside).toHaveLength(1);
    }
  });
});

describe('thresholds', () => {
  it("finds delta* = 1/2 for the prisoner's dilemma (5, 3, 1, 0)", () => {
    // oracle: MODEL.md "the repeated prisoner's dilemma (T, R, P, S) = (5, 3, 1, 0) gives δ* = 1/2"
    const region = equilibriumRegion(grim, [0, 0], { concept: 'nash' });
    const t = thresholds(region, 'delta', { T: 5, R: 3, P: 1, S: 0 });
    expect(t.kind).toBe('numeric');
    if (t.kind !== 'numeric') return;
    expect(t.changes.map((r) => (r.kind === 'rational' ? r.value.toFraction() : '?'))).toEqual(['1/2']);
    expect(formatThresholds(t)).toBe('{1/2} ∪ (1/2, inf)');
  });

  it('gives the symbolic threshold (T - R)/(T - P) as a rational function', () => {
    const region = equilibriumRegion(grim, [0, 0], { concept: 'nash' });
    const t = thresholds(region, 'delta');
    expect(t.kind).toBe('symbolic');
    if (t.kind !== 'symbolic') return;
    expect(t.thresholds).toHaveLength(1);
    expect(t.thresholds[0]?.direction).toBe('depends');
    expect(t.thresholds[0]?.threshold).toBe('(-R + T)/(-P + T)');
    const fixedSlope = thresholds(region, 'delta', { T: 5, P: 1 });
    expect(formatThresholds(fixedSlope)).toBe('delta >= -1/4*R + 5/4');
  });
});
