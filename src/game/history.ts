/**
 * A player's own history at a node: the player's information sets met on the path from the root and the
 * actions taken there. Perfect recall, reduced strategies and the derived forms are all defined through it
 * (Kuhn 1953, "Extensive games and the problem of information", Definition of perfect recall;
 * von Stengel 1996, "Efficient computation of behavior strategies", Section 3, sequences).
 * @remarks Since 0.1.0
 */
import type { InfosetId, NodeId, PlayerId } from './ids.js';
import type { ExtensiveGame } from './types.js';

/** One own move on a path: the node where the player moved, its information set and the action taken. */
export type OwnMove = {
  readonly node: NodeId;
  readonly infoset: InfosetId;
  readonly action: number;
};

/**
 * The moves of `player` on the path from the root to `node` (root first), excluding `node` itself.
 * @param game - the tree
 * @param node - where the history ends
 * @param player - whose moves to collect
 * @returns the player's own moves, in play order
 * @remarks Since 0.1.0
 */
export function ownHistory<V>(game: ExtensiveGame<V>, node: NodeId, player: PlayerId): OwnMove[] {
  const out: OwnMove[] = [];
  let child = game.nodes[node];
  while (child !== undefined && child.parent !== null) {
    const parent = game.nodes[child.parent];
    if (parent === undefined) break;
    if (parent.type === 'personal' && parent.player === player) {
      out.push({ node: parent.id, infoset: parent.infoset as InfosetId, action: child.parentAction });
    }
    child = parent;
  }
  return out.reverse();
}

/**
 * End of each node's subtree in preorder: the subtree of `x` is the id range `[x, end[x])`.
 * @remarks Since 0.1.0
 */
export function subtreeEnds<V>(game: ExtensiveGame<V>): number[] {
  const end = game.nodes.map((n) => n.id + 1);
  for (let i = game.nodes.length - 1; i >= 0; i--) {
    const n = game.nodes[i];
    if (n === undefined || n.parent === null) continue;
    if ((end[n.parent] as number) < (end[i] as number)) end[n.parent] = end[i] as number;
  }
  return end;
}
