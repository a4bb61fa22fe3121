/**
 * Compiles a perfect-information {@link ExtensiveGame} into a {@link CompiledTree}, hash-consing identical
 * subtrees (same shape, movers, chance probabilities and payoff values — not merely the same outcome ids)
 * so that transpositions are solved once.
 * @remarks Since 0.1.0
 */
import { UnsupportedGameError } from '../../game/errors.js';
import type { ExtensiveGame } from '../../game/types.js';
import { type Rational, formatRational } from '../../numeric/rational.js';
import {
  type ChanceDistribution,
  type CompiledTree,
  TERMINAL_MOVER,
  chanceDistribution,
  chanceMover,
  payoffTable,
} from './compiled-tree.js';

/** A compiled game and the map from the game's nodes to compiled nodes. */
export type CompiledGame = {
  readonly tree: CompiledTree;
  /** `dagOf[nodeId]`: the compiled node that solves the subtree rooted at the game node */
  readonly dagOf: Uint32Array;
  /** game nodes whose subtree was found identical to one already compiled */
  readonly sharedNodes: number;
};

/** Options of {@link compileGame}. */
export type CompileOptions = {
  /** store identical subtrees once (default `true`) */
  readonly share?: boolean;
  /** the solver name used in error messages */
  readonly solver?: string;
};

/**
 * Throws unless every information set of the game has exactly one node.
 * @throws UnsupportedGameError naming the first information set with several nodes
 * @remarks Since 0.1.0
 */
export function requirePerfectInformation(game: ExtensiveGame, solver: string): void {
  const bad = game.infosets.find((s) => s.members.length !== 1);
  if (bad !== undefined) {
    throw new UnsupportedGameError(
      solver,
      `the game has imperfect information (player ${bad.player + 1}'s information set "${bad.label}" has ${bad.members.length} nodes); use subgame decomposition (method 'spe')`,
    );
  }
}

const vectorKey = (v: readonly Rational[]): string => v.map(formatRational).join(',');

/**
 * Compiles a perfect-information game.
 * @param game - a game whose information sets are all singletons
 * @throws UnsupportedGameError if an information set has several nodes
 * @remarks Since 0.1.0
 */
export function compileGame(game: ExtensiveGame, options: CompileOptions = {}): CompiledGame {
  const solver = options.solver ?? 'compileGame()';
  requirePerfectInformation(game, solver);
  const share = options.share ?? true;
  const np = game.players.length;
  const n = game.nodes.length;

  // Canonical outcomes (by payoff values) and chance distributions (by probabilities).
  const outcomeIds = new Map<string, number>();
  const outcomeRows: (readonly Rational[])[] = [];
  const outcomeOf = game.outcomes.map((o) => {
    const key = vectorKey(o.payoffs);
    let id = outcomeIds.get(key);
    if (id === undefined) {
      id = outcomeRows.length;
      outcomeIds.set(key, id);
      outcomeRows.push(o.payoffs);
    }
    return id;
  });
  const distIds = new Map<string, number>();
  const dists: ChanceDistribution[] = [];
  const distOf = game.chanceInfosets.map((c) => {
    const key = `${vectorKey(c.probs)}|${c.beliefs?.map(vectorKey).join('|') ?? ''}`;
    let id = distIds.get(key);
    if (id === undefined) {
      id = dists.length;
      distIds.set(key, id);
      dists.push(chanceDistribution(c.probs, c.beliefs, np));
    }
    return id;
  });

  // Bottom-up over the preorder list: every child has a larger game id than its parent.
  const dagOf = new Uint32Array(n);
  const keyToDag = new Map<string, number>();
  const mover: number[] = [];
  const outcome: number[] = [];
  const childLists: number[][] = [];
  let shared = 0;
  for (let t = n - 1; t >= 0; t--) {
    const node = game.nodes[t];
    if (node === undefined) continue;
    const m =
      node.type === 'terminal'
        ? TERMINAL_MOVER
        : node.type === 'chance'
          ? chanceMover(distOf[node.infoset as number] as number)
          : (node.player as number);
    const o = node.outcome === null ? -1 : (outcomeOf[node.outcome] as number);
    const kids = node.children.map((c) => dagOf[c] as number);
    let id: number | undefined;
    let key = '';
    if (share) {
      key = `${m}/${o}/${kids.join(',')}`;
      id = keyToDag.get(key);
    }
    if (id === undefined) {
      id = mover.length;
      mover.push(m);
      outcome.push(o);
      childLists.push(kids);
      if (share) keyToDag.set(key, id);
    } else shared += 1;
    dagOf[t] = id;
  }

  const count = mover.length;
  const childStart = new Uint32Array(count + 1);
  for (let v = 0; v < count; v++) childStart[v + 1] = (childStart[v] as number) + (childLists[v] as number[]).length;
  const children = new Uint32Array(childStart[count] as number);
  childLists.forEach((kids, v) => children.set(kids, childStart[v] as number));
  const tree: CompiledTree = {
    playerCount: np,
    nodeCount: count,
    mover: Int32Array.from(mover),
    childStart,
    children,
    outcome: Int32Array.from(outcome),
    payoffs: payoffTable(outcomeRows, np),
    chance: dists,
    isTree: shared === 0,
  };
  return { tree, dagOf, sharedNodes: shared };
}
