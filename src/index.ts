/**
 * subgame: exact equilibria of finite games.
 * @packageDocumentation
 */
export * from './numeric/index.js';
export * from './game/index.js';
export * from './formats/index.js';
export * as verify from './verify/index.js';
export {
  checkNash,
  checkSubgamePerfect,
  isNash,
  isSubgamePerfect,
  checkAssessment,
  isSequential,
  isWeakPBE,
} from './verify/index.js';
export type * from './solve/types.js';
export { startBudget } from './solve/budget.js';
export type { BudgetMeter } from './solve/budget.js';
export { METHODS, isMethod, solve } from './solve/solve.js';
export type { AnyResult, Method, SolveOptions } from './solve/solve.js';
export * from './solve/spe/index.js';
export * from './solve/enumpure/index.js';
export * from './solve/bimatrix/index.js';
export * from './solve/lcp/index.js';
export * from './solve/lp/index.js';
export * from './solve/logit/index.js';
export * from './solve/sequential/index.js';
export * from './solve/quasi-perfect/index.js';
export * from './render/index.js';
export * from './param/index.js';
