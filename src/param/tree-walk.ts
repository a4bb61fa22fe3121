/**
 * Tree helpers for the parametric analysis: subgame roots, a player's information sets inside a subgame,
 * enumeration of pure (and reduced) strategies there, and expected payoffs below a node for a behaviour
 * given as weights in any value arithmetic.
 * @remarks Since 0.1.0
 */
import type { Arithmetic } from '../game/arithmetic.js';
import { UnsupportedGameError } from '../game/errors.js';
import type { ChanceInfosetId, InfosetId, NodeId } from '../game/ids.js';
import type { ExtensiveGame, TreeNode } from '../game/types.js';
import type { Polynomial } from '../numeric/polynomial.js';
import { subtreeEnds } from '../game/history.js';
import { subgameRoots } from '../game/subgames.js';

export { subgameRoots, subtreeEnds };

/** A player's information sets with a member in the subtree of `root`, in `InfosetId` order. @remarks Since 0.1.0 */
export function infosetsBelow<V>(game: ExtensiveGame<V>, root: NodeId, player: number): InfosetId[] {
  const end = subtreeEnds(game)[root] as number;
  return game.infosets
    .filter((i) => i.player === player && i.members.some((m) => m >= root && m < end))
    .map((i) => i.id);
}

/**
 * All assignments of an action to each listed information set (the pure strategies on them), in
 * lexicographic order.
 * @throws UnsupportedGameError if there are more than `limit` of them
 * @remarks Since 0.1.0
 */
export function* pureAssignments<V>(
  game: ExtensiveGame<V>,
  infosets: readonly InfosetId[],
  limit: number,
  where: string,
): Generator<ReadonlyMap<InfosetId, number>> {
  const sizes = infosets.map((i) => game.infosets[i]?.actions.length ?? 1);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > limit)
    throw new UnsupportedGameError(where, `${total} pure strategies to check exceed the limit ${limit}`);
  const idx = new Array<number>(infosets.length).fill(0);
  for (let k = 0; k < total; k++) {
    yield new Map(infosets.map((I, j) => [I, idx[j] as number]));
    for (let j = infosets.length - 1; j >= 0; j--) {
      idx[j] = (idx[j] as number) + 1;
      if ((idx[j] as number) < (sizes[j] as number)) break;
      idx[j] = 0;
    }
  }
}

/**
 * The player's information sets that a pure assignment of the player's own actions does not exclude, below
 * `root` (an information set is excluded when every path to it leaves one of the player's own choices).
 * Two assignments that agree on these sets are the same reduced strategy.
 * @remarks Since 0.1.0
 */
export function relevantInfosets<V>(
  game: ExtensiveGame<V>,
  root: NodeId,
  player: number,
  assignment: ReadonlyMap<InfosetId, number>,
): InfosetId[] {
  const seen = new Set<InfosetId>();
  const stack: NodeId[] = [root];
  while (stack.length > 0) {
    const n = game.nodes[stack.pop() as NodeId] as TreeNode;
    if (n.type === 'personal' && n.player === player) {
      const I = n.infoset as InfosetId;
      seen.add(I);
      const a = assignment.get(I);
      if (a !== undefined) {
        stack.push(n.children[a] as NodeId);
        continue;
      }
    }
    for (const c of n.children) stack.push(c);
  }
  return [...seen].sort((a, b) => a - b);
}

/** A behaviour in value arithmetic `W`: the weight of each action at an information set. */
export type Weights<W> = (infoset: InfosetId) => readonly W[];

/**
 * The expected payoff of `player` from play starting at `from` (outcomes at `from` and below), with chance
 * probabilities as `player` believes them (non-common priors), in arithmetic `W`.
 * @param lift - converts a game value (polynomial) to `W`
 * @remarks Since 0.1.0
 */
export function payoffBelow<W>(
  game: ExtensiveGame<Polynomial>,
  from: NodeId,
  player: number,
  ar: Arithmetic<W>,
  lift: (p: Polynomial) => W,
  weights: Weights<W>,
): W {
  const value = (id: NodeId): W => {
    const n = game.nodes[id] as TreeNode;
    let v = n.outcome === null ? ar.zero : lift(game.outcomes[n.outcome]?.payoffs[player] as Polynomial);
    if (n.type === 'terminal') return v;
    let w: readonly W[];
    if (n.type === 'chance') {
      const c = game.chanceInfosets[n.infoset as ChanceInfosetId];
      w = (c?.beliefs?.[player] ?? c?.probs ?? []).map(lift);
    } else w = weights(n.infoset as InfosetId);
    n.children.forEach((child, a) => {
      const wa = w[a];
      if (wa === undefined || ar.isZero(wa)) return;
      v = ar.add(v, ar.mul(wa, value(child)));
    });
    return v;
  };
  return value(from);
}

/** The labels of the actions on the path from the root to a node (`[]` for the root). @remarks Since 0.1.0 */
export function pathLabels<V>(game: ExtensiveGame<V>, id: NodeId): string[] {
  const out: string[] = [];
  let n = game.nodes[id] as TreeNode;
  while (n.parent !== null) {
    const parent = game.nodes[n.parent] as TreeNode;
    const actions =
      parent.type === 'chance'
        ? game.chanceInfosets[parent.infoset as ChanceInfosetId]?.actions
        : game.infosets[parent.infoset as InfosetId]?.actions;
    out.push(actions?.[n.parentAction] ?? `#${n.parentAction}`);
    n = parent;
  }
  return out.reverse();
}

/**
 * A readable name of an information set: its label, or the player and the path to its first member
 * (`K after C`, `E at the root`).
 * @remarks Since 0.1.0
 */
export function infosetName<V>(game: ExtensiveGame<V>, infoset: InfosetId): string {
  const info = game.infosets[infoset];
  if (info === undefined) return `#${infoset + 1}`;
  if (info.label !== '') return info.label;
  const path = pathLabels(game, info.members[0] as NodeId);
  return `${game.players[info.player] ?? info.player} ${path.length === 0 ? 'at the root' : `after ${path.join(' > ')}`}`;
}
