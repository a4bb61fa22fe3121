/**
 * `subgame/testing`: fast-check arbitraries for property-testing solvers and models.
 * @packageDocumentation
 */
export * from './games.js';
export * from './param.js';
export * from './governance.js';
export * from './negotiation.js';
