/**
 * Pure profiles: conversion to degenerate mixed / behaviour profiles, and the checks on them.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type {
  BehaviorProfile,
  ExtensiveGame,
  Game,
  MixedProfile,
  PureBehavior,
  PureProfile,
  StrategicGame,
} from '../game/types.js';
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { checkNash } from './nash.js';
import { checkSubgamePerfect } from './subgame-perfect.js';
import type { BehaviorVerdict, StrategyVerdict, VerifyOptions } from './types.js';

function degenerate(size: number, index: unknown, where: string): Rational[] {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= size) {
    throw new InvalidArgumentError(`${where} must be an integer in 0..${size - 1}; got ${String(index)}`);
  }
  return Array.from({ length: size }, (_, i) => (i === index ? ONE : ZERO));
}

/**
 * The behaviour profile playing action `pure[I]` with probability 1 at each information set I.
 * @throws InvalidArgumentError if `pure` has the wrong length or an action index out of range
 * @remarks Since 0.1.0
 */
export function pureBehaviorToProfile(game: ExtensiveGame, pure: PureBehavior): BehaviorProfile {
  if (!Array.isArray(pure) || pure.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `pureBehaviorToProfile(): pure must have one action per information set (${game.infosets.length}); got ${Array.isArray(pure) ? pure.length : typeof pure}`,
    );
  }
  return game.infosets.map((info) =>
    degenerate(info.actions.length, pure[info.id], `pureBehaviorToProfile(): pure[${info.id}]`),
  );
}

/**
 * The mixed profile playing strategy `pure[p]` with probability 1 for each player p.
 * @throws InvalidArgumentError if `pure` has the wrong length or a strategy index out of range
 * @remarks Since 0.1.0
 */
export function pureProfileToMixed(game: StrategicGame, pure: PureProfile): MixedProfile {
  if (!Array.isArray(pure) || pure.length !== game.players.length) {
    throw new InvalidArgumentError(
      `pureProfileToMixed(): pure must have one strategy per player (${game.players.length}); got ${Array.isArray(pure) ? pure.length : typeof pure}`,
    );
  }
  return game.strategies.map((s, p) => degenerate(s.length, pure[p], `pureProfileToMixed(): pure[${p}]`));
}

/**
 * Checks whether a pure profile (strategic game) or pure behaviour (tree) is a Nash equilibrium.
 * @throws InvalidArgumentError if the pure profile is invalid
 * @remarks Since 0.1.0
 */
export function checkNashPure(game: StrategicGame, pure: PureProfile): StrategyVerdict;
export function checkNashPure(game: ExtensiveGame, pure: PureBehavior, options?: VerifyOptions): BehaviorVerdict;
export function checkNashPure(
  game: Game,
  pure: readonly number[],
  options?: VerifyOptions,
): StrategyVerdict | BehaviorVerdict;
export function checkNashPure(
  game: Game,
  pure: readonly number[],
  options: VerifyOptions = {},
): StrategyVerdict | BehaviorVerdict {
  return game.kind === 'strategic'
    ? checkNash(game, pureProfileToMixed(game, pure))
    : checkNash(game, pureBehaviorToProfile(game, pure), options);
}

/**
 * Whether a pure profile (strategic game) or pure behaviour (tree) is a Nash equilibrium.
 * @remarks Since 0.1.0
 */
export function isNashPure(game: Game, pure: readonly number[], options: VerifyOptions = {}): boolean {
  return checkNashPure(game, pure, options).ok;
}

/**
 * Whether a pure behaviour is subgame perfect.
 * @throws InvalidArgumentError if the pure behaviour is invalid
 * @remarks Since 0.1.0
 */
export function isSubgamePerfectPure(game: ExtensiveGame, pure: PureBehavior, options: VerifyOptions = {}): boolean {
  return checkSubgamePerfect(game, pureBehaviorToProfile(game, pure), options).ok;
}
