import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, bimatrixGame, strategicGame } from '../../src/game/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';
import {
  checkNash,
  checkNashPure,
  isNash,
  isNashPure,
  maxStrategyRegret,
  pureProfileToMixed,
  strategyRegrets,
} from '../../src/verify/index.js';

const r = (...xs: (string | number)[]) => xs.map((x) => rat(x));

// Matching pennies (von Neumann and Morgenstern 1944): unique equilibrium (1/2, 1/2) for both, value 0.
const pennies = bimatrixGame(
  [
    [1, -1],
    [-1, 1],
  ],
  [
    [-1, 1],
    [1, -1],
  ],
);

// Prisoner's dilemma (Tucker 1950; payoffs of Axelrod 1984): C/D, (D, D) is the unique equilibrium.
const pd = bimatrixGame(
  [
    [3, 0],
    [5, 1],
  ],
  [
    [3, 5],
    [0, 1],
  ],
);

describe('strategyRegrets', () => {
  it('gives zero regret at the mixed equilibrium of matching pennies', () => {
    // Act
    const regrets = strategyRegrets(pennies, [r('1/2', '1/2'), r('1/2', '1/2')]);
    // Assert
    expect(regrets.map((x) => formatRational(x.payoff))).toEqual(['0', '0']);
    expect(regrets.map((x) => formatRational(x.regret))).toEqual(['0', '0']);
    expect(isNash(pennies, [r('1/2', '1/2'), r('1/2', '1/2')])).toBe(true);
  });

  it('gives the exact regrets of a pure profile of matching pennies', () => {
    // (H, H): player 1 wins 1 and cannot do better; player 2 loses 1 and gains 2 by switching to T.
    const regrets = strategyRegrets(pennies, pureProfileToMixed(pennies, [0, 0]));
    expect(regrets.map((x) => formatRational(x.regret))).toEqual(['0', '2']);
    expect(regrets[1]?.bestStrategy).toBe(1);
    expect(regrets[1]?.strategyPayoffs.map(formatRational)).toEqual(['-1', '1']);
    expect(formatRational(maxStrategyRegret(pennies, pureProfileToMixed(pennies, [0, 0])))).toBe('2');
    for (const pure of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]) {
      expect(isNashPure(pennies, pure)).toBe(false);
    }
  });

  it('regrets of a non-equilibrium mixed profile', () => {
    // Player 1 plays H with 3/4: player 2's T earns 3/4 - 1/4 = 1/2, H earns -1/2; at (1/2,1/2) player 2 gets 0.
    const regrets = strategyRegrets(pennies, [r('3/4', '1/4'), r('1/2', '1/2')]);
    expect(regrets.map((x) => formatRational(x.regret))).toEqual(['0', '1/2']);
  });

  it('finds (D, D) as the only pure equilibrium of the prisoner’s dilemma, with witnesses elsewhere', () => {
    expect(isNashPure(pd, [1, 1])).toBe(true);
    const cc = checkNashPure(pd, [0, 0]);
    expect(cc.ok).toBe(false);
    if (!cc.ok) {
      // both gain 5 - 3 = 2; the first player is reported on ties
      expect(cc.witness.player).toBe(0);
      expect(cc.witness.strategy).toBe(1);
      expect(formatRational(cc.witness.gain)).toBe('2');
    }
    const cd = checkNash(pd, pureProfileToMixed(pd, [0, 1]));
    expect(cd.ok).toBe(false);
    if (!cd.ok) expect(formatRational(cd.witness.gain)).toBe('1');
  });

  it('handles three players', () => {
    // A 2x2x2 coordination game: everyone gets 1 if all choose the same strategy, else 0.
    const g = strategicGame({
      players: ['1', '2', '3'],
      strategies: [2, 2, 2],
      payoffs: ([a, b, c]) => (a === b && b === c ? [1, 1, 1] : [0, 0, 0]),
    });
    expect(isNashPure(g, [0, 0, 0])).toBe(true);
    expect(isNashPure(g, [1, 1, 1])).toBe(true);
    // (0, 0, 1): nobody can reach unanimity alone except player 3.
    const v = checkNashPure(g, [0, 0, 1]);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.witness.player).toBe(2);
    // all mixing 1/2: each strategy earns 1/4, so regret 0 (a mixed equilibrium)
    expect(isNash(g, [r('1/2', '1/2'), r('1/2', '1/2'), r('1/2', '1/2')])).toBe(true);
  });

  it('scales regrets by a under the payoff transform a·u + b', () => {
    const t = bimatrixGame(
      [
        [rat(3).mul(3).add(7), rat(0).mul(3).add(7)],
        [rat(5).mul(3).add(7), rat(1).mul(3).add(7)],
      ],
      [
        [rat(3).mul(3).add(-2), rat(5).mul(3).add(-2)],
        [rat(0).mul(3).add(-2), rat(1).mul(3).add(-2)],
      ],
    );
    const profile = [r('1/3', '2/3'), r('1/5', '4/5')];
    const before = strategyRegrets(pd, profile);
    const after = strategyRegrets(t, profile);
    before.forEach((x, p) => expect(after[p]?.regret.equals(x.regret.mul(3))).toBe(true));
  });
});

describe('profile validation', () => {
  it('rejects wrong lengths, negative entries and sums other than 1, naming the problem', () => {
    expect(() => strategyRegrets(pennies, [r('1/2', '1/2')])).toThrow(InvalidArgumentError);
    expect(() => strategyRegrets(pennies, [r('1/2', '1/2'), r(1)])).toThrow(/profile\[1\].*2 probabilities; got 1/);
    expect(() => strategyRegrets(pennies, [r('3/2', '-1/2'), r(1, 0)])).toThrow(/negative: -1\/2/);
    expect(() => strategyRegrets(pennies, [r('1/2', '1/3'), r(1, 0)])).toThrow(/sums to 5\/6, not exactly 1/);
    expect(() => strategyRegrets(pennies, [[0.5, 0.5] as never, r(1, 0)])).toThrow(/exact rational/);
    expect(() => isNashPure(pennies, [0, 2])).toThrow(/pure\[1\] must be an integer in 0..1; got 2/);
  });
});
