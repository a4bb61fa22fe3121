/**
 * `subgame/governance`: the governance model of MODEL.md — the negotiation game (stage 1), the compliance
 * game (stage 2), trust and friendly institutions, and the bridge between the stages.
 * @packageDocumentation
 */
export * from './params.js';
export * from './compliance.js';
export * from './trust.js';
export * from './bargaining-closed-forms.js';
export * from './negotiation.js';
export * from './compliance-parametric.js';
export * from './compliance-profiles.js';
export * from './compliance-dominance.js';
export * from './certify-products.js';
export * from './compliance-regions.js';
export * from './compliance-thresholds.js';
export * from './compliance-mixed.js';
export * from './compliance-analysis.js';
export * from './compliance-report.js';
export * from './bridge.js';
export * from './screening.js';
export * from './optimism.js';
export * from './compliance-conditions.js';
export * from './compliance-claims.js';
export * from './trust-claims.js';
export * from './remedy-claims.js';
export * from './phase-diagram.js';
export * from './paper-stage2.js';
export * from './negotiation-analysis.js';
export * from './negotiation-graph.js';
export * from './negotiation-n5.js';
export * from './cutoff-screening.js';
export * from './negotiation-convergence.js';
export * from './negotiation-report.js';
export * from './stage1-claims.js';
export * from './stage1-claims-info.js';
export * from './stage1-evidence.js';
export { formatOutcome, agreementProbability, immediateAgreement } from './negotiation-outcome.js';
export type { OutcomePiece, BargainValue } from './negotiation-outcome.js';
export { solveNegotiationTree, treeOutcome } from './negotiation-tree.js';
export type { NegotiationTreeSolution, TreeOutcome } from './negotiation-tree.js';
export * from './paper.js';
export { STAGE1_CLAIMS } from './stage1-proofs/index.js';
