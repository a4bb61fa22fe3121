/**
 * subgame: exact equilibria of finite games.
 * @packageDocumentation
 */
export * from './numeric/index.js';
export * from './game/index.js';
export type * from './solve/types.js';
export { startBudget } from './solve/budget.js';
export type { BudgetMeter } from './solve/budget.js';
