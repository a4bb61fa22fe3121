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
