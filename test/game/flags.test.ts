import { describe, expect, it } from 'vitest';
import { bimatrixGame, buildTree, decision, gameFlags, terminal } from '../../src/game/index.js';
import { seltenFig2, strippedPoker } from './trees.js';

describe('gameFlags', () => {
  it('describes stripped-down poker', () => {
    const f = gameFlags(strippedPoker());
    expect(f).toMatchObject({
      kind: 'extensive',
      players: 2,
      perfectInformation: false,
      chance: true,
      nonCommonPriors: false,
      utility: 'zeroSum',
      perfectRecall: true,
      subgameRoots: [0],
    });
  });

  it('describes Selten Figure 2 as general-sum perfect information', () => {
    const f = gameFlags(seltenFig2());
    expect(f).toMatchObject({ perfectInformation: true, chance: false, utility: 'generalSum', constant: null });
    expect(f.subgameRoots).toEqual([0, 2, 4]);
  });

  it('judges constant sum on accumulated payoffs, not outcome by outcome', () => {
    // Arrange: a nonterminal outcome (3, 0) then terminal outcomes (0, 2) and (2, 0): every play sums to 5
    const game = buildTree({
      players: ['A', 'B'],
      root: decision(
        'A',
        [
          ['x', terminal([0, 2])],
          ['y', terminal([2, 0])],
        ],
        { payoffs: [3, 0] },
      ),
    });
    // Act
    const f = gameFlags(game);
    // Assert
    expect(f.utility).toBe('constantSum');
    expect(f.constant?.toString()).toBe('5');
  });

  it('describes strategic games', () => {
    expect(
      gameFlags(
        bimatrixGame(
          [
            [1, -1],
            [-1, 1],
          ],
          [
            [-1, 1],
            [1, -1],
          ],
        ),
      ),
    ).toMatchObject({
      kind: 'strategic',
      players: 2,
      utility: 'zeroSum',
    });
    expect(gameFlags(bimatrixGame([[1, 0]], [[0, 2]])).utility).toBe('generalSum');
  });
});
