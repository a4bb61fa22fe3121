import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, checkPerfectRecall, decision, hasPerfectRecall, terminal } from '../../src/game/index.js';
import { arbTree } from '../../src/testing/index.js';
import { seltenFig2, strippedPoker } from './trees.js';

describe('checkPerfectRecall', () => {
  it('accepts Selten Figure 2 and stripped-down poker (Gambit test_is_perfect_recall)', () => {
    expect(checkPerfectRecall(seltenFig2())).toEqual({ perfectRecall: true });
    expect(hasPerfectRecall(strippedPoker())).toBe(true);
  });

  it('reports a forgotten own action (Wichardt 2008 shape)', () => {
    // Arrange: player 1 chooses L/R, player 2 moves, then player 1 cannot tell what it chose
    const p1 = (a: number) =>
      decision(
        'A',
        [
          ['l', terminal([a, -a])],
          ['r', terminal([-a, a])],
        ],
        { infoset: 'forget' },
      );
    const p2 = (a: number) =>
      decision(
        'B',
        [
          ['x', p1(a)],
          ['y', p1(-a)],
        ],
        { infoset: 'b' },
      );
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        ['L', p2(1)],
        ['R', p2(2)],
      ]),
    });
    // Act
    const r = checkPerfectRecall(game);
    // Assert
    expect(r.perfectRecall).toBe(false);
    if (r.perfectRecall) return;
    expect(r.kind).toBe('forgot-action');
    expect(r.player).toBe(0);
    expect(game.infosets[r.infoset]?.label).toBe('forget');
    expect(r.reason).toMatch(/forgets its own earlier action/);
    expect(r.nodes[0]).not.toBe(r.nodes[1]);
  });

  it('reports forgotten information', () => {
    // Player 1 sees chance... here: player 1 knows at its first move which of two sets it is in, then forgets.
    const later = decision(
      'A',
      [
        ['u', terminal([1])],
        ['d', terminal([0])],
      ],
      { infoset: 'later' },
    );
    const game = buildTree({
      players: ['A'],
      root: {
        kind: 'chance',
        moves: [
          ['h', '1/2', decision('A', [['go', later]], { infoset: 'h' })],
          ['t', '1/2', decision('A', [['go', later]], { infoset: 't' })],
        ],
        options: {},
      },
    });
    const r = checkPerfectRecall(game);
    expect(r.perfectRecall === false && r.kind).toBe('forgot-information');
    expect(r.perfectRecall === false && r.reason).toMatch(/forgets an earlier information set/);
  });

  it('reports absent-mindedness (two nodes of one set on a path), ancestor first', () => {
    // Gambit tests/not_perfect_recall.efg: one player, one action, the same set twice on the path
    const inner = decision('A', [['1', terminal(null)]], { infoset: 'x' });
    const game = buildTree({ players: ['A'], root: decision('A', [['1', inner]], { infoset: 'x' }) });
    const r = checkPerfectRecall(game);
    expect(r).toMatchObject({ perfectRecall: false, kind: 'absent-minded', nodes: [0, 1] });
  });

  it('accepts every random perfect-recall tree', () => {
    fc.assert(
      fc.property(arbTree({ players: 3, maxDepth: 4, chance: true }), (game) => {
        expect(checkPerfectRecall(game).perfectRecall).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
