/**
 * Plain tree walks over a behaviour profile, from one player's point of view (that player's own chance
 * beliefs, for non-common priors): the probability of each move, realization probabilities, continuation
 * values, subtree ranges. Nodes are stored in preorder, so a subtree is a contiguous range of ids and a
 * reverse scan visits children before parents.
 * @remarks Since 0.1.0
 */
import type { ChanceInfosetId, InfosetId, NodeId, PlayerId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO } from '../numeric/rational.js';

/**
 * The chance probabilities of a chance information set as `viewer` believes them: its own prior when the
 * game has non-common priors, the common probabilities otherwise.
 * @remarks Since 0.1.0
 */
export function chanceProbsFor(
  game: ExtensiveGame,
  chanceInfoset: ChanceInfosetId,
  viewer: PlayerId,
): readonly Rational[] {
  const c = game.chanceInfosets[chanceInfoset];
  if (c === undefined) throw new RangeError(`chanceProbsFor(): no chance information set ${chanceInfoset}`);
  return c.beliefs?.[viewer] ?? c.probs;
}

/**
 * The probability of move `action` at `node` under `profile`, chance evaluated by `viewer`.
 * @remarks Since 0.1.0
 */
export function moveProb(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  node: TreeNode,
  action: number,
  viewer: PlayerId,
): Rational {
  if (node.type === 'chance') return chanceProbsFor(game, node.infoset as ChanceInfosetId, viewer)[action] as Rational;
  return (profile[node.infoset as InfosetId] as readonly Rational[])[action] as Rational;
}

/** `viewer`'s payoff from the outcome attached to a node (0 without one). @remarks Since 0.1.0 */
export function outcomePayoff(game: ExtensiveGame, node: TreeNode, viewer: PlayerId): Rational {
  if (node.outcome === null) return ZERO;
  return (game.outcomes[node.outcome]?.payoffs[viewer] as Rational | undefined) ?? ZERO;
}

/**
 * End (exclusive) of each node's subtree in preorder: the subtree of `x` is the id range `[x, end[x])`.
 * @remarks Since 0.1.0
 */
export function subtreeEnds(game: ExtensiveGame): number[] {
  const end = new Array<number>(game.nodes.length);
  for (let x = game.nodes.length - 1; x >= 0; x--) {
    const kids = (game.nodes[x] as TreeNode).children;
    end[x] = kids.length === 0 ? x + 1 : (end[kids[kids.length - 1] as number] as number);
  }
  return end;
}

/**
 * Continuation values: `V[x]` = `viewer`'s expected sum of the outcomes at `x` and below it, when play is at
 * `x` and everyone follows `profile` (chance by `viewer`'s beliefs). Outcomes above `x` are not included.
 * @remarks Since 0.1.0
 */
export function continuationValues(game: ExtensiveGame, profile: BehaviorProfile, viewer: PlayerId): Rational[] {
  const value = new Array<Rational>(game.nodes.length);
  for (let x = game.nodes.length - 1; x >= 0; x--) {
    const node = game.nodes[x] as TreeNode;
    let v = outcomePayoff(game, node, viewer);
    node.children.forEach((child, a) => {
      const pr = moveProb(game, profile, node, a, viewer);
      if (pr.n !== 0n) v = v.add(pr.mul(value[child] as Rational));
    });
    value[x] = v;
  }
  return value;
}

/**
 * Realization probabilities from `root`: the probability that play starting at `root` reaches each node
 * (0 outside `root`'s subtree), chance by `viewer`'s beliefs.
 * @remarks Since 0.1.0
 */
export function realization(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  viewer: PlayerId,
  root: NodeId = 0 as NodeId,
): Rational[] {
  const reach = new Array<Rational>(game.nodes.length).fill(ZERO);
  reach[root] = ONE;
  const end = subtreeEnds(game)[root] as number;
  for (let x = root; x < end; x++) {
    const node = game.nodes[x] as TreeNode;
    const r = reach[x] as Rational;
    if (r.n === 0n) continue;
    node.children.forEach((child, a) => {
      reach[child] = r.mul(moveProb(game, profile, node, a, viewer));
    });
  }
  return reach;
}

/**
 * Whether some path of the tree passes through two nodes of the same information set (absent-mindedness,
 * Piccione and Rubinstein 1997); returns the offending information sets.
 * @remarks Since 0.1.0
 */
export function absentMindedInfosets(game: ExtensiveGame): Set<InfosetId> {
  const out = new Set<InfosetId>();
  for (const node of game.nodes) {
    if (node.type !== 'personal') continue;
    let up = node.parent;
    while (up !== null) {
      const anc = game.nodes[up] as TreeNode;
      if (anc.type === 'personal' && anc.infoset === node.infoset) out.add(node.infoset as InfosetId);
      up = anc.parent;
    }
  }
  return out;
}
