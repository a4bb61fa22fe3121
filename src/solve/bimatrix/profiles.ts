/**
 * Small helpers shared by the bimatrix solvers: normalising integer vectors into mixed strategies, keys for
 * deduplication, and the options/result plumbing.
 * @remarks Since 0.1.0
 */
import type { MixedProfile } from '../../game/types.js';
import { type Rational, Fraction, ZERO, formatRational } from '../../numeric/rational.js';
import type { Budget } from '../types.js';

/**
 * The probability vector proportional to a nonnegative integer vector (which must not be all zero).
 * @remarks Since 0.1.0
 */
export function normalise(weights: readonly bigint[]): Rational[] {
  let total = 0n;
  for (const w of weights) total += w;
  return weights.map((w) => (w === 0n ? ZERO : new Fraction(w, total)));
}

/** A text key identifying a mixed profile exactly (for deduplication). @remarks Since 0.1.0 */
export function profileKey(profile: MixedProfile): string {
  return profile.map((p) => p.map(formatRational).join(',')).join('|');
}

/** Resource limits shared by the bimatrix solvers' options, without the signal. */
export type BudgetLimits = Required<Omit<Budget, 'signal'>>;

/** No limits. */
export const NO_LIMITS: BudgetLimits = Object.freeze({
  maxEquilibria: Infinity,
  maxNodes: Infinity,
  maxPivots: Infinity,
  timeoutMs: Infinity,
});

/**
 * The budget part of an options object, as `startBudget` wants it (infinite limits dropped).
 * @remarks Since 0.1.0
 */
export function budgetOf(options: Budget): Budget {
  const out: { -readonly [K in keyof Budget]?: Budget[K] } = {};
  if (options.maxEquilibria !== undefined && options.maxEquilibria !== Infinity)
    out.maxEquilibria = options.maxEquilibria;
  if (options.maxNodes !== undefined && options.maxNodes !== Infinity) out.maxNodes = options.maxNodes;
  if (options.maxPivots !== undefined && options.maxPivots !== Infinity) out.maxPivots = options.maxPivots;
  if (options.timeoutMs !== undefined && options.timeoutMs !== Infinity) out.timeoutMs = options.timeoutMs;
  if (options.signal !== undefined) out.signal = options.signal;
  return out;
}

/**
 * The options to report in a result: the caller's values over the defaults, without the signal.
 * @remarks Since 0.1.0
 */
export function reportedOptions(defaults: object, options: object): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(options)) if (key !== 'signal' && value !== undefined) out[key] = value;
  return Object.freeze(out);
}
