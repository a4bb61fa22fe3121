/**
 * The bridge between the two stages (MODEL.md, "Bridging the two stages", claim B1): the negotiated object
 * that carries over is credit. Stage 1's agreement between the territorial government K and the social
 * organization S sets their credit shares `b_K`, `b_S`; T keeps `b_T = 1 − b_K − b_S`. After the structure
 * change the same actors play the compliance game with those shares. On MODEL.md's first worked example
 * the negotiated shares `b = (3/10, 3/10, 2/5)` admit (F; Sub, Sub) as an SPE, while the imposed shares
 * `b = (4/5, 1/10, 1/10)` leave inaction the only SPE.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { type Rational, type RationalLike, formatRational, rat } from '../numeric/rational.js';
import { type ComplianceAnalysis, type ComplianceAnalysisOptions, analyzeCompliance } from './compliance-analysis.js';
import { INACTION_PLAN, samePlan } from './compliance-profiles.js';
import { type ComplianceParams, type ComplianceParamsInput, complianceParams } from './params.js';

/** Credit shares agreed in stage 1 (K's and S's; T keeps the rest). */
export type CreditShares = { readonly bK: RationalLike; readonly bS: RationalLike };

/** The outcome of {@link bridge}. */
export type BridgeResult = {
  /** the shares used in stage 2, `b_T = 1 − b_K − b_S` */
  readonly shares: { readonly bT: Rational; readonly bK: Rational; readonly bS: Rational };
  readonly params: ComplianceParams;
  readonly analysis: ComplianceAnalysis;
  /** some SPE plays (F, Sub, Sub) */
  readonly cooperationIsSpe: boolean;
  /** collective inaction is the only pure SPE */
  readonly inactionIsOnlySpe: boolean;
};

/** MODEL.md B1: the shares negotiated in stage 1, `(b_T, b_K, b_S) = (3/10, 3/10, 2/5)`. */
export const NEGOTIATED_SHARES: CreditShares = Object.freeze({ bK: '3/10', bS: '2/5' });
/** MODEL.md B1: the shares imposed after the structure change, `(b_T, b_K, b_S) = (4/5, 1/10, 1/10)`. */
export const IMPOSED_SHARES: CreditShares = Object.freeze({ bK: '1/10', bS: '1/10' });

/**
 * Reads and checks credit shares: `b_K, b_S ≥ 0` and `b_K + b_S ≤ 1`; returns all three.
 * @throws InvalidArgumentError naming the offending share
 * @remarks Since 0.1.0
 */
export function creditShares(agreement: CreditShares): { bT: Rational; bK: Rational; bS: Rational } {
  const bK = rat(agreement.bK);
  const bS = rat(agreement.bS);
  if (bK.compare(0) < 0 || bS.compare(0) < 0 || bK.add(bS).compare(1) > 0) {
    throw new InvalidArgumentError(
      `creditShares(): need bK, bS >= 0 and bK + bS <= 1; got bK = ${formatRational(bK)}, bS = ${formatRational(bS)}`,
    );
  }
  return { bT: rat(1).sub(bK).sub(bS), bK, bS };
}

/**
 * Maps a stage-1 split between K and S into credit shares. Stage 1 splits a unit surplus between the
 * government (here K) and S: K gets `split.K`, S gets `split.S` (default `1 − split.K`; with a fallback
 * `z_G + z_S < 1` the rest is lost to both). The credit K and S bargain over is the part `pool` of the
 * credit for `V` that T does not keep (default 1), so `b_K = pool · split.K`, `b_S = pool · split.S` and
 * T keeps `b_T = 1 − b_K − b_S`. MODEL.md's negotiated shares `(3/10, 3/10, 2/5)` are the split `(3/7, 4/7)`
 * of the pool `7/10`.
 * @throws InvalidArgumentError unless `0 ≤ pool ≤ 1`, the split parts are nonnegative and sum to at most 1
 * @remarks Since 0.1.0
 */
export function creditSharesFromSplit(
  split: { readonly K: RationalLike; readonly S?: RationalLike },
  pool: RationalLike = 1,
): CreditShares {
  const k = rat(split.K);
  const s = split.S === undefined ? rat(1).sub(k) : rat(split.S);
  const p = rat(pool);
  if (p.compare(0) < 0 || p.compare(1) > 0)
    throw new InvalidArgumentError(`creditSharesFromSplit(): pool must lie in [0, 1]; got ${formatRational(p)}`);
  if (k.compare(0) < 0 || s.compare(0) < 0 || k.add(s).compare(1) > 0) {
    throw new InvalidArgumentError(
      `creditSharesFromSplit(): the split needs K, S >= 0 and K + S <= 1; got K = ${formatRational(k)}, S = ${formatRational(s)}`,
    );
  }
  return { bK: p.mul(k), bS: p.mul(s) };
}

/**
 * Feeds stage 1's credit shares into stage 2 and analyzes the compliance game there.
 * @param stage1Agreement - `b_K`, `b_S` (for a stage-1 split use {@link creditSharesFromSplit})
 * @param stage2Params - the other stage-2 parameters (any `bT`, `bK`, `bS` given are replaced)
 * @throws InvalidArgumentError for impossible shares or parameters
 * @remarks Since 0.1.0
 */
export function bridge(
  stage1Agreement: CreditShares,
  stage2Params: ComplianceParamsInput | ComplianceParams,
  options: ComplianceAnalysisOptions = { thresholds: false },
): BridgeResult {
  const shares = creditShares(stage1Agreement);
  const params = complianceParams({ ...(stage2Params as ComplianceParamsInput), ...shares });
  const analysis = analyzeCompliance(params, options);
  return {
    shares,
    params,
    analysis,
    cooperationIsSpe: analysis.spe.some((e) => e.play.join(',') === 'F,Sub,Sub'),
    inactionIsOnlySpe:
      analysis.spe.length === 1 && samePlan((analysis.spe[0] as (typeof analysis.spe)[number]).plan, INACTION_PLAN),
  };
}
