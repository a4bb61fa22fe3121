import { describe, expect, it } from 'vitest';
import { GameStructureError, accumulatedPayoffs, buildTree, chance, decision, terminal } from '../../src/game/index.js';
import { formatRational } from '../../src/numeric/index.js';

describe('buildTree', () => {
  it('builds an entry game with information sets in Gambit order', () => {
    // Arrange / Act
    const game = buildTree({
      players: ['Entrant', 'Incumbent'],
      root: decision('Entrant', [
        ['Out', terminal([0, 2])],
        [
          'In',
          decision('Incumbent', [
            ['Fight', terminal([-1, -1])],
            ['Accommodate', terminal(['1/2', 1])],
          ]),
        ],
      ]),
    });
    // Assert
    expect(game.nodes).toHaveLength(5);
    expect(game.infosets.map((i) => i.player)).toEqual([0, 1]);
    expect(game.playerInfosets).toEqual([[0], [1]]);
    const acc = accumulatedPayoffs(game);
    expect(acc[4]?.map(formatRational)).toEqual(['1/2', '1']);
  });

  it('groups nodes naming the same information set', () => {
    const s = (x: number) =>
      decision(
        'S',
        [
          ['Form', terminal([x, 0])],
          ['Sub', terminal([0, x])],
        ],
        { infoset: 'S' },
      );
    const game = buildTree({
      players: ['K', 'S'],
      root: decision('K', [
        ['Nom', s(1)],
        ['Sub', s(2)],
      ]),
    });
    expect(game.infosets).toHaveLength(2);
    expect(game.infosets[1]?.members).toEqual([1, 4]);
  });

  it('rejects probabilities that do not sum to 1, naming the node', () => {
    const bad = () =>
      buildTree({
        players: ['A'],
        root: chance([
          ['H', '1/3', terminal([1])],
          ['T', '1/3', terminal([0])],
        ]),
      });
    expect(bad).toThrow(GameStructureError);
    expect(bad).toThrow(/2\/3/);
  });

  it('rejects an information set used with different actions', () => {
    const bad = () =>
      buildTree({
        players: ['A', 'B'],
        root: decision('A', [
          ['x', decision('B', [['l', terminal([0, 0])]], { infoset: 'b' })],
          ['y', decision('B', [['r', terminal([0, 0])]], { infoset: 'b' })],
        ]),
      });
    expect(bad).toThrow(/different actions/);
  });
});
