/**
 * Parametric games: payoffs and chance probabilities as polynomial expressions in named parameters; the
 * exact region where a profile is an equilibrium; proofs with certificates (re-checked by
 * `src/verify/certificate.ts`); thresholds; sweeps.
 * @remarks Since 0.1.0
 */
export { ExpressionError } from './errors.js';
export { POLY, RATFN, type RationalFunction, ratFn } from './arithmetic.js';
export {
  type Condition,
  type ExpressionOptions,
  expressionParameters,
  parseConditions,
  parseExpression,
  parseRationalExpression,
  parseValue,
} from './expression.js';
export {
  type ParameterValues,
  type ParametricGame,
  type ParametricStrategic,
  type ParametricStrategicSpec,
  type ParametricTree,
  buildParametricTree,
  formatValues,
  gameParameters,
  instantiate,
  parametricStrategicGame,
} from './game.js';
export { parseParametricJson, walkParametricJson } from './json.js';
export { type ParametricProfile, type ProbabilityValue, toRationalFunction } from './profile.js';
export {
  type Concept,
  type Region,
  type RegionConstraint,
  type RegionOptions,
  type RemovedConstraint,
  equilibriumRegion,
  evaluateRegion,
  formatRegion,
  regionViolations,
  simplifyConstraints,
} from './region.js';
export {
  type Atom,
  type CertificateTerm,
  type CertifyOptions,
  type GoalCertificate,
  defaultCertifyOptions,
  findCertificate,
  impliedBy,
} from './certify.js';
export {
  type Certificate,
  type CertificateAtom,
  type CertificateIdentity,
  certificateSize,
  certificateToJson,
  polyToJson,
} from './certificate.js';
export { type ConcreteVerdict, concreteCheck } from './concrete.js';
export { type Cond, type SearchOptions, searchPoint, violationSystems } from './counterexample.js';
export {
  type ClaimKind,
  type Counterexample,
  type ProveInput,
  type ProveOptions,
  type ProveResult,
  buildAtoms,
  prove,
} from './prove.js';
export { type ImplicationGoal, type ImplicationInput, combineResults, proveImplication } from './implication.js';
export { type DominanceProof, proveUniqueByDominance } from './dominance.js';
export {
  type SymbolicThreshold,
  type ThresholdPiece,
  type ThresholdResult,
  formatThresholds,
  thresholds,
} from './threshold.js';
export { type SweepAxis, type SweepInput, type SweepResult, sweepRegions } from './sweep.js';
export { infosetsBelow, pathLabels } from './tree-walk.js';
