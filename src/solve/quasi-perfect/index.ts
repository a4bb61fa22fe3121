/**
 * Quasi-perfect equilibrium of two-player trees with perfect recall by sequence-form Lemke with a symbolic
 * perturbation (Miltersen and Sørensen 2010), and its building blocks.
 * @remarks Since 0.1.0
 */
export { defaultQuasiPerfectOptions, quasiPerfect } from './quasi-perfect.js';
export type { QuasiPerfectOptions } from './quasi-perfect.js';
export { perturbedSequenceLcp, sequenceDepths } from './problem.js';
export type { PerturbedLcp } from './problem.js';
export { lemkeEps } from './lemke-eps.js';
export type { EpsLemkeOutcome } from './lemke-eps.js';
export { arePerturbedPlans, limitAssessment, perturbedPlans } from './limit.js';
export type { EpsPlans } from './limit.js';
export {
  EPS_ZERO,
  epsAdd,
  epsCoefficient,
  epsCompare,
  epsConst,
  epsDivExact,
  epsEquals,
  epsMonomial,
  epsMul,
  epsNeg,
  epsOrder,
  epsPivotUpdate,
  epsScale,
  epsSign,
  epsSub,
} from './eps-poly.js';
export type { EpsPoly } from './eps-poly.js';
