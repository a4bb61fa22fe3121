import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  UnsupportedGameError,
  buildTree,
  chance,
  decision,
  terminal,
} from '../../src/game/index.js';
import { type Rational, formatRational, rat } from '../../src/numeric/index.js';
import {
  behaviorPayoffs,
  checkAgentNash,
  checkNash,
  checkNashPure,
  infosetRegrets,
  isAgentNash,
  isNash,
  isNashPure,
  maxRegret,
  playerRegrets,
  pureBehaviorToProfile,
} from '../../src/verify/index.js';
import { betting, entry, r } from './fixtures.js';

const f = (xs: readonly Rational[]) => xs.map(formatRational);

// A one-player decision under uncertainty: chance picks L (1/3) or R (2/3); A does not observe it.
// a pays 3 in L and 0 in R (expected 1); b pays 0 in L and 1 in R (expected 2/3).
const guess = buildTree({
  players: ['A'],
  root: chance([
    [
      'L',
      '1/3',
      decision(
        'A',
        [
          ['a', terminal([3])],
          ['b', terminal([0])],
        ],
        { infoset: 'A' },
      ),
    ],
    [
      'R',
      '2/3',
      decision(
        'A',
        [
          ['a', terminal([0])],
          ['b', terminal([1])],
        ],
        { infoset: 'A' },
      ),
    ],
  ]),
});

describe('behaviorPayoffs and playerRegrets', () => {
  it('entry game: (Out, Fight) and (In, Accommodate) are Nash, (In, Fight) is not', () => {
    expect(f(behaviorPayoffs(entry, pureBehaviorToProfile(entry, [0, 0])))).toEqual(['0', '2']);
    expect(isNashPure(entry, [0, 0])).toBe(true);
    expect(isNashPure(entry, [1, 1])).toBe(true);
    const v = checkNashPure(entry, [1, 0]);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      // Incumbent: Fight gives -1, Accommodate 1 (gain 2); Entrant: Out 0 vs In -1 (gain 1).
      expect(v.witness.player).toBe(1);
      expect(v.witness.deviation).toEqual([{ infoset: 1, action: 1 }]);
      expect(formatRational(v.witness.gain)).toBe('2');
    }
  });

  it('a chance game: the expected payoffs and the regret of a mixed choice', () => {
    const profile = [r('1/2', '1/2')];
    expect(f(behaviorPayoffs(guess, profile))).toEqual(['5/6']);
    const [reg] = playerRegrets(guess, profile);
    expect(formatRational(reg?.bestPayoff ?? rat(0))).toBe('1');
    expect(formatRational(reg?.regret ?? rat(0))).toBe('1/6');
    expect(reg?.bestResponse).toEqual([{ infoset: 0, action: 0 }]);
    expect(formatRational(maxRegret(guess, profile))).toBe('1/6');
    expect(isNashPure(guess, [0])).toBe(true);
    expect(isNashPure(guess, [1])).toBe(false);
  });

  it('non-common priors: each player evaluates chance with its own beliefs', () => {
    // Under the common 1/2-1/2 an accepted bet is worth 0 to both; under their own priors, 1/2 each.
    const betAccept = pureBehaviorToProfile(betting, [0, 0]);
    expect(f(behaviorPayoffs(betting, betAccept))).toEqual(['1/2', '1/2']);
    expect(isNash(betting, betAccept)).toBe(true);
    const betReject = checkNashPure(betting, [0, 1]);
    expect(betReject.ok).toBe(false);
    if (!betReject.ok) {
      expect(betReject.witness.player).toBe(1);
      expect(betReject.witness.deviation).toEqual([{ infoset: 1, action: 0 }]);
      expect(formatRational(betReject.witness.gain)).toBe('1/2');
    }
    // Pass/Reject is also Nash: B's information set is never reached.
    expect(isNashPure(betting, [1, 1])).toBe(true);
  });

  it('imperfect recall: falls back to enumeration, and refuses beyond the budget', () => {
    // A forgets its first move (Piccione and Rubinstein 1997's forgetful driver without absent-mindedness):
    // it wants its second move to match the first.
    const second = (match: 'l' | 'r') =>
      decision(
        'A',
        [
          ['l', terminal([match === 'l' ? 1 : 0])],
          ['r', terminal([match === 'r' ? 1 : 0])],
        ],
        { infoset: 'forget' },
      );
    const g = buildTree({
      players: ['A'],
      root: decision('A', [
        ['L', second('l')],
        ['R', second('r')],
      ]),
    });
    const profile = [r('1/2', '1/2'), r('1/2', '1/2')];
    const [reg] = playerRegrets(g, profile);
    expect(formatRational(reg?.payoff ?? rat(0))).toBe('1/2');
    expect(formatRational(reg?.regret ?? rat(0))).toBe('1/2');
    expect(reg?.bestResponse).toEqual([
      { infoset: 0, action: 0 },
      { infoset: 1, action: 0 },
    ]);
    expect(() => playerRegrets(g, profile, { maxPureStrategies: 3 })).toThrow(UnsupportedGameError);
    expect(() => playerRegrets(g, profile, { maxPureStrategies: 3 })).toThrow(/perfect recall.*4 pure behaviours/);
  });

  it('refuses an absent-minded player', () => {
    const g = buildTree({
      players: ['Driver'],
      root: decision(
        'Driver',
        [
          ['Exit', terminal([0])],
          [
            'Continue',
            decision(
              'Driver',
              [
                ['Exit', terminal([4])],
                ['Continue', terminal([1])],
              ],
              { infoset: 'x' },
            ),
          ],
        ],
        { infoset: 'x' },
      ),
    });
    const profile = [r('1/2', '1/2')];
    expect(() => playerRegrets(g, profile)).toThrow(/absent-minded/);
    expect(() => infosetRegrets(g, profile)).toThrow(UnsupportedGameError);
  });

  it('rejects invalid behaviour profiles, naming the information set', () => {
    expect(() => behaviorPayoffs(entry, [r(1, 0)])).toThrow(InvalidArgumentError);
    expect(() => behaviorPayoffs(entry, [r(1, 0), r('1/2', '1/3')])).toThrow(/profile\[1\].*sums to 5\/6/);
    expect(() => isNashPure(entry, [0, 5])).toThrow(/pure\[1\]/);
  });
});

describe('infosetRegrets (agent form)', () => {
  it('weights by realization probability and conditions where reached', () => {
    // B exits with 1/2 (0, 0) or passes to A, who earns 1 from a and 0 from b; A plays b.
    const g = buildTree({
      players: ['A', 'B'],
      root: decision('B', [
        ['X', terminal([0, 0])],
        [
          'Y',
          decision('A', [
            ['a', terminal([1, 1])],
            ['b', terminal([0, 0])],
          ]),
        ],
      ]),
    });
    const profile = [r(0, 1), r('1/2', '1/2')]; // infosets: A's first (player order), then B's
    const regrets = infosetRegrets(g, profile);
    const a = regrets[0];
    expect(formatRational(a?.reach ?? rat(0))).toBe('1/2');
    expect(f(a?.actionValues ?? [])).toEqual(['1/2', '0']);
    expect(formatRational(a?.regret ?? rat(0))).toBe('1/2');
    expect(formatRational(a?.conditional?.regret ?? rat(0))).toBe('1');
    expect(a?.bestAction).toBe(0);
    const v = checkAgentNash(g, profile);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.witness).toMatchObject({ player: 0, infoset: 0, deviation: [{ infoset: 0, action: 0 }] });
  });

  it('an unreached information set has zero weighted regret and no conditional one', () => {
    const regrets = infosetRegrets(entry, pureBehaviorToProfile(entry, [0, 0]));
    expect(formatRational(regrets[1]?.reach ?? rat(1))).toBe('0');
    expect(formatRational(regrets[1]?.regret ?? rat(1))).toBe('0');
    expect(regrets[1]?.conditional).toBeNull();
    expect(isAgentNash(entry, pureBehaviorToProfile(entry, [0, 0]))).toBe(true);
  });

  it('agrees with the Nash check in the chance game', () => {
    expect(checkNash(guess, [r('1/2', '1/2')]).ok).toBe(false);
    expect(formatRational(infosetRegrets(guess, [r('1/2', '1/2')])[0]?.regret ?? rat(0))).toBe('1/6');
  });
});
