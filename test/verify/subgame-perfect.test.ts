import { describe, expect, it } from 'vitest';
import { buildTree, chance, decision, terminal } from '../../src/game/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';
import {
  checkSubgamePerfect,
  isNashPure,
  isSubgamePerfect,
  isSubgamePerfectPure,
  pureBehaviorToProfile,
  subgameRegrets,
  subgameRootsOf,
} from '../../src/verify/index.js';
import { entry, horse } from './fixtures.js';

describe('subgameRootsOf', () => {
  it('finds the root and the incumbent’s node in the entry game', () => {
    expect(subgameRootsOf(entry)).toEqual([0, 2]);
  });

  it('does not split personal or chance information sets', () => {
    // After In, a simultaneous-move stage: Incumbent then Entrant (not observing). Entrant's information
    // set spans nodes 4 and 7, so only node 2 (and the root) root subgames.
    const stage = buildTree({
      players: ['E', 'I'],
      root: decision('E', [
        ['Out', terminal([0, 2])],
        [
          'In',
          decision('I', [
            [
              'F',
              decision(
                'E',
                [
                  ['f', terminal([-1, -1])],
                  ['a', terminal([-2, 0])],
                ],
                { infoset: 'e2' },
              ),
            ],
            [
              'A',
              decision(
                'E',
                [
                  ['f', terminal([0, -2])],
                  ['a', terminal([1, 1])],
                ],
                { infoset: 'e2' },
              ),
            ],
          ]),
        ],
      ]),
    });
    expect(subgameRootsOf(stage)).toEqual([0, 2]);
    // Two chance nodes in one chance information set: neither roots a subgame.
    const c = (x: number) =>
      chance(
        [
          ['u', '1/2', terminal([x])],
          ['d', '1/2', terminal([0])],
        ],
        { infoset: 'c' },
      );
    const g = buildTree({
      players: ['A'],
      root: decision('A', [
        ['L', c(1)],
        ['R', c(2)],
      ]),
    });
    expect(subgameRootsOf(g)).toEqual([0]);
  });
});

describe('checkSubgamePerfect', () => {
  it('(Out, Fight) is Nash but not subgame perfect; the witness names the subgame and the deviation', () => {
    expect(isNashPure(entry, [0, 0])).toBe(true);
    const v = checkSubgamePerfect(entry, pureBehaviorToProfile(entry, [0, 0]));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.witness.subgameRoot).toBe(2);
      expect(v.witness.player).toBe(1);
      expect(v.witness.deviation).toEqual([{ infoset: 1, action: 1 }]);
      expect(formatRational(v.witness.gain)).toBe('2');
    }
  });

  it('(In, Accommodate) is subgame perfect', () => {
    expect(isSubgamePerfectPure(entry, [1, 1])).toBe(true);
    const all = subgameRegrets(entry, pureBehaviorToProfile(entry, [1, 1]));
    expect(all.map((s) => s.root)).toEqual([0, 2]);
    for (const s of all) for (const x of s.regrets) expect(x.regret.n).toBe(0n);
  });

  it('a mixed profile: subgame perfection needs the continuation to be a best reply', () => {
    // Entrant stays out (indifferent: In also earns 0); the incumbent's 1/2-1/2 mix after entry earns 0
    // instead of 1: Nash in the whole game, but not in the subgame at node 2 (gain 1).
    const profile = [
      [rat(1), rat(0)],
      [rat('1/2'), rat('1/2')],
    ];
    expect(checkSubgamePerfect(entry, profile).ok).toBe(false);
    expect(subgameRegrets(entry, profile)[0]?.regrets.every((x) => x.regret.n === 0n)).toBe(true);
    const v = checkSubgamePerfect(entry, profile);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.witness.subgameRoot).toBe(2);
      expect(formatRational(v.witness.gain)).toBe('1');
    }
  });

  it('Selten’s horse (Selten 1975, Fig. 1): the equilibrium (C, c, R) is subgame perfect (no proper subgames)', () => {
    expect(subgameRootsOf(horse)).toEqual([0]);
    expect(isSubgamePerfectPure(horse, [0, 0, 1])).toBe(true);
    // (D, c, L) is Nash too, hence subgame perfect here (Selten's point: only (C, c, R) is perfect).
    expect(isSubgamePerfectPure(horse, [1, 0, 0])).toBe(true);
    expect(isSubgamePerfect(horse, pureBehaviorToProfile(horse, [0, 1, 0]))).toBe(false);
  });
});
