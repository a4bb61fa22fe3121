/**
 * The subgame-perfect regions of every pure plan of the fully symbolic compliance game, computed once with
 * `equilibriumRegion` of `src/param/region.ts` (Selten 1965: the plan is an SPE iff no player gains by a
 * pure deviation in any subgame), and their evaluation at concrete parameters or along one parameter.
 * @remarks Since 0.1.0
 */
import type { Polynomial } from '../numeric/polynomial.js';
import { polyEvaluate, polySubstitute } from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { equilibriumRegion } from '../param/region.js';
import { complianceGameParametric } from './compliance-parametric.js';
import { type CompliancePlan, allPlans, complianceProfile } from './compliance-profiles.js';
import type { ComplianceParameter, ComplianceParams } from './params.js';

/** A plan and the polynomials `p(θ) ≥ 0` whose conjunction says it is a subgame-perfect equilibrium. */
export type PlanRegion = { readonly plan: CompliancePlan; readonly constraints: readonly Polynomial[] };

let cache: readonly PlanRegion[] | undefined;

/**
 * The SPE region of each of the 32 pure plans of the symbolic compliance game (unsimplified: every
 * deviation in every subgame).
 * @remarks Since 0.1.0
 */
export function planRegions(): readonly PlanRegion[] {
  if (cache === undefined) {
    const game = complianceGameParametric();
    cache = Object.freeze(
      allPlans().map((plan) => ({
        plan,
        constraints: equilibriumRegion(game, complianceProfile(game, plan), {
          concept: 'spe',
          simplify: false,
        }).constraints.map((c) => c.poly),
      })),
    );
  }
  return cache;
}

/**
 * The plans that are subgame-perfect at concrete parameters, by evaluating their regions.
 * @remarks Since 0.1.0
 */
export function speByRegions(params: ComplianceParams): CompliancePlan[] {
  const values = params as Readonly<Record<ComplianceParameter, Rational>>;
  return planRegions()
    .filter((r) => r.constraints.every((p) => polyEvaluate(p, values).compare(0) >= 0))
    .map((r) => r.plan);
}

/**
 * The regions after substituting values (rationals or polynomials) for parameters, in passes: each map is
 * applied in turn, so a later pass can fix variables an earlier one introduced (e.g. first `bT ↦ 1 − bK − bS`,
 * then the values of the others).
 * @remarks Since 0.1.0
 */
export function restrictRegions(
  passes: readonly Readonly<Partial<Record<ComplianceParameter, Rational | Polynomial>>>[],
): { readonly plan: CompliancePlan; readonly constraints: readonly Polynomial[] }[] {
  return planRegions().map((r) => ({
    plan: r.plan,
    constraints: r.constraints.map((p) => passes.reduce((q, values) => polySubstitute(q, values), p)),
  }));
}
