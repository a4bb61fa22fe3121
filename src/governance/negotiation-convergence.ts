/**
 * Convergence tables for stage 1 (MODEL.md: "the engine must show convergence as n grows, not claim
 * equality"): G's SPE share against the number of rounds `N`, solved exactly on the state graph, against
 * Rubinstein's limit (N1); and the uninformed proposer's two-round value with `n` discretised uniform types,
 * solved exactly by the cutoff method, against the continuum's `(2−δ)²/(4(4−3δ))` (N3), with the
 * indefinite continuum value `γ/2` alongside in floating point.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { type Rational, type RationalLike, rat } from '../numeric/rational.js';
import { rubinsteinShare } from './bargaining-closed-forms.js';
import { uniformScreeningIndefiniteFloat, uniformScreeningTwoRounds } from './screening.js';
import { cutoffScreening, cutoffScreeningFloat, uniformMidpoints } from './cutoff-screening.js';
import { negotiationGraph } from './negotiation-graph.js';

/** One row of {@link rubinsteinConvergence}. */
export type RoundsRow = { readonly rounds: number; readonly shareG: Rational; readonly gap: Rational };

/**
 * G's SPE share with `N` rounds (continuous offers, no fallback, G first), for each `N`, and
 * `|share − Rubinstein|`. The gap shrinks by the factor `δ_G δ_S` every two rounds (the recursion is a
 * contraction; proofs/governance/n1.proof.ts).
 * @throws InvalidArgumentError when `δ_G δ_S = 1` or a round count is not a positive integer
 * @remarks Since 0.1.0
 */
export function rubinsteinConvergence(
  deltaG: RationalLike,
  deltaS: RationalLike,
  rounds: readonly number[],
): { readonly limit: Rational; readonly rows: readonly RoundsRow[] } {
  const limit = rubinsteinShare(deltaG, deltaS, 'G');
  const rows = rounds.map((n) => {
    const share = (negotiationGraph({ deltaG, deltaS, rounds: n }, { offers: 'continuous' }).regimes[0]?.canonical.g ??
      rat(0)) as Rational;
    return { rounds: n, shareG: share, gap: share.sub(limit).abs() };
  });
  return { limit, rows };
}

/** One row of {@link screeningConvergence}. */
export type TypesRow = {
  readonly types: number;
  /** the seller's two-round value with `n` midpoint types (exact) */
  readonly value: Rational;
  /** `value − (2−δ)²/(4(4−3δ))` (exact) */
  readonly gap: Rational;
};

/**
 * The two-round value of the uninformed proposer with `n` types uniform on [0, 1] (midpoints
 * `(2i−1)/(2n)`, equal probabilities), exactly, for each `n`, against the continuum value; plus the
 * continuum's indefinite value `γ/2` (floating point).
 * @throws InvalidArgumentError for `δ ∉ [0, 1)` or a bad `n`
 * @remarks Since 0.1.0
 */
export function screeningConvergence(
  delta: RationalLike,
  types: readonly number[],
): { readonly twoRounds: Rational; readonly indefiniteFloat: number; readonly rows: readonly TypesRow[] } {
  const d = rat(delta);
  if (d.compare(0) < 0 || d.compare(1) >= 0)
    throw new InvalidArgumentError(`screeningConvergence(): delta must lie in [0, 1); got ${d.toFraction()}`);
  const twoRounds = uniformScreeningTwoRounds(d).sellerValue;
  const indefiniteFloat = uniformScreeningIndefiniteFloat(d.valueOf());
  const rows = types.map((n) => {
    const value = cutoffScreening({ values: uniformMidpoints(n), delta: d, rounds: 2 }).value;
    return { types: n, value, gap: value.sub(twoRounds) };
  });
  return { twoRounds, indefiniteFloat, rows };
}

/** One row of {@link longHorizonScreeningFloat}. */
export type HorizonRow = {
  readonly types: number;
  readonly rounds: number;
  readonly value: number;
  readonly lastSaleRound: number;
};

/**
 * Labelled floating point: the cutoff method's seller value with `n` midpoint types and a long horizon `T`
 * (the path ends before the deadline when `lastSaleRound < T`, so the deadline no longer binds). Reported
 * next to `γ/2`; these pure-cutoff values are not claimed to converge to it.
 * @remarks Since 0.1.0
 */
export function longHorizonScreeningFloat(
  delta: RationalLike,
  types: readonly number[],
  rounds: number,
): readonly HorizonRow[] {
  return types.map((n) => {
    const r = cutoffScreeningFloat({ values: uniformMidpoints(n), delta, rounds });
    return { types: n, rounds, value: r.value, lastSaleRound: r.path.length };
  });
}
