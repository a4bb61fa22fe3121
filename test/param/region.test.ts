import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decision, terminal } from '../../src/game/builder.js';
import type { ExtensiveGame, Game } from '../../src/game/types.js';
import { polyFormat } from '../../src/numeric/polynomial.js';
import { type Rational, rat } from '../../src/numeric/rational.js';
import { buildParametricTree, instantiate, parametricStrategicGame } from '../../src/param/game.js';
import { type Concept, equilibriumRegion, evaluateRegion } from '../../src/param/region.js';
import { isNash, isNashPure, isSubgamePerfectPure } from '../../src/verify/index.js';
import { arbParamStrategic, arbParamTree, arbPure, arbSimpleRational } from './helpers.js';

function concrete(game: Game<Rational>, pure: readonly number[], concept: Concept): boolean {
  return game.kind === 'strategic' || concept === 'nash'
    ? isNashPure(game, pure)
    : isSubgamePerfectPure(game as ExtensiveGame<Rational>, pure);
}

describe('equilibriumRegion', () => {
  it('gives the entry game regions for Nash and SPE', () => {
    // Arrange
    const game = buildParametricTree({
      players: ['E', 'I'],
      root: decision('E', [
        ['Out', terminal([0, 'm'])],
        [
          'In',
          decision('I', [
            ['Fight', terminal(['-f', '-c'])],
            ['Acc', terminal(['a', 'b'])],
          ]),
        ],
      ]),
    });
    // Act
    const nash = equilibriumRegion(game, [0, 0], { concept: 'nash' });
    const spe = equilibriumRegion(game, [0, 0], { concept: 'spe' });
    // Assert: (Out, Fight) is Nash iff f >= 0; subgame perfect iff also -b - c >= 0
    expect(nash.constraints.map((c) => polyFormat(c.poly))).toEqual(['f']);
    expect(spe.constraints.map((c) => polyFormat(c.poly)).sort()).toEqual(['-b - c', 'f']);
    expect(spe.constraints.find((c) => c.player === 1)?.subgamePath).toEqual(['In']);
  });

  it('removes duplicates, constants and implied constraints', () => {
    const game = parametricStrategicGame({
      players: ['1', '2'],
      strategies: [['A', 'B', 'C'], ['L']],
      payoffs: [
        ['x', 0],
        ['1', 0],
        ['x - 1', 0],
      ],
    });
    // (A): x - 1 >= 0 and x - (x-1) = 1 >= 0 (constant)
    const r = equilibriumRegion(game, [0, 0], { concept: 'nash' });
    expect(r.constraints.map((c) => polyFormat(c.poly))).toEqual(['x - 1']);
    expect(r.removed.map((x) => x.reason)).toEqual(['constant']);
    const g2 = parametricStrategicGame({
      players: ['1', '2'],
      strategies: [['A', 'B', 'C'], ['L']],
      payoffs: [
        ['2*x', 0],
        ['x', 0],
        ['1', 0],
      ],
    });
    // (A): x >= 0 and 2x - 1 >= 0; x >= 0 is implied (x = (2x - 1)/2 + 1/2)
    const r2 = equilibriumRegion(g2, [0, 0], { concept: 'nash' });
    expect(r2.constraints.map((c) => polyFormat(c.poly))).toEqual(['2*x - 1']);
    expect(r2.removed[0]?.reason).toBe('implied');
  });

  it('handles mixed profiles with rational-function probabilities', () => {
    // Arrange: matching pennies with payoff a at (H, H); both mix H with probability 2/(a+3)
    const game = parametricStrategicGame({
      players: ['1', '2'],
      strategies: [
        ['H', 'T'],
        ['H', 'T'],
      ],
      payoffs: [
        ['a', '-a'],
        [-1, 1],
        [-1, 1],
        [1, -1],
      ],
    });
    const mix = ['2/(a+3)', '(a+1)/(a+3)'];
    // Act
    const eq = equilibriumRegion(game, [mix, mix], { concept: 'nash' });
    const half = equilibriumRegion(game, [['1/2', '1/2'], mix], { concept: 'nash' });
    // Assert, cross-checked with src/verify at exact points
    for (const a of ['-1', '0', '1/2', '1', '5', '-2', '-4']) {
      const aa = rat(a);
      const g = instantiate(game, { a });
      const p = rat(2).div(aa.add(3));
      const valid = aa.compare(-1) >= 0;
      expect(evaluateRegion(eq, { a })).toBe(valid);
      if (valid)
        expect(
          isNash(g, [
            [p, rat(1).sub(p)],
            [p, rat(1).sub(p)],
          ]),
        ).toBe(true);
      if (valid)
        expect(evaluateRegion(half, { a })).toBe(
          isNash(g, [
            [rat(1, 2), rat(1, 2)],
            [p, rat(1).sub(p)],
          ]),
        );
    }
    expect(evaluateRegion(half, { a: 1 })).toBe(true);
    expect(evaluateRegion(half, { a: 2 })).toBe(false);
    expect(evaluateRegion(eq, { a: -3 })).toBe(false); // the probabilities' denominator vanishes
  });

  for (const params of [['x'], ['x', 'y']]) {
    for (const kind of ['strategic', 'tree'] as const) {
      for (const concept of ['nash', 'spe'] as const) {
        if (kind === 'strategic' && concept === 'spe') continue;
        it(`agrees with src/verify on random ${kind} games in ${params.join(', ')} (${concept})`, () => {
          const arbGame = kind === 'strategic' ? arbParamStrategic(params) : arbParamTree(params);
          fc.assert(
            fc.property(
              arbGame.chain((g) =>
                fc.tuple(
                  fc.constant(g),
                  arbPure(g),
                  fc.array(fc.tuple(...params.map(() => arbSimpleRational)), { minLength: 6, maxLength: 6 }),
                ),
              ),
              ([game, pure, points]) => {
                const region = equilibriumRegion(game, pure, { concept });
                for (const pt of points) {
                  const values = Object.fromEntries(params.map((p, i) => [p, pt[i] as Rational]));
                  expect(evaluateRegion(region, values)).toBe(concrete(instantiate(game, values), pure, concept));
                }
              },
            ),
            { numRuns: 40 },
          );
        });
      }
    }
  }
});
