/**
 * Assessments (profile + beliefs): validity of beliefs, Bayes' rule where it applies, and sequential
 * rationality — the conditions of a weak perfect Bayesian equilibrium (Mas-Colell, Whinston and Green 1995,
 * Def. 9.C.3) and, with consistency, of a sequential equilibrium (Kreps and Wilson 1982, §3).
 *
 * - Bayes' rule: where the information set I of player p is reached with ρ(I) > 0 (p's own chance
 *   beliefs), μ(x) = ρ(x)/ρ(I) for each member x.
 * - Sequential rationality at I: with V the continuation values under σ, p's expected continuation payoff
 *   Σ_{x∈I} μ(x)·V(x) must equal the best continuation payoff over p's behaviour from I on, computed by
 *   {@link bestResponse} on the members of I weighted by μ (for perfect recall, every later information set
 *   of p met lies entirely below I, so this is the sequence-form best response of the continuation game).
 *   Payoffs collected above the members are the same for every continuation and are left out.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { InfosetId, PlayerId } from '../game/ids.js';
import type { Assessment, ExtensiveGame } from '../game/types.js';
import { type Rational, ZERO, formatRational, isRational } from '../numeric/rational.js';
import { bestResponse } from './best-response.js';
import { continuationValues, realization } from './tree-values.js';
import { type ActionChoice, type VerifyOptions, defaultVerifyOptions } from './types.js';
import { checkBehaviorProfile } from './validate.js';

/** Why an assessment fails at an information set. @remarks Since 0.1.0 */
export type AssessmentFailure =
  | { readonly kind: 'belief-not-distribution'; readonly infoset: InfosetId; readonly reason: string }
  | { readonly kind: 'bayes'; readonly infoset: InfosetId; readonly bayes: readonly Rational[] }
  | {
      readonly kind: 'not-sequentially-rational';
      readonly infoset: InfosetId;
      readonly player: PlayerId;
      /** the player's better continuation: pure choices at I and its later information sets */
      readonly deviation: readonly ActionChoice[];
      /** belief-weighted gain of the deviation */
      readonly gain: Rational;
    };

/** The result of {@link checkAssessment}: ok, or every failure found. @remarks Since 0.1.0 */
export type AssessmentVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly failures: readonly AssessmentFailure[] };

/**
 * Checks the shape of the beliefs (one vector of rationals per information set, one entry per member).
 * @throws InvalidArgumentError naming the information set
 * @internal
 */
export function checkBeliefShape(game: ExtensiveGame, beliefs: Assessment['beliefs'], fn: string): void {
  if (!Array.isArray(beliefs) || beliefs.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `${fn}: beliefs must have one vector per information set (${game.infosets.length}); got ${Array.isArray(beliefs) ? beliefs.length : typeof beliefs}`,
    );
  }
  for (const info of game.infosets) {
    const b = beliefs[info.id];
    if (!Array.isArray(b) || b.length !== info.members.length) {
      throw new InvalidArgumentError(
        `${fn}: beliefs[${info.id}] must have ${info.members.length} entries (one per member); got ${Array.isArray(b) ? b.length : typeof b}`,
      );
    }
    b.forEach((x: unknown, i) => {
      if (!isRational(x))
        throw new InvalidArgumentError(`${fn}: beliefs[${info.id}][${i}] must be an exact rational; got ${String(x)}`);
    });
  }
}

/** Why a belief vector is not a distribution, or `null`. @internal */
export function beliefProblem(b: readonly Rational[]): string | null {
  let total = ZERO;
  for (const x of b) {
    if (x.s < 0n && x.n !== 0n) return `negative belief ${formatRational(x)}`;
    total = total.add(x);
  }
  return total.equals(1) ? null : `beliefs sum to ${formatRational(total)}, not 1`;
}

/**
 * Checks an assessment: beliefs are distributions, Bayes' rule holds wherever the information set is
 * reached with positive probability, and the profile is sequentially rational at every information set given
 * the beliefs. Returns every failure found.
 * @throws InvalidArgumentError if the profile or the beliefs have the wrong shape (or the profile is not a
 *   distribution)
 * @throws UnsupportedGameError for an absent-minded player, or one without perfect recall with too many
 *   continuation behaviours (see {@link VerifyOptions})
 * @remarks Since 0.1.0
 */
export function checkAssessment(
  game: ExtensiveGame,
  assessment: Assessment,
  options: VerifyOptions = {},
): AssessmentVerdict {
  const fn = 'checkAssessment()';
  checkBehaviorProfile(game, assessment.profile, fn);
  checkBeliefShape(game, assessment.beliefs, fn);
  const budget = options.maxPureStrategies ?? defaultVerifyOptions.maxPureStrategies;
  const profile = assessment.profile;
  const values = game.players.map((_, p) => continuationValues(game, profile, p as PlayerId));
  const reaches = game.players.map((_, p) => realization(game, profile, p as PlayerId));
  const failures: AssessmentFailure[] = [];
  for (const info of game.infosets) {
    const mu = assessment.beliefs[info.id] as readonly Rational[];
    const problem = beliefProblem(mu);
    if (problem !== null) {
      failures.push({ kind: 'belief-not-distribution', infoset: info.id, reason: problem });
      continue;
    }
    const rho = reaches[info.player] as Rational[];
    const reach = info.members.reduce((acc, x) => acc.add(rho[x] as Rational), ZERO);
    if (reach.n !== 0n) {
      const bayes = info.members.map((x) => (rho[x] as Rational).div(reach));
      if (bayes.some((v, i) => !v.equals(mu[i] as Rational))) failures.push({ kind: 'bayes', infoset: info.id, bayes });
    }
    const V = values[info.player] as Rational[];
    const current = info.members.reduce((acc, x, i) => acc.add((mu[i] as Rational).mul(V[x] as Rational)), ZERO);
    const starts = info.members.map((node, i) => ({ node, weight: mu[i] as Rational }));
    const br = bestResponse(game, profile, info.player, starts, budget, fn);
    const gain = br.value.sub(current);
    if (gain.n !== 0n) {
      failures.push({
        kind: 'not-sequentially-rational',
        infoset: info.id,
        player: info.player,
        deviation: br.choices,
        gain,
      });
    }
  }
  return failures.length === 0 ? { ok: true } : { ok: false, failures };
}

/**
 * Whether an assessment is a weak perfect Bayesian equilibrium (Mas-Colell, Whinston and Green 1995,
 * Def. 9.C.3): sequentially rational given beliefs that are distributions and follow Bayes' rule wherever
 * possible.
 * @throws as {@link checkAssessment}
 * @remarks Since 0.1.0
 */
export function isWeakPBE(game: ExtensiveGame, assessment: Assessment, options: VerifyOptions = {}): boolean {
  return checkAssessment(game, assessment, options).ok;
}
