/**
 * Roots of subgames, computed independently of `src/game/`'s derived forms. A non-terminal node x roots a
 * subgame iff every information set (personal or chance) that has a member in x's subtree has all its
 * members there (Selten 1965; Osborne and Rubinstein 1994, Def. 201.1 for the perfect-information case).
 * Because nodes are in preorder, x's subtree is the id range [x, end(x)); x qualifies iff the smallest and
 * largest member id over the information sets met in that range both lie in the range.
 * @remarks Since 0.1.0
 */
import type { ChanceInfosetId, InfosetId, NodeId } from '../game/ids.js';
import type { ExtensiveGame, TreeNode } from '../game/types.js';
import { subtreeEnds } from './tree-values.js';

/**
 * The non-terminal nodes that root a subgame, in preorder (the root always does).
 * @remarks Since 0.1.0
 */
export function subgameRootsOf(game: ExtensiveGame): NodeId[] {
  const span = (node: TreeNode): readonly [number, number] => {
    const members =
      node.type === 'personal'
        ? (game.infosets[node.infoset as InfosetId]?.members ?? [])
        : (game.chanceInfosets[node.infoset as ChanceInfosetId]?.members ?? []);
    return [Math.min(...members), Math.max(...members)];
  };
  const ends = subtreeEnds(game);
  const lo = new Array<number>(game.nodes.length);
  const hi = new Array<number>(game.nodes.length);
  for (let x = game.nodes.length - 1; x >= 0; x--) {
    const node = game.nodes[x] as TreeNode;
    let [l, h] = node.type === 'terminal' ? [x, x] : span(node);
    for (const c of node.children) {
      l = Math.min(l, lo[c] as number);
      h = Math.max(h, hi[c] as number);
    }
    lo[x] = l;
    hi[x] = h;
  }
  const out: NodeId[] = [];
  for (const node of game.nodes) {
    const x = node.id;
    if (node.type !== 'terminal' && (lo[x] as number) >= x && (hi[x] as number) < (ends[x] as number)) out.push(x);
  }
  return out;
}
