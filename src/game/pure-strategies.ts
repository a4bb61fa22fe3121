/**
 * Pure strategies of a tree: per player, one action at every one of the player's information sets
 * (Kuhn 1953; Osborne and Rubinstein 1994, Definition 203.1). A player's pure strategy is written as an
 * action index per information set, in the order of `game.playerInfosets[player]`. Strategies are listed
 * lexicographically with the FIRST information set varying SLOWEST (the order Gambit uses for strategies).
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { InvalidArgumentError } from './errors.js';
import type { InfosetId, PlayerId } from './ids.js';
import type { BehaviorProfile, ExtensiveGame, Infoset, PureBehavior } from './types.js';

/** A player's pure strategy: an action index per information set, aligned with `game.playerInfosets[p]`. */
export type PlayerStrategy = readonly number[];

function checkPlayer<V>(fn: string, game: ExtensiveGame<V>, player: PlayerId): readonly InfosetId[] {
  const list = game.playerInfosets[player];
  if (list === undefined || !Number.isInteger(player)) {
    throw new InvalidArgumentError(`${fn}(): player must be 0..${game.players.length - 1}; got ${player}`);
  }
  return list;
}

function actionCounts<V>(game: ExtensiveGame<V>, player: PlayerId, fn: string): number[] {
  return checkPlayer(fn, game, player).map((i) => (game.infosets[i] as Infoset).actions.length);
}

/**
 * Number of pure strategies of `player` (the product of its information sets' action counts), as a bigint,
 * without enumerating.
 * @throws InvalidArgumentError if `player` is not a player of the game
 * @remarks Since 0.1.0
 */
export function pureStrategyCount<V>(game: ExtensiveGame<V>, player: PlayerId): bigint {
  return actionCounts(game, player, 'pureStrategyCount').reduce((acc, n) => acc * BigInt(n), 1n);
}

/** Number of pure strategies of every player, as bigints. @remarks Since 0.1.0 */
export function pureStrategyCounts<V>(game: ExtensiveGame<V>): bigint[] {
  return game.players.map((_, p) => pureStrategyCount(game, p as PlayerId));
}

/**
 * Iterates over the pure strategies of `player`, the first information set varying slowest. A player with
 * no information set has exactly one (empty) strategy.
 * @throws InvalidArgumentError if `player` is not a player of the game
 * @remarks Since 0.1.0
 */
export function* pureStrategies<V>(game: ExtensiveGame<V>, player: PlayerId): Generator<number[]> {
  const counts = actionCounts(game, player, 'pureStrategies');
  const current = new Array<number>(counts.length).fill(0);
  for (;;) {
    yield [...current];
    let k = counts.length - 1;
    while (k >= 0 && (current[k] as number) + 1 === counts[k]) {
      current[k] = 0;
      k--;
    }
    if (k < 0) return;
    current[k] = (current[k] as number) + 1;
  }
}

/**
 * The label of a pure strategy as older Gambit versions wrote it: the 1-based action numbers concatenated
 * (`[0, 1]` is `"12"`); `null` entries (reduced strategies) print as `"*"`.
 * @remarks Since 0.1.0
 */
export function strategySignature(choices: readonly (number | null)[]): string {
  return choices.map((a) => (a === null ? '*' : String(a + 1))).join('');
}

/**
 * Combines one pure strategy per player into a pure behaviour profile (an action per information set in
 * `game.infosets` order).
 * @throws InvalidArgumentError if a strategy has the wrong length or an action out of range
 * @remarks Since 0.1.0
 */
export function pureBehaviorOf<V>(game: ExtensiveGame<V>, strategies: readonly PlayerStrategy[]): PureBehavior {
  if (strategies.length !== game.players.length) {
    throw new InvalidArgumentError(
      `pureBehaviorOf(): expected ${game.players.length} strategies (one per player); got ${strategies.length}`,
    );
  }
  const out = new Array<number>(game.infosets.length).fill(0);
  game.playerInfosets.forEach((list, p) => {
    const s = strategies[p] as PlayerStrategy;
    if (s.length !== list.length) {
      throw new InvalidArgumentError(
        `pureBehaviorOf(): player ${p + 1}'s strategy has ${s.length} entries; expected ${list.length}`,
      );
    }
    list.forEach((id, k) => {
      const a = s[k] as number;
      if (!Number.isInteger(a) || a < 0 || a >= (game.infosets[id] as Infoset).actions.length) {
        throw new InvalidArgumentError(`pureBehaviorOf(): player ${p + 1}, information set ${k + 1}: no action ${a}`);
      }
      out[id] = a;
    });
  });
  return out;
}

/** Shared frozen unit vectors, by `k:a`. */
const unitCache = new Map<string, readonly Rational[]>();

/**
 * The degenerate distribution choosing `a` of `k` (a pure behaviour at one information set, or a pure
 * strategy as a mixed one); shared and frozen.
 * @remarks Since 0.1.0
 */
export function unitVector(k: number, a: number): readonly Rational[] {
  const key = `${k}:${a}`;
  let u = unitCache.get(key);
  if (u === undefined) {
    u = Object.freeze(Array.from({ length: k }, (_, i) => (i === a ? ONE : ZERO)));
    unitCache.set(key, u);
  }
  return u;
}

/**
 * The behaviour profile that plays a pure behaviour profile with certainty (probability 1 on the chosen
 * action of every information set).
 * @throws InvalidArgumentError if `pure` has the wrong length or an action out of range
 * @remarks Since 0.1.0
 */
export function behaviorOfPure<V>(game: ExtensiveGame<V>, pure: PureBehavior): BehaviorProfile {
  if (pure.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `behaviorOfPure(): expected ${game.infosets.length} actions (one per information set); got ${pure.length}`,
    );
  }
  return game.infosets.map((info, i) => {
    const a = pure[i] as number;
    if (!Number.isInteger(a) || a < 0 || a >= info.actions.length) {
      throw new InvalidArgumentError(`behaviorOfPure(): information set ${i}: no action ${a}`);
    }
    return unitVector(info.actions.length, a);
  });
}
