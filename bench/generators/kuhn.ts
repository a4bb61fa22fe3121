/**
 * Kuhn-style poker with `cards` cards (Kuhn 1950, "A simplified two-person poker", Contributions to the
 * Theory of Games I, with three cards): chance deals two distinct cards uniformly (an ordered pair, each with
 * probability 1/(N(N−1))); both ante 1; player 1 checks or bets 1; after a check player 2 checks (showdown
 * for 1) or bets 1, and player 1 then folds (−1) or calls (showdown for 2); after a bet player 2 folds (+1 to
 * player 1) or calls (showdown for 2). The higher card wins the showdown. Zero-sum.
 *
 * Sizes: N(N−1) deals × 9 nodes + the root (3 cards: 55 nodes, as OpenSpiel's "6 deals × 9 betting
 * sequences = 54" plus the root); each player has 2N information sets and 4N + 1 sequences.
 * @remarks Since 0.1.0
 */
import { buildTree, chance, decision, type NodeSpec, terminal } from '../../src/game/builder.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { rat } from '../../src/numeric/rational.js';

/** Exact sizes of the N-card game. @remarks Since 0.1.0 */
export function kuhnSizes(cards: number): { nodes: number; infosets: number; sequences: [number, number] } {
  return { nodes: 1 + 9 * cards * (cards - 1), infosets: 4 * cards, sequences: [4 * cards + 1, 4 * cards + 1] };
}

/**
 * The N-card Kuhn poker tree (N ≥ 2).
 * @throws RangeError if `cards` is not an integer ≥ 2
 * @remarks Since 0.1.0
 */
export function kuhnPoker(cards: number): ExtensiveGame {
  if (!Number.isInteger(cards) || cards < 2)
    throw new RangeError(`kuhnPoker(): cards must be an integer ≥ 2; got ${cards}`);
  const show = (c1: number, c2: number, stake: number): NodeSpec =>
    terminal(c1 > c2 ? [stake, -stake] : [-stake, stake]);
  const deals: [string, ReturnType<typeof rat>, NodeSpec][] = [];
  const p = rat(1, cards * (cards - 1));
  for (let c1 = 0; c1 < cards; c1++) {
    for (let c2 = 0; c2 < cards; c2++) {
      if (c1 === c2) continue;
      const afterCheck = decision(
        1,
        [
          ['check', show(c1, c2, 1)],
          [
            'bet',
            decision(
              1 - 1,
              [
                ['fold', terminal([-1, 1])],
                ['call', show(c1, c2, 2)],
              ],
              { infoset: `${c1}:check-bet` },
            ),
          ],
        ],
        { infoset: `${c2}:check` },
      );
      const afterBet = decision(
        1,
        [
          ['fold', terminal([1, -1])],
          ['call', show(c1, c2, 2)],
        ],
        { infoset: `${c2}:bet` },
      );
      deals.push([
        `${c1}-${c2}`,
        p,
        decision(
          0,
          [
            ['check', afterCheck],
            ['bet', afterBet],
          ],
          { infoset: `${c1}:open` },
        ),
      ]);
    }
  }
  return buildTree({ title: `Kuhn poker, ${cards} cards`, players: ['1', '2'], root: chance(deals) });
}
