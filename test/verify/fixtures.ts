/** Hand-built games with known answers, shared by the checker's tests (sources cited at each game). */
import { type ExtensiveGame, buildTree, chance, decision, terminal } from '../../src/game/index.js';
import { type Rational, rat } from '../../src/numeric/index.js';

/** Exact rationals from numbers or text. */
export const r = (...xs: (string | number)[]): Rational[] => xs.map((x) => rat(x));

/**
 * Entry deterrence (Selten 1978, the chain-store stage game). Nodes: 0 Entrant, 1 Out, 2 Incumbent,
 * 3 Fight, 4 Accommodate. (Out, Fight) is Nash but not subgame perfect.
 */
export const entry: ExtensiveGame = buildTree({
  players: ['Entrant', 'Incumbent'],
  root: decision('Entrant', [
    ['Out', terminal([0, 2])],
    [
      'In',
      decision('Incumbent', [
        ['Fight', terminal([-1, -1])],
        ['Accommodate', terminal([1, 1])],
      ]),
    ],
  ]),
});

/**
 * Selten's horse (Selten 1975, Fig. 1): player 1 C or D; after C player 2 c or d; player 3, not knowing
 * whether d or D was played, L or R. Payoffs: D-L (3,3,2), D-R (0,0,0), C-c (1,1,1), C-d-L (4,4,0),
 * C-d-R (0,0,1). Player 3's information set has members [after C-d, after D].
 */
export const horse: ExtensiveGame = buildTree({
  players: ['1', '2', '3'],
  root: decision('1', [
    [
      'C',
      decision('2', [
        ['c', terminal([1, 1, 1])],
        [
          'd',
          decision(
            '3',
            [
              ['L', terminal([4, 4, 0])],
              ['R', terminal([0, 0, 1])],
            ],
            { infoset: '3' },
          ),
        ],
      ]),
    ],
    [
      'D',
      decision(
        '3',
        [
          ['L', terminal([3, 3, 2])],
          ['R', terminal([0, 0, 0])],
        ],
        { infoset: '3' },
      ),
    ],
  ]),
});

const betNode = (h: boolean) =>
  decision(
    'A',
    [
      [
        'Bet',
        decision(
          'B',
          [
            ['Accept', terminal(h ? [1, -1] : [-1, 1])],
            ['Reject', terminal([0, 0])],
          ],
          { infoset: 'B' },
        ),
      ],
      ['Pass', terminal([0, 0])],
    ],
    { infoset: 'A' },
  );

/**
 * Speculative betting with non-common priors (Morris 1994, "Trade with heterogeneous prior beliefs"): a fair
 * coin by the modeller's probabilities, but A believes H with 3/4 and B believes H with 1/4. A bets on H;
 * B, not observing the coin, accepts or rejects. Each expects +1/2 from an accepted bet.
 * Information sets: 0 = A (members [H, T]), 1 = B (members [H-Bet, T-Bet]).
 */
export const betting: ExtensiveGame = buildTree({
  players: ['A', 'B'],
  root: chance(
    [
      ['H', '1/2', betNode(true)],
      ['T', '1/2', betNode(false)],
    ],
    { beliefs: { A: ['3/4', '1/4'], B: ['1/4', '3/4'] } },
  ),
});
