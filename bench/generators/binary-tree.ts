/**
 * Complete binary perfect-information trees for the subgame-perfect benchmark (the shape of the Gambit
 * 16.4 reference: binary depth 12 has 8,191 nodes, depth 14 has 32,767): two players alternate, player 1
 * at the root, every node its own information set; leaves carry random integer payoffs in
 * `[0, range)` for both players (default range 10⁶, so ties — and with them several SPE — are rare),
 * deterministic in the seed (mulberry32).
 * @remarks Since 0.1.0
 */
import { buildTree, decision, type NodeSpec, terminal } from '../../src/game/builder.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { mulberry32 } from '../../src/numeric/random.js';

/** Nodes of the complete binary tree of a depth: 2^(depth+1) − 1. @remarks Since 0.1.0 */
export const binaryTreeNodes = (depth: number): number => 2 ** (depth + 1) - 1;

/**
 * The random binary perfect-information tree of a depth and seed.
 * @throws RangeError if `depth` is not an integer in 1 … 22 or `range` not a positive integer
 * @remarks Since 0.1.0
 */
export function binaryPerfectInfoTree(depth: number, seed: number, range = 1_000_000): ExtensiveGame {
  if (!Number.isInteger(depth) || depth < 1 || depth > 22) {
    throw new RangeError(`binaryPerfectInfoTree(): depth must be an integer in 1 … 22; got ${depth}`);
  }
  if (!Number.isInteger(range) || range < 1) {
    throw new RangeError(`binaryPerfectInfoTree(): range must be a positive integer; got ${range}`);
  }
  const random = mulberry32(seed);
  const draw = (): number => Math.floor(random() * range);
  const walk = (k: number): NodeSpec =>
    k === depth
      ? terminal([draw(), draw()])
      : decision(k % 2, [
          ['L', walk(k + 1)],
          ['R', walk(k + 1)],
        ]);
  return buildTree({
    title: `random binary perfect-information tree, depth ${depth}, seed ${seed}`,
    players: ['1', '2'],
    root: walk(0),
  });
}
