/**
 * Validation of the profiles given to the checker: right shape, exact rationals, each vector a probability
 * distribution (nonnegative, summing to exactly 1).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from '../game/types.js';
import { type Rational, ZERO, formatRational, isRational } from '../numeric/rational.js';

/**
 * Checks that `vector` is a probability distribution over `size` entries.
 * @param where - the calling function and argument path for the message, e.g. `isNash(): profile[1]`
 * @throws InvalidArgumentError naming `where` and what is wrong
 * @remarks Since 0.1.0
 */
export function checkDistribution(vector: unknown, size: number, where: string): asserts vector is readonly Rational[] {
  if (!Array.isArray(vector))
    throw new InvalidArgumentError(`${where} must be an array of ${size} rationals; got ${typeof vector}`);
  if (vector.length !== size) {
    throw new InvalidArgumentError(`${where} must have ${size} probabilities; got ${vector.length}`);
  }
  let total = ZERO;
  vector.forEach((x: unknown, i) => {
    if (!isRational(x))
      throw new InvalidArgumentError(`${where}[${i}] must be an exact rational (Fraction); got ${String(x)}`);
    if (x.s < 0n && x.n !== 0n) throw new InvalidArgumentError(`${where}[${i}] is negative: ${formatRational(x)}`);
    total = total.add(x);
  });
  if (!total.equals(1)) throw new InvalidArgumentError(`${where} sums to ${formatRational(total)}, not exactly 1`);
}

/**
 * Checks a mixed profile of a strategic game: one distribution per player over its strategies.
 * @throws InvalidArgumentError naming the function, the player and what is wrong
 * @remarks Since 0.1.0
 */
export function checkMixedProfile(game: StrategicGame, profile: MixedProfile, fn: string): void {
  if (!Array.isArray(profile) || profile.length !== game.players.length) {
    throw new InvalidArgumentError(
      `${fn}: profile must have one vector per player (${game.players.length}); got ${Array.isArray(profile) ? profile.length : typeof profile}`,
    );
  }
  game.strategies.forEach((s, p) =>
    checkDistribution(profile[p], s.length, `${fn}: profile[${p}] (player "${game.players[p]}")`),
  );
}

/**
 * Checks a behaviour profile of a tree: one distribution per information set (`game.infosets` order).
 * @throws InvalidArgumentError naming the function, the information set and what is wrong
 * @remarks Since 0.1.0
 */
export function checkBehaviorProfile(game: ExtensiveGame, profile: BehaviorProfile, fn: string): void {
  if (!Array.isArray(profile) || profile.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `${fn}: profile must have one vector per information set (${game.infosets.length}); got ${Array.isArray(profile) ? profile.length : typeof profile}`,
    );
  }
  for (const info of game.infosets) {
    const name = info.label === '' ? '' : ` ("${info.label}")`;
    checkDistribution(profile[info.id], info.actions.length, `${fn}: profile[${info.id}]${name}`);
  }
}
