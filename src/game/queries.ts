/**
 * OpenSpiel-style queries on a tree node (`currentPlayer`, `legalActions`, `chanceOutcomes`,
 * `isTerminal`, `returns`), over the immutable model.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import type { ChanceInfosetId, InfosetId, NodeId, PlayerId } from './ids.js';
import type { ChanceInfoset, ExtensiveGame, Infoset, TreeNode } from './types.js';

/** Marker returned by {@link currentPlayer} at chance nodes. */
export const CHANCE = 'chance' as const;
/** Marker returned by {@link currentPlayer} at terminal nodes. */
export const TERMINAL = 'terminal' as const;

/** The node with the given id. @remarks Since 0.1.0 */
export function nodeAt<V>(game: ExtensiveGame<V>, id: NodeId): TreeNode {
  const n = game.nodes[id];
  if (n === undefined) throw new RangeError(`nodeAt(): no node ${id} (the game has ${game.nodes.length})`);
  return n;
}

/** Whether a node is terminal. @remarks Since 0.1.0 */
export function isTerminal<V>(game: ExtensiveGame<V>, id: NodeId): boolean {
  return nodeAt(game, id).type === 'terminal';
}

/** The player to move, {@link CHANCE} or {@link TERMINAL}. @remarks Since 0.1.0 */
export function currentPlayer<V>(game: ExtensiveGame<V>, id: NodeId): PlayerId | typeof CHANCE | typeof TERMINAL {
  const n = nodeAt(game, id);
  return n.type === 'personal' ? (n.player as PlayerId) : n.type === 'chance' ? CHANCE : TERMINAL;
}

/** The personal information set of a personal node. @remarks Since 0.1.0 */
export function infosetOf<V>(game: ExtensiveGame<V>, id: NodeId): Infoset {
  const n = nodeAt(game, id);
  if (n.type !== 'personal') throw new RangeError(`infosetOf(): node ${id} is a ${n.type} node`);
  return game.infosets[n.infoset as InfosetId] as Infoset;
}

/** The chance information set of a chance node. @remarks Since 0.1.0 */
export function chanceInfosetOf<V>(game: ExtensiveGame<V>, id: NodeId): ChanceInfoset<V> {
  const n = nodeAt(game, id);
  if (n.type !== 'chance') throw new RangeError(`chanceInfosetOf(): node ${id} is a ${n.type} node`);
  return game.chanceInfosets[n.infoset as ChanceInfosetId] as ChanceInfoset<V>;
}

/** The action labels available at a node (none at a terminal node). @remarks Since 0.1.0 */
export function legalActions<V>(game: ExtensiveGame<V>, id: NodeId): readonly string[] {
  const n = nodeAt(game, id);
  if (n.type === 'personal') return (game.infosets[n.infoset as InfosetId] as Infoset).actions;
  if (n.type === 'chance') return (game.chanceInfosets[n.infoset as ChanceInfosetId] as ChanceInfoset<V>).actions;
  return [];
}

/**
 * The probabilities of a chance node's actions, as `player` believes them (non-common priors), or the
 * common probabilities when `player` is omitted or has no prior of its own.
 * @remarks Since 0.1.0
 */
export function chanceOutcomes<V>(game: ExtensiveGame<V>, id: NodeId, player?: PlayerId): readonly V[] {
  const c = chanceInfosetOf(game, id);
  if (player !== undefined && c.beliefs !== undefined) return c.beliefs[player] ?? c.probs;
  return c.probs;
}

/** Whether any chance node of the game carries non-common priors. @remarks Since 0.1.0 */
export function hasNonCommonPriors<V>(game: ExtensiveGame<V>): boolean {
  return game.chanceInfosets.some((c) => c.beliefs !== undefined);
}

/**
 * Payoffs accumulated from the root down to and including each node's own outcome (Gambit's incremental
 * payoffs). At a terminal node this is the play's payoff vector ({@link returns}).
 * @returns `acc[node][player]`
 * @remarks Since 0.1.0
 */
export function accumulatedPayoffs<V = Rational>(
  game: ExtensiveGame<V>,
  arithmetic: Arithmetic<V> = RATIONAL as unknown as Arithmetic<V>,
): readonly (readonly V[])[] {
  const n = game.players.length;
  const zero = new Array<V>(n).fill(arithmetic.zero);
  const acc: V[][] = new Array(game.nodes.length);
  for (const node of game.nodes) {
    const base = node.parent === null ? zero : (acc[node.parent] as V[]);
    if (node.outcome === null) acc[node.id] = base;
    else {
      const pay = (game.outcomes[node.outcome] as { payoffs: readonly V[] }).payoffs;
      acc[node.id] = base.map((b, p) => arithmetic.add(b, pay[p] as V));
    }
  }
  return acc;
}

/**
 * The payoff vector of the play ending at a terminal node (sum of outcomes along the path).
 * @remarks Since 0.1.0
 */
export function returns(game: ExtensiveGame<Rational>, id: NodeId): readonly Rational[] {
  const n = game.players.length;
  const out = new Array<Rational>(n).fill(RATIONAL.zero);
  let cur: TreeNode | undefined = nodeAt(game, id);
  while (cur !== undefined) {
    if (cur.outcome !== null) {
      const pay = (game.outcomes[cur.outcome] as { payoffs: readonly Rational[] }).payoffs;
      for (let p = 0; p < n; p++) out[p] = (out[p] as Rational).add(pay[p] as Rational);
    }
    cur = cur.parent === null ? undefined : game.nodes[cur.parent];
  }
  return out;
}

/** Terminal node ids in preorder. @remarks Since 0.1.0 */
export function terminalNodes<V>(game: ExtensiveGame<V>): NodeId[] {
  return game.nodes.filter((n) => n.type === 'terminal').map((n) => n.id);
}
