/**
 * Random binary trees where each player does not observe the opponent's latest move: players alternate
 * (player 1 at the root), and the mover at depth k knows every earlier action except the one at depth k − 1,
 * so its information sets pair the nodes that differ only in that last action. Players see their own moves,
 * so recall is perfect. Payoffs are random integers in [−range, range], deterministic in the seed
 * (mulberry32); `zeroSum` makes player 2's payoff the negative of player 1's.
 *
 * Sizes for depth d: 2^(d+1) − 1 nodes, 2^d leaves; the mover at depth k ≥ 1 has 2^(k−1) information sets.
 * @remarks Since 0.1.0
 */
import { buildTree, decision, type NodeSpec, terminal } from '../../src/game/builder.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { mulberry32 } from '../../src/numeric/random.js';

/** Exact sizes of the depth-d tree: nodes and, per player, information sets and sequences. @remarks Since 0.1.0 */
export function hiddenMoveSizes(depth: number): {
  nodes: number;
  infosets: [number, number];
  sequences: [number, number];
} {
  const infosets: [number, number] = [0, 0];
  for (let k = 0; k < depth; k++) {
    if (k % 2 === 0) infosets[0] += k === 0 ? 1 : 2 ** (k - 1);
    else infosets[1] += 2 ** (k - 1);
  }
  return { nodes: 2 ** (depth + 1) - 1, infosets, sequences: [1 + 2 * infosets[0], 1 + 2 * infosets[1]] };
}

/** Options of {@link hiddenMoveTree}. */
export type HiddenMoveOptions = { readonly range?: number; readonly zeroSum?: boolean };

/**
 * The random hidden-last-move tree of the given depth (≥ 1) and seed.
 * @throws RangeError if `depth` is not an integer in 1 … 16
 * @remarks Since 0.1.0
 */
export function hiddenMoveTree(depth: number, seed: number, options: HiddenMoveOptions = {}): ExtensiveGame {
  if (!Number.isInteger(depth) || depth < 1 || depth > 16) {
    throw new RangeError(`hiddenMoveTree(): depth must be an integer in 1 … 16; got ${depth}`);
  }
  const range = options.range ?? 10;
  const random = mulberry32(seed);
  const draw = (): number => Math.floor(random() * (2 * range + 1)) - range;
  const walk = (path: string): NodeSpec => {
    const k = path.length;
    if (k === depth) {
      const u1 = draw();
      return terminal([u1, options.zeroSum === true ? -u1 : draw()]);
    }
    const key = k === 0 ? 'root' : `${path.slice(0, -1)}*`;
    return decision(
      k % 2,
      [
        ['L', walk(`${path}L`)],
        ['R', walk(`${path}R`)],
      ],
      { infoset: key },
    );
  };
  return buildTree({ title: `hidden last move, depth ${depth}, seed ${seed}`, players: ['1', '2'], root: walk('') });
}
