/**
 * The game a subgame root sees once its proper subgames are solved: the subtree at `root` with the roots
 * of chosen nested subgames turned into terminal nodes carrying an equilibrium payoff vector of that subgame
 * (Selten 1965; Osborne and Rubinstein 1994, Proposition 99.2 — the "one deviation" decomposition behind
 * solving subgames bottom-up).
 * @remarks Since 0.1.0
 */
import { RATIONAL } from '../../game/arithmetic.js';
import { type RawInfoset, type RawNode, assembleTree } from '../../game/assemble.js';
import { subtreeEnds } from '../../game/history.js';
import type { ChanceInfosetId, InfosetId, NodeId } from '../../game/ids.js';
import type { ExtensiveGame, Infoset, TreeNode } from '../../game/types.js';
import type { Rational } from '../../numeric/rational.js';

/** A truncated subgame and its maps back to the game. */
export type TruncatedSubgame = {
  readonly game: ExtensiveGame;
  /** `nodeMap[truncatedNode]`: the game's node */
  readonly nodeMap: readonly NodeId[];
  /** `infosetMap[truncatedInfoset]`: the game's information set */
  readonly infosetMap: readonly InfosetId[];
};

/**
 * Builds the subtree at `root`, replacing each node of `replaced` (roots of nested subgames) by a terminal
 * node whose outcome is the given payoff vector (which already includes that node's own outcome).
 * @param ends - `subtreeEnds(game)`, passed in when many truncations of one game are built
 * @remarks Since 0.1.0
 */
export function truncatedSubgame(
  game: ExtensiveGame,
  root: NodeId,
  replaced: ReadonlyMap<NodeId, readonly Rational[]>,
  ends: readonly number[] = subtreeEnds(game),
): TruncatedSubgame {
  const infosets = new Map<string, RawInfoset<Rational>>();
  const outcomes: { label: string; payoffs: readonly Rational[] }[] = [];
  const outcomeIndex = new Map<number, number>();
  const outcomeOf = (node: TreeNode): number | null => {
    if (node.outcome === null) return null;
    let i = outcomeIndex.get(node.outcome);
    if (i === undefined) {
      const o = game.outcomes[node.outcome];
      outcomes.push({ label: o?.label ?? '', payoffs: o?.payoffs ?? [] });
      i = outcomes.length - 1;
      outcomeIndex.set(node.outcome, i);
    }
    return i;
  };
  const order: NodeId[] = [];
  // Preorder, skipping the insides of replaced subtrees.
  for (let i = root as number; i < (ends[root] as number); ) {
    order.push(i as NodeId);
    i = replaced.has(i as NodeId) ? (ends[i] as number) : i + 1;
  }
  const raw = new Map<number, RawNode>();
  for (let k = order.length - 1; k >= 0; k--) {
    const id = order[k] as NodeId;
    const node = game.nodes[id] as TreeNode;
    const value = replaced.get(id);
    if (value !== undefined) {
      outcomes.push({ label: '', payoffs: value });
      raw.set(id, { type: 'terminal', label: node.label, outcome: outcomes.length - 1, children: [] });
      continue;
    }
    let key: string | undefined;
    if (node.type === 'personal') {
      const info = game.infosets[node.infoset as InfosetId] as Infoset;
      key = `p${info.id}`;
      infosets.set(key, { player: info.player, label: info.label, actions: info.actions, fileNumber: info.fileNumber });
    } else if (node.type === 'chance') {
      const c = game.chanceInfosets[node.infoset as ChanceInfosetId];
      key = `c${node.infoset}`;
      if (c !== undefined) {
        infosets.set(key, {
          player: null,
          label: c.label,
          actions: c.actions,
          probs: c.probs,
          fileNumber: c.fileNumber,
          ...(c.beliefs !== undefined ? { beliefs: c.beliefs } : {}),
        });
      }
    }
    raw.set(id, {
      type: node.type,
      label: node.label,
      ...(key !== undefined ? { infoset: key } : {}),
      outcome: outcomeOf(node),
      children: node.children.map((c) => raw.get(c) as RawNode),
    });
  }
  const sub = assembleTree(
    { title: game.title, comment: '', players: game.players, root: raw.get(root) as RawNode, infosets, outcomes },
    { arithmetic: RATIONAL, isNegative: (v) => v.s < 0n && v.n !== 0n },
  );
  return {
    game: sub,
    nodeMap: order,
    infosetMap: sub.infosets.map(
      (info) => game.nodes[order[info.members[0] as number] as NodeId]?.infoset as InfosetId,
    ),
  };
}
