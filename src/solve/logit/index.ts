/**
 * Logit quantal response equilibrium: principal-branch tracing (floating point) and exact snapping.
 * @remarks Since 0.1.0
 */
export { defaultLogitOptions, solveLogit } from './solve.js';
export type { LogitOptions, LogitResult } from './solve.js';
export { floatAgents } from './agents.js';
export type { FloatAgents } from './agents.js';
export { tracePrincipalBranch } from './path.js';
export type { TraceEnd, TraceSettings } from './path.js';
export { bestRational, snapDistribution } from './snap.js';
