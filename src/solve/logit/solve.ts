/**
 * Logit quantal response equilibrium tracing (agent form), with exact confirmation of the snapped limit.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import type { BehaviorProfile, Game, MixedProfile } from '../../game/types.js';
import { type Rational, rat } from '../../numeric/rational.js';
import { isNash, isSubgamePerfect } from '../../verify/index.js';
import { startBudget } from '../budget.js';
import type { Budget, SolveResult } from '../types.js';
import { floatAgents } from './agents.js';
import { tracePrincipalBranch } from './path.js';
import { snapDistribution } from './snap.js';

/** Options of {@link solveLogit}. */
export type LogitOptions = Budget & {
  /** trace until `λ` reaches this value */
  readonly maxLambda?: number;
  /** at most this many predictor–corrector steps */
  readonly maxSteps?: number;
  /** snapping: probabilities within this distance of a small-denominator rational (or 0, 1) are snapped */
  readonly snapTolerance?: number;
  /** snapping: the largest denominator tried */
  readonly maxDenominator?: number;
};

/** Defaults of {@link solveLogit}. */
export const defaultLogitOptions: {
  readonly maxLambda: number;
  readonly maxSteps: number;
  readonly snapTolerance: number;
  readonly maxDenominator: number;
} = { maxLambda: 1e4, maxSteps: 20_000, snapTolerance: 1e-3, maxDenominator: 100 };

/** The result of {@link solveLogit}: one profile, with the floating-point limit it came from. */
export type LogitResult = SolveResult<MixedProfile | BehaviorProfile> & {
  /** the `λ` reached */
  readonly lambda: number;
  /** the floating-point profile at that `λ` (per agent: a player, or an information set) */
  readonly limit: readonly (readonly number[])[];
  /** whether the snapped exact profile was confirmed a Nash equilibrium by `src/verify` */
  readonly confirmed: boolean;
};

const SOLVER = 'solveLogit';

/**
 * The limit of the principal branch of the logit QRE correspondence (McKelvey & Palfrey 1995, 1998; traced as
 * in Turocy 2005, see `tracePrincipalBranch`), on a strategic game (players are the agents) or a tree (its
 * agent form: information sets are the agents, valued at their Bayes beliefs; each player's own prior at
 * chance). The floating-point limit is then snapped to exact rationals (`snapDistribution`) and confirmed by
 * the independent checker (`isNash` of `src/verify`; on trees also reported when not subgame perfect).
 * Only a confirmed profile is returned as exact (`exact: true`); otherwise the floating-point profile is
 * returned (as rationals of its decimal values) with `exact: false` and a warning.
 * @param game - a strategic game or a tree
 * @param options - `maxLambda`, `maxSteps`, snapping settings, time budget and signal
 * @returns one profile (strategic: mixed profile; tree: behaviour profile), `complete: false`
 * @throws InvalidArgumentError if an option is out of range
 * @remarks Since 0.1.0
 */
export function solveLogit(game: Game<Rational>, options: LogitOptions = {}): LogitResult {
  const opts = { ...defaultLogitOptions, ...options };
  if (!(opts.maxLambda > 0) || !(opts.snapTolerance > 0 && opts.snapTolerance < 0.5)) {
    throw new InvalidArgumentError(
      `${SOLVER}(): maxLambda must be > 0 and snapTolerance in (0, 1/2); got ${opts.maxLambda}, ${opts.snapTolerance}`,
    );
  }
  if (!Number.isInteger(opts.maxDenominator) || opts.maxDenominator < 1) {
    throw new InvalidArgumentError(
      `${SOLVER}(): maxDenominator must be a positive integer; got ${opts.maxDenominator}`,
    );
  }
  const meter = startBudget(opts, SOLVER);
  const agents = floatAgents(game);
  const end = tracePrincipalBranch(agents, {
    maxLambda: opts.maxLambda,
    maxSteps: opts.maxSteps,
    initialStep: 0.05,
    maxStep: Math.max(1, opts.maxLambda / 20),
    minStep: 1e-12,
    tolerance: 1e-10,
    shouldStop: () => meter.check() !== null,
  });
  const limit = agents.sizes.map((k, i) =>
    Array.from({ length: k }, (_, a) => Math.exp(end.logp[(agents.offsets[i] as number) + a] as number)),
  );
  const warnings: string[] = [];
  if (end.reason !== 'lambda')
    warnings.push(`tracing ended at lambda = ${end.lambda} (${end.reason}) before maxLambda`);
  const snapped = limit.map((v) => snapDistribution(v, opts.snapTolerance, opts.maxDenominator));
  let confirmed = false;
  let profile: Rational[][] | null = null;
  if (snapped.every((v) => v !== null)) {
    profile = snapped as Rational[][];
    try {
      confirmed = isNash(game, profile);
      if (confirmed && game.kind === 'extensive' && !isSubgamePerfect(game, profile)) {
        warnings.push('the snapped profile is a Nash equilibrium but not subgame perfect');
      }
    } catch (e) {
      warnings.push(`the checker refused the snapped profile: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!confirmed)
    warnings.push('the limit could not be confirmed as an exact equilibrium; returning the floating-point profile');
  const out = confirmed && profile !== null ? profile : limit.map((v) => v.map((x) => rat(Number(x.toPrecision(15)))));
  return {
    method: 'logit',
    exact: confirmed,
    representation: game.kind === 'strategic' ? 'strategy' : 'behavior',
    options: { ...opts, signal: undefined },
    equilibria: [out],
    complete: false,
    stopped: end.reason === 'stopped' ? meter.stopped : null,
    warnings,
    lambda: end.lambda,
    limit,
    confirmed,
    stats: { steps: end.steps, ms: meter.elapsedMs },
  };
}
