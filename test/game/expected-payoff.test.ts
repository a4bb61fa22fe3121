import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  behaviorPayoffs,
  bimatrixGame,
  expectedPayoffs,
  mixedPayoffs,
  reachProbabilities,
} from '../../src/game/index.js';
import { rat } from '../../src/numeric/index.js';
import { fmt, strippedPoker } from './trees.js';

const half = [rat(1, 2), rat(1, 2)];

describe('behaviorPayoffs', () => {
  it('gives the centroid payoffs of stripped-down poker (TESTS.txt: -1/4, 1/4)', () => {
    expect(fmt(behaviorPayoffs(strippedPoker(), [half, half, half]))).toEqual(['-1/4', '1/4']);
  });

  it('gives realization probabilities (TESTS.txt: King 1/2, King-Bet 1/4, King-Bet-Call 1/8)', () => {
    const reach = reachProbabilities(strippedPoker(), [half, half, half]);
    expect(fmt([reach[1], reach[2], reach[3]].map((r) => r ?? rat(-1)))).toEqual(['1/2', '1/4', '1/8']);
  });

  it('rejects a profile of the wrong shape, naming the function', () => {
    expect(() => behaviorPayoffs(strippedPoker(), [half])).toThrow(InvalidArgumentError);
    expect(() => behaviorPayoffs(strippedPoker(), [half])).toThrow(/behaviorPayoffs\(\)/);
  });
});

describe('mixedPayoffs', () => {
  it('computes matching pennies at the centroid', () => {
    const game = bimatrixGame(
      [
        [1, -1],
        [-1, 1],
      ],
      [
        [-1, 1],
        [1, -1],
      ],
    );
    expect(fmt(mixedPayoffs(game, [half, half]))).toEqual(['0', '0']);
    expect(fmt(expectedPayoffs(game, [[rat(1), rat(0)], half]))).toEqual(['0', '0']);
    expect(
      fmt(
        mixedPayoffs(game, [
          [rat(1), rat(0)],
          [rat(1, 3), rat(2, 3)],
        ]),
      ),
    ).toEqual(['-1/3', '1/3']);
  });
});
