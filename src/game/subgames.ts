/**
 * Subgames of a tree (Selten 1965; Osborne and Rubinstein 1994, Definition 97.1 and Section 11.4 for
 * imperfect information): a node `x` roots a subgame when every information set, personal or chance, that
 * contains a node of `x`'s subtree lies entirely inside that subtree. The root always qualifies; other
 * terminal nodes are not counted (as in Gambit's `is_subgame_root`).
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import { type RawInfoset, type RawNode, assembleTree } from './assemble.js';
import { InvalidArgumentError } from './errors.js';
import { subtreeEnds } from './history.js';
import type { ChanceInfosetId, InfosetId, NodeId, OutcomeId } from './ids.js';
import { accumulatedPayoffs } from './queries.js';
import type { ChanceInfoset, ExtensiveGame, Infoset, TreeNode } from './types.js';

function rootFlags<V>(game: ExtensiveGame<V>): boolean[] {
  const n = game.nodes.length;
  const end = subtreeEnds(game);
  const span = (node: TreeNode): readonly [number, number] => {
    if (node.type === 'terminal') return [node.id, node.id];
    const members =
      node.type === 'personal'
        ? (game.infosets[node.infoset as InfosetId] as Infoset).members
        : (game.chanceInfosets[node.infoset as ChanceInfosetId] as ChanceInfoset<V>).members;
    return [members[0] as number, members[members.length - 1] as number];
  };
  const lo = new Array<number>(n);
  const hi = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const node = game.nodes[i] as TreeNode;
    let [l, h] = span(node);
    for (const c of node.children) {
      l = Math.min(l, lo[c] as number);
      h = Math.max(h, hi[c] as number);
    }
    lo[i] = l;
    hi[i] = h;
  }
  return game.nodes.map(
    (node, i) =>
      i === 0 || (node.type !== 'terminal' && (lo[i] as number) >= i && (hi[i] as number) < (end[i] as number)),
  );
}

/**
 * The roots of the game's subgames, in preorder (the root first).
 * @remarks Since 0.1.0
 */
export function subgameRoots<V>(game: ExtensiveGame<V>): NodeId[] {
  const flags = rootFlags(game);
  return game.nodes.filter((_, i) => flags[i] === true).map((n) => n.id);
}

/** The nesting of a game's subgames. */
export type SubgameTree = {
  /** subgame roots in preorder */
  readonly roots: readonly NodeId[];
  /** the same roots in postorder (every subgame after the subgames inside it): the order to solve them */
  readonly postorder: readonly NodeId[];
  /** `parent.get(r)`: the root of the smallest subgame strictly containing the one at `r` (`null` for the game) */
  readonly parent: ReadonlyMap<NodeId, NodeId | null>;
  /** `children.get(r)`: the roots of the maximal proper subgames of the one at `r`, in preorder */
  readonly children: ReadonlyMap<NodeId, readonly NodeId[]>;
  /** per personal information set (`InfosetId`): the root of the smallest subgame containing it */
  readonly infosetRoot: readonly NodeId[];
};

/**
 * The subgames and how they nest (Gambit's `Game.subgames` structure), for solving bottom-up.
 * @remarks Since 0.1.0
 */
export function subgameTree<V>(game: ExtensiveGame<V>): SubgameTree {
  const flags = rootFlags(game);
  const nearest = new Array<NodeId>(game.nodes.length);
  const parent = new Map<NodeId, NodeId | null>();
  const children = new Map<NodeId, NodeId[]>();
  const roots: NodeId[] = [];
  for (const node of game.nodes) {
    const above = node.parent === null ? null : (nearest[node.parent] as NodeId);
    if (flags[node.id] === true) {
      roots.push(node.id);
      parent.set(node.id, above);
      children.set(node.id, []);
      if (above !== null) children.get(above)?.push(node.id);
      nearest[node.id] = node.id;
    } else nearest[node.id] = above as NodeId;
  }
  const postorder: NodeId[] = [];
  const visit = (r: NodeId): void => {
    for (const c of children.get(r) ?? []) visit(c);
    postorder.push(r);
  };
  if (roots.length > 0) visit(roots[0] as NodeId);
  return {
    roots,
    postorder,
    parent,
    children,
    infosetRoot: game.infosets.map((info) => nearest[info.members[0] as NodeId] as NodeId),
  };
}

/** Options of {@link subgameAt}. */
export type SubgameOptions<V = Rational> = {
  /** value arithmetic; default exact rationals */
  readonly arithmetic?: Arithmetic<V>;
  /**
   * Whether the payoffs collected on the path from the game's root down to (and including) the subgame's
   * root become the subgame root's outcome. Default `false`: only the subgame root's own outcome is kept.
   * Equilibria of the subgame are the same either way (a constant per player).
   */
  readonly includePathPayoffs?: boolean;
};

/** A subgame as a game of its own, with maps back to the parent game. */
export type Subgame<V = Rational> = {
  readonly game: ExtensiveGame<V>;
  /** the subgame's root in the parent game */
  readonly root: NodeId;
  /** `nodeMap[subNode]`: the parent game's node */
  readonly nodeMap: readonly NodeId[];
  /** `infosetMap[subInfoset]`: the parent game's information set */
  readonly infosetMap: readonly InfosetId[];
  /** `chanceInfosetMap[subChanceInfoset]`: the parent game's chance information set */
  readonly chanceInfosetMap: readonly ChanceInfosetId[];
};

/**
 * The subgame rooted at `root` as its own {@link ExtensiveGame}: same players, the subtree's nodes (in the
 * same relative preorder), its information sets (same labels, actions, file numbers, priors) and outcomes.
 * @throws InvalidArgumentError if `root` does not root a subgame
 * @remarks Since 0.1.0
 */
export function subgameAt(
  game: ExtensiveGame<Rational>,
  root: NodeId,
  options?: SubgameOptions<Rational>,
): Subgame<Rational>;
export function subgameAt<V>(
  game: ExtensiveGame<V>,
  root: NodeId,
  options: SubgameOptions<V> & { readonly arithmetic: Arithmetic<V> },
): Subgame<V>;
export function subgameAt<V>(game: ExtensiveGame<V>, root: NodeId, options?: SubgameOptions<V>): Subgame<V> {
  const ar = options?.arithmetic ?? (RATIONAL as unknown as Arithmetic<V>);
  if (!Number.isInteger(root) || rootFlags(game)[root] !== true) {
    throw new InvalidArgumentError(`subgameAt(): node ${root} does not root a subgame`);
  }
  const end = subtreeEnds(game)[root] as number;
  const infosets = new Map<string, RawInfoset<V>>();
  const outcomes: { label: string; payoffs: readonly V[] }[] = [];
  const outcomeIndex = new Map<OutcomeId, number>();
  const outcomeOf = (node: TreeNode): number | null => {
    if (node.id === root && options?.includePathPayoffs === true) {
      const label = node.outcome === null ? '' : (game.outcomes[node.outcome]?.label ?? '');
      outcomes.push({ label, payoffs: accumulatedPayoffs(game, ar)[root] as readonly V[] });
      return outcomes.length - 1;
    }
    if (node.outcome === null) return null;
    let i = outcomeIndex.get(node.outcome);
    if (i === undefined) {
      const o = game.outcomes[node.outcome] as { label: string; payoffs: readonly V[] };
      outcomes.push({ label: o.label, payoffs: o.payoffs });
      i = outcomes.length - 1;
      outcomeIndex.set(node.outcome, i);
    }
    return i;
  };
  const keyOf = (node: TreeNode): string | undefined => {
    if (node.type === 'terminal') return undefined;
    if (node.type === 'personal') {
      const info = game.infosets[node.infoset as InfosetId] as Infoset;
      const key = `p${info.id}`;
      if (!infosets.has(key)) {
        infosets.set(key, {
          player: info.player,
          label: info.label,
          actions: info.actions,
          fileNumber: info.fileNumber,
        });
      }
      return key;
    }
    const c = game.chanceInfosets[node.infoset as ChanceInfosetId] as ChanceInfoset<V>;
    const key = `c${c.id}`;
    if (!infosets.has(key)) {
      infosets.set(key, {
        player: null,
        label: c.label,
        actions: c.actions,
        probs: c.probs,
        fileNumber: c.fileNumber,
        ...(c.beliefs !== undefined ? { beliefs: c.beliefs } : {}),
      });
    }
    return key;
  };
  // Outcomes and information sets are registered in preorder; the nested description is built bottom-up.
  const outcomeAt = new Map<number, number | null>();
  const keyAt = new Map<number, string | undefined>();
  for (let i = root; i < end; i++) {
    const node = game.nodes[i] as TreeNode;
    outcomeAt.set(i, outcomeOf(node));
    keyAt.set(i, keyOf(node));
  }
  const raw = new Map<number, RawNode>();
  for (let i = end - 1; i >= root; i--) {
    const node = game.nodes[i] as TreeNode;
    const key = keyAt.get(i);
    raw.set(i, {
      type: node.type,
      label: node.label,
      ...(key !== undefined ? { infoset: key } : {}),
      outcome: outcomeAt.get(i) ?? null,
      children: node.children.map((c) => raw.get(c) as RawNode),
    });
  }
  const sub = assembleTree(
    {
      title: game.title,
      comment: game.comment,
      players: game.players,
      root: raw.get(root) as RawNode,
      infosets,
      outcomes,
    },
    { arithmetic: ar },
  );
  const nodeMap = sub.nodes.map((n) => (n.id + root) as NodeId);
  const parentNode = (m: NodeId): TreeNode => game.nodes[nodeMap[m] as NodeId] as TreeNode;
  return Object.freeze({
    game: sub,
    root,
    nodeMap: Object.freeze(nodeMap),
    infosetMap: Object.freeze(sub.infosets.map((info) => parentNode(info.members[0] as NodeId).infoset as InfosetId)),
    chanceInfosetMap: Object.freeze(
      sub.chanceInfosets.map((c) => parentNode(c.members[0] as NodeId).infoset as ChanceInfosetId),
    ),
  });
}
