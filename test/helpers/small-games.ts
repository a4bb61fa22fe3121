/** Small hand-built games that several test files use to check refusals. */
import { type ExtensiveGame, buildTree, decision, terminal } from '../../src/game/index.js';

/** A three-player game: out of scope for two-player methods. */
export const threePlayers: ExtensiveGame = buildTree({
  players: ['a', 'b', 'c'],
  root: decision('a', [
    ['x', terminal([1, 2, 3])],
    ['y', terminal([0, 0, 0])],
  ]),
});

/** Player 1 forgets its own first move (both second-stage nodes in one information set): imperfect recall. */
export const forgetfulPlayer: ExtensiveGame = buildTree({
  players: ['1', '2'],
  root: decision('1', [
    [
      'L',
      decision(
        '1',
        [
          ['a', terminal([1, 0])],
          ['b', terminal([0, 1])],
        ],
        { infoset: 'later' },
      ),
    ],
    [
      'R',
      decision(
        '1',
        [
          ['a', terminal([0, 1])],
          ['b', terminal([1, 0])],
        ],
        { infoset: 'later' },
      ),
    ],
  ]),
});
