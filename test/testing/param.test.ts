import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decision, terminal } from '../../src/game/builder.js';
import type { Polynomial } from '../../src/numeric/polynomial.js';
import { buildParametricTree, instantiate } from '../../src/param/game.js';
import { equilibriumRegion, evaluateRegion } from '../../src/param/region.js';
import { insideRegion, outsideRegion, parameterValues } from '../../src/testing/param.js';
import { isSubgamePerfectPure } from '../../src/verify/index.js';

// entry deterrence with a fighting cost f and an entry gain a: (In, Accommodate) is subgame perfect iff a >= 0
// and accommodating beats fighting: 1 >= -f; the region lives in a 2-D box.
const game = buildParametricTree({
  players: ['E', 'I'],
  root: decision<Polynomial>('E', [
    ['Out', terminal<Polynomial>([0, 2])],
    [
      'In',
      decision<Polynomial>('I', [
        ['Fight', terminal<Polynomial>(['a - 1', '-f'])],
        ['Acc', terminal<Polynomial>(['a', 1])],
      ]),
    ],
  ]),
});
const region = equilibriumRegion(game, [1, 1], { concept: 'spe' });
const bounds = { a: [-3, 3], f: [-3, 3] } as const;

describe('parameter arbitraries', () => {
  it('draws points inside the region, confirmed by src/verify', () => {
    fc.assert(
      fc.property(insideRegion(region, { bounds }), (v) => {
        expect(evaluateRegion(region, v)).toBe(true);
        expect(isSubgamePerfectPure(instantiate(game, v), [1, 1])).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('draws points outside the region, confirmed by src/verify', () => {
    fc.assert(
      fc.property(outsideRegion(region, { bounds }), (v) => {
        expect(evaluateRegion(region, v)).toBe(false);
        expect(isSubgamePerfectPure(instantiate(game, v), [1, 1])).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps values in bounds and shrinks towards simple values', () => {
    const r = fc.check(
      fc.property(parameterValues(bounds), (v) => v['a']?.compare(1) !== 1),
      { seed: 7 },
    );
    expect(r.failed).toBe(true);
    const [v] = r.counterexample ?? [];
    // shrunk to a simple value just above 1 (an integer or a half)
    expect(v?.['a']?.compare(1)).toBe(1);
    expect(['3/2', '2']).toContain(v?.['a']?.toFraction());
  });
});
