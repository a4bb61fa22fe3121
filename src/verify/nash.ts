/**
 * Nash checks on any game: dispatch on `game.kind` to the strategic or the tree checker.
 * @remarks Since 0.1.0
 */
import type { BehaviorProfile, ExtensiveGame, Game, MixedProfile, StrategicGame } from '../game/types.js';
import { type Rational, ZERO } from '../numeric/rational.js';
import { checkStrategicNash, maxStrategyRegret } from './strategic.js';
import { checkBehaviorNash, playerRegrets } from './tree-regret.js';
import type { BehaviorVerdict, StrategyVerdict, VerifyOptions } from './types.js';

/**
 * Checks whether a profile is a Nash equilibrium: a mixed profile of a strategic game, or a behaviour
 * profile of a tree (see {@link checkStrategicNash} and {@link checkBehaviorNash}).
 * @returns `{ ok: true }` or `{ ok: false, witness }` with the largest profitable deviation
 * @throws InvalidArgumentError if the profile is invalid
 * @throws UnsupportedGameError on trees, for an absent-minded player or one without perfect recall whose
 *   pure behaviours exceed the budget
 * @remarks Since 0.1.0
 */
export function checkNash(game: StrategicGame, profile: MixedProfile): StrategyVerdict;
export function checkNash(game: ExtensiveGame, profile: BehaviorProfile, options?: VerifyOptions): BehaviorVerdict;
export function checkNash(
  game: Game,
  profile: MixedProfile | BehaviorProfile,
  options?: VerifyOptions,
): StrategyVerdict | BehaviorVerdict;
export function checkNash(
  game: Game,
  profile: MixedProfile | BehaviorProfile,
  options: VerifyOptions = {},
): StrategyVerdict | BehaviorVerdict {
  return game.kind === 'strategic' ? checkStrategicNash(game, profile) : checkBehaviorNash(game, profile, options);
}

/**
 * Whether a profile is a Nash equilibrium (every regret exactly 0).
 * @throws as {@link checkNash}
 * @remarks Since 0.1.0
 */
export function isNash(game: Game, profile: MixedProfile | BehaviorProfile, options: VerifyOptions = {}): boolean {
  return checkNash(game, profile, options).ok;
}

/**
 * The largest player regret of a profile (strategic game: over pure strategies; tree: over behaviour
 * strategies, by best response). Exactly 0 at a Nash equilibrium.
 * @throws as {@link checkNash}
 * @remarks Since 0.1.0
 */
export function maxRegret(game: Game, profile: MixedProfile | BehaviorProfile, options: VerifyOptions = {}): Rational {
  if (game.kind === 'strategic') return maxStrategyRegret(game, profile);
  return playerRegrets(game, profile, options).reduce((m, r) => (r.regret.compare(m) > 0 ? r.regret : m), ZERO);
}
