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
