/**
 * `enumpure` on a strategic game: all pure Nash equilibria, n players.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import type { MixedProfile, StrategicGame } from '../../game/types.js';
import type { Rational } from '../../numeric/rational.js';
import { startBudget } from '../budget.js';
import type { Budget, StopReason, StrategyResult } from '../types.js';
import { type PureOracle, pureNashProfiles } from './core.js';
import { unitVector } from '../../game/pure-strategies.js';

/** Options of the `enumpure` solvers. */
export type EnumPureOptions = Budget & {
  /** on a tree: solve the agent form (behaviour profiles) instead of the reduced strategic form */
  readonly agent?: boolean;
  /** largest derived form (reduced or agent) built as a table; larger forms are searched lazily */
  readonly maxProfiles?: number;
};

/** Defaults of {@link EnumPureOptions}. @remarks Since 0.1.0 */
export const defaultEnumPureOptions: { readonly agent: boolean; readonly maxProfiles: number } = {
  agent: false,
  maxProfiles: 1_000_000,
};

/**
 * Runs the enumeration on an oracle and packs a strategy-form result.
 * @remarks Since 0.1.0
 */
export function runEnumPure(
  oracle: PureOracle,
  options: EnumPureOptions,
  where: string,
  toProfile: (pure: readonly number[]) => MixedProfile,
  extraOptions: Readonly<Record<string, unknown>> = {},
): StrategyResult {
  const max = options.maxEquilibria;
  if (max !== undefined && !(Number.isInteger(max) && max >= 0)) {
    throw new InvalidArgumentError(`${where}: maxEquilibria must be a non-negative integer; got ${max}`);
  }
  const meter = startBudget(options, where);
  const equilibria: MixedProfile[] = [];
  let stopped: StopReason | null = null;
  if (max !== 0) {
    for (const pure of pureNashProfiles(oracle, meter)) {
      equilibria.push(toProfile(pure));
      if (meter.found() !== null) break;
    }
  } else stopped = 'equilibria';
  stopped ??= meter.stopped;
  return {
    method: 'enumpure',
    exact: true,
    representation: 'strategy',
    options: {
      ...extraOptions,
      ...(max !== undefined ? { maxEquilibria: max } : {}),
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    },
    equilibria,
    complete: stopped === null,
    stopped,
    warnings: [],
    stats: { profilesVisited: meter.nodes, ms: meter.elapsedMs },
  };
}

/**
 * All pure Nash equilibria of a strategic game with any number of players, as degenerate mixed profiles
 * (Gambit's `gambit-enumpure` on an `.nfg`).
 * @param options - `maxEquilibria`; `maxNodes` bounds the number of pure profiles visited; `timeoutMs`; `signal`
 * @throws InvalidArgumentError if a budget is not a non-negative integer
 * @remarks Since 0.1.0
 */
export function enumPureStrategic(game: StrategicGame, options: EnumPureOptions = {}): StrategyResult {
  const counts = game.strategies.map((s) => s.length);
  const oracle: PureOracle = {
    counts,
    payoff: (index, p) => (game.payoffs[index] as readonly Rational[])[p] as Rational,
  };
  return runEnumPure(oracle, options, 'enumPureStrategic()', (pure) =>
    pure.map((a, p) => unitVector(counts[p] as number, a)),
  );
}
