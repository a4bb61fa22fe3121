/**
 * Result types of the independent checker: a verdict is `{ ok: true }` or `{ ok: false, witness }`, where the
 * witness is a concrete profitable deviation that anyone can re-check by applying it (STYLE #11).
 * @remarks Since 0.1.0
 */
import type { InfosetId, NodeId, PlayerId } from '../game/ids.js';
import type { Rational } from '../numeric/rational.js';

/**
 * The outcome of a check: `ok: true`, or `ok: false` with a witness of the failure.
 * @remarks Since 0.1.0
 */
export type Verdict<W> = { readonly ok: true } | { readonly ok: false; readonly witness: W };

/**
 * A profitable deviation in a strategic game: `player` switching to pure `strategy` gains `gain` (> 0).
 * @remarks Since 0.1.0
 */
export type StrategyWitness = {
  readonly player: PlayerId;
  /** the deviating pure strategy (0-based index into `game.strategies[player]`) */
  readonly strategy: number;
  readonly gain: Rational;
};

/** One information set's pure choice. @remarks Since 0.1.0 */
export type ActionChoice = { readonly infoset: InfosetId; readonly action: number };

/**
 * A profitable deviation on a tree. Replacing the profile's distributions at the listed information sets by
 * the listed pure actions raises `player`'s expected payoff (in the subgame at `subgameRoot`, when given;
 * evaluated with the player's own chance beliefs) by exactly `gain` (> 0).
 * - Nash / subgame-perfect checks: `deviation` is a pure behaviour of `player` at all of its information
 *   sets (inside the subgame) — a best response.
 * - Agent-form checks: `infoset` is set and `deviation` has that information set only.
 * @remarks Since 0.1.0
 */
export type BehaviorWitness = {
  readonly player: PlayerId;
  readonly subgameRoot?: NodeId;
  readonly infoset?: InfosetId;
  readonly deviation: readonly ActionChoice[];
  readonly gain: Rational;
};

/** Verdict of a strategic-game check. @remarks Since 0.1.0 */
export type StrategyVerdict = Verdict<StrategyWitness>;
/** Verdict of a tree check. @remarks Since 0.1.0 */
export type BehaviorVerdict = Verdict<BehaviorWitness>;

/** Options of the tree checkers. @remarks Since 0.1.0 */
export type VerifyOptions = {
  /**
   * For a player without perfect recall, the best response is found by enumerating the player's pure
   * behaviours; refuse (UnsupportedGameError) when there are more than this many.
   * @defaultValue 100000
   */
  readonly maxPureStrategies?: number;
};

/** Defaults of {@link VerifyOptions}. @remarks Since 0.1.0 */
export const defaultVerifyOptions: Required<VerifyOptions> = Object.freeze({ maxPureStrategies: 100_000 });
