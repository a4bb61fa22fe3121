/**
 * The independent checker: regrets, Nash (strategic and behaviour), agent-form Nash, subgame perfection,
 * assessments (weak perfect Bayesian, sequential). It shares no code with `src/solve/`; it uses only the
 * basic game model and exact rationals, with plain tree walks.
 * @remarks Since 0.1.0
 */
export type {
  ActionChoice,
  BehaviorVerdict,
  BehaviorWitness,
  StrategyVerdict,
  StrategyWitness,
  Verdict,
  VerifyOptions,
} from './types.js';
export { defaultVerifyOptions } from './types.js';
export { checkBehaviorProfile, checkDistribution, checkMixedProfile } from './validate.js';
export type { StrategyRegret } from './strategic.js';
export { checkStrategicNash, maxStrategyRegret, strategyRegrets } from './strategic.js';
export { absentMindedInfosets, chanceProbsFor, continuationValues, realization, subtreeEnds } from './tree-values.js';
export type { BestResponse, WeightedStart } from './best-response.js';
export { bestResponse } from './best-response.js';
export type { InfosetRegret, PlayerRegret } from './tree-regret.js';
export {
  behaviorPayoffs,
  checkAgentNash,
  checkBehaviorNash,
  infosetRegrets,
  isAgentNash,
  playerRegrets,
} from './tree-regret.js';
export { subgameRootsOf } from './subgame-roots.js';
export type { SubgameRegrets } from './subgame-perfect.js';
export { checkSubgamePerfect, isSubgamePerfect, subgameRegrets } from './subgame-perfect.js';
export { checkNash, isNash, maxRegret } from './nash.js';
export { checkNashPure, isNashPure, isSubgamePerfectPure, pureBehaviorToProfile, pureProfileToMixed } from './pure.js';
export type { AssessmentFailure, AssessmentVerdict } from './assessment.js';
export { checkAssessment, isWeakPBE } from './assessment.js';
export type { ConsistencyVerdict } from './consistency.js';
export { checkConsistency } from './consistency.js';
export type { ConsistencyCertificate, Tremble } from './tremble-certificate.js';
export { verifyConsistencyCertificate } from './tremble-certificate.js';
export type { SequentialVerdict } from './sequential.js';
export { checkSequential, isSequential } from './sequential.js';
export type { LpFeasibility } from './exact-lp.js';
export { exactFeasibility } from './exact-lp.js';
export type { LogLinearSolution, PowerProduct } from './log-linear.js';
export { coprimeBasis, exponentsOver, solveLogLinear } from './log-linear.js';
export type {
  CertificateAtomJson,
  CertificateCheck,
  CertificateGoalJson,
  CertificateIdentityJson,
  CertificateJson,
  CertificatePolyJson,
} from './certificate.js';
export { checkCertificate } from './certificate.js';
