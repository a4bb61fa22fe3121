/**
 * Structural flags of a game, like OpenSpiel's `GameType` (`open_spiel/spiel.h`: `information`,
 * `chance_mode`, `utility`), so that solvers dispatch on structure rather than on names (STYLE #7).
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import type { NodeId } from './ids.js';
import { type PerfectRecallResult, checkPerfectRecall } from './perfect-recall.js';
import { accumulatedPayoffs, hasNonCommonPriors } from './queries.js';
import { subgameRoots } from './subgames.js';
import type { ExtensiveGame, StrategicGame } from './types.js';

/** How the players' payoffs relate: they sum to 0 everywhere, to one constant everywhere, or neither. */
export type Utility = 'zeroSum' | 'constantSum' | 'generalSum';

/** Flags of a strategic game. */
export type StrategicFlags<V = Rational> = {
  readonly kind: 'strategic';
  readonly players: number;
  readonly utility: Utility;
  /** the constant sum of payoffs when `utility` is `'zeroSum'` or `'constantSum'`, else `null` */
  readonly constant: V | null;
};

/** Flags of a tree. */
export type TreeFlags<V = Rational> = {
  readonly kind: 'extensive';
  readonly players: number;
  /** every personal information set is a single node */
  readonly perfectInformation: boolean;
  /** the tree has chance nodes */
  readonly chance: boolean;
  /** some chance set carries per-player priors (`beliefs`) */
  readonly nonCommonPriors: boolean;
  /** judged on the sums of payoffs at terminal nodes (outcomes accumulated along each path) */
  readonly utility: Utility;
  readonly constant: V | null;
  readonly perfectRecall: boolean;
  /** the details of the perfect-recall check ({@link checkPerfectRecall}) */
  readonly recall: PerfectRecallResult;
  /** roots of the subgames, in preorder ({@link subgameRoots}) */
  readonly subgameRoots: readonly NodeId[];
};

function utilityOf<V>(sums: Iterable<V>, ar: Arithmetic<V>): { utility: Utility; constant: V | null } {
  let first: V | undefined;
  for (const s of sums) {
    if (first === undefined) first = s;
    else if (!ar.equals(s, first)) return { utility: 'generalSum', constant: null };
  }
  const c = first ?? ar.zero;
  return { utility: ar.isZero(c) ? 'zeroSum' : 'constantSum', constant: c };
}

function* terminalSums<V>(game: ExtensiveGame<V>, ar: Arithmetic<V>): Generator<V> {
  const acc = accumulatedPayoffs(game, ar);
  for (const node of game.nodes) {
    if (node.type === 'terminal') yield (acc[node.id] as readonly V[]).reduce((a, b) => ar.add(a, b), ar.zero);
  }
}

function* profileSums<V>(game: StrategicGame<V>, ar: Arithmetic<V>): Generator<V> {
  for (const row of game.payoffs) yield row.reduce((a, b) => ar.add(a, b), ar.zero);
}

/**
 * The structural flags of a game. On trees, zero/constant sum compares the payoff sums at terminal nodes
 * (the accumulated payoffs of each play), not outcome by outcome.
 * @param arithmetic - value arithmetic; default exact rationals
 * @remarks Since 0.1.0
 */
export function gameFlags<V = Rational>(game: ExtensiveGame<V>, arithmetic?: Arithmetic<V>): TreeFlags<V>;
export function gameFlags<V = Rational>(game: StrategicGame<V>, arithmetic?: Arithmetic<V>): StrategicFlags<V>;
export function gameFlags<V = Rational>(
  game: ExtensiveGame<V> | StrategicGame<V>,
  arithmetic?: Arithmetic<V>,
): TreeFlags<V> | StrategicFlags<V>;
export function gameFlags<V = Rational>(
  game: ExtensiveGame<V> | StrategicGame<V>,
  arithmetic: Arithmetic<V> = RATIONAL as unknown as Arithmetic<V>,
): TreeFlags<V> | StrategicFlags<V> {
  if (game.kind === 'strategic') {
    return { kind: 'strategic', players: game.players.length, ...utilityOf(profileSums(game, arithmetic), arithmetic) };
  }
  const recall = checkPerfectRecall(game);
  return {
    kind: 'extensive',
    players: game.players.length,
    perfectInformation: game.infosets.every((i) => i.members.length === 1),
    chance: game.chanceInfosets.length > 0,
    nonCommonPriors: hasNonCommonPriors(game),
    ...utilityOf(terminalSums(game, arithmetic), arithmetic),
    perfectRecall: recall.perfectRecall,
    recall,
    subgameRoots: subgameRoots(game),
  };
}
