import { describe, expect, it } from 'vitest';
import {
  decideAt,
  infosetKey,
  offerScreeningGame,
  signallingGame,
  simultaneous,
  typesByChance,
} from '../../src/game/bayesian.js';
import { buildTree, terminal } from '../../src/game/builder.js';
import { InvalidArgumentError } from '../../src/game/errors.js';
import { hasPerfectRecall } from '../../src/game/perfect-recall.js';
import { chanceOutcomes } from '../../src/game/queries.js';
import type { NodeId, PlayerId } from '../../src/game/ids.js';

const f = (xs: readonly { toFraction(): string }[]) => xs.map((x) => x.toFraction());

describe('typesByChance', () => {
  it('draws types with common probabilities and optional non-common priors', () => {
    // Arrange / Act
    const game = buildTree({
      players: ['A', 'B'],
      root: typesByChance({
        player: 'A',
        types: [
          ['strong', '1/3', terminal([1, 0])],
          ['weak', '2/3', terminal([0, 1])],
        ],
        beliefs: { B: ['1/2', '1/2'] },
      }),
    });
    // Assert
    expect(game.nodes[0]?.label).toBe('type of A');
    expect(f(chanceOutcomes(game, 0 as NodeId))).toEqual(['1/3', '2/3']);
    expect(f(chanceOutcomes(game, 0 as NodeId, 0 as PlayerId))).toEqual(['1/3', '2/3']);
    expect(f(chanceOutcomes(game, 0 as NodeId, 1 as PlayerId))).toEqual(['1/2', '1/2']);
  });

  it('refuses a type without a subtree', () => {
    expect(() => typesByChance({ player: 'A', types: [['t', 1]] })).toThrow(InvalidArgumentError);
  });
});

describe('type-dependent information sets', () => {
  it('keys a decision by the mover’s type and the public history', () => {
    expect(infosetKey([])).toBe('root');
    expect(infosetKey(['2', 'reject'], 'H')).toBe('H | 2, reject');
    const game = buildTree({
      players: ['A', 'B'],
      root: typesByChance({
        player: 'A',
        types: [
          ['x', '1/2'],
          ['y', '1/2'],
        ],
        subtree: (t) =>
          decideAt('A', { history: [], type: t }, [
            ['m', decideAt('B', { history: ['m'] }, [['r', terminal([1, 1])]])],
            ['n', terminal([0, 0])],
          ]),
      }),
    });
    // A has one set per type; B one set (it sees the message only) with both types as members.
    expect(game.playerInfosets[0]).toHaveLength(2);
    expect(game.playerInfosets[1]).toHaveLength(1);
    expect(game.infosets[2]?.members).toHaveLength(2);
    expect(hasPerfectRecall(game)).toBe(true);
  });
});

describe('simultaneous', () => {
  it('puts later movers of a stage in one information set per history', () => {
    // Arrange / Act: T's choice is observed; then K and S move simultaneously.
    const game = buildTree({
      players: ['T', 'K', 'S'],
      root: decideAt(
        'T',
        { history: [] },
        ['C', 'F'].map((m) => [
          m,
          simultaneous(
            [
              { player: 'K', actions: ['Nom', 'Sub'] },
              { player: 'S', actions: ['Form', 'Sub'] },
            ],
            [m],
            ([k, s]) => terminal([0, k === 'Sub' ? 1 : 0, s === 'Sub' ? 1 : 0]),
          ),
        ]),
      ),
    });
    // Assert: K has one set after each T move; S one set (two members) after each T move.
    expect(game.playerInfosets.map((l) => l.length)).toEqual([1, 2, 2]);
    const sSets = (game.playerInfosets[2] ?? []).map((i) => game.infosets[i]);
    expect(sSets.map((i) => i?.members.length)).toEqual([2, 2]);
    expect(sSets.map((i) => i?.label)).toEqual(['C', 'F']);
    expect(hasPerfectRecall(game)).toBe(true);
  });
});

describe('signallingGame', () => {
  it('builds sender types, messages and a receiver who sees only the message', () => {
    // Arrange / Act: beer–quiche (Cho & Kreps 1987), prior strong 9/10.
    const game = signallingGame({
      players: ['sender', 'receiver'],
      types: [
        ['weak', '1/10'],
        ['strong', '9/10'],
      ],
      messages: ['beer', 'quiche'],
      responses: ['duel', 'yield'],
      payoffs: (t, m, r) => {
        const likes = (t === 'strong') === (m === 'beer') ? 1 : 0;
        const win = r === 'yield' ? 2 : 0;
        const receiver = r === 'duel' ? (t === 'weak' ? 1 : 0) : t === 'weak' ? 0 : 1;
        return [likes + win, receiver];
      },
    });
    // Assert
    expect(game.playerInfosets[0]).toHaveLength(2);
    expect(game.playerInfosets[1]).toHaveLength(2);
    expect(game.infosets.filter((i) => i.player === 1).map((i) => i.members.length)).toEqual([2, 2]);
    expect(hasPerfectRecall(game)).toBe(true);
  });
});

describe('offerScreeningGame', () => {
  it('gives the proposer one set per public history and the responder one per type and history', () => {
    const game = offerScreeningGame({
      players: ['seller', 'buyer'],
      types: [
        ['H', '1/2'],
        ['L', '1/2'],
      ],
      rounds: 2,
      offers: () => [1, 2],
      accept: (t, round, p) => [p, (t === 'H' ? 2 : 1) - Number(p.valueOf()) * (round === 1 ? 1 : 1)],
      disagree: () => [0, 0],
    });
    // seller: root + 2 histories after a rejection; buyer: 2 types × (2 + 4) histories.
    expect(game.playerInfosets[0]).toHaveLength(3);
    expect(game.playerInfosets[1]).toHaveLength(12);
    expect(game.infosets[0]?.members).toHaveLength(2);
    expect(game.infosets.find((i) => i.label === 'H | 2, reject, 1')?.actions).toEqual(['accept', 'reject']);
    expect(hasPerfectRecall(game)).toBe(true);
  });

  it('refuses a non-positive number of rounds', () => {
    const bad = () =>
      offerScreeningGame({
        players: ['a', 'b'],
        types: [['t', 1]],
        rounds: 0,
        offers: () => [1],
        accept: () => [0, 0],
        disagree: () => [0, 0],
      });
    expect(bad).toThrow(/rounds must be a positive integer; got 0/);
  });
});
