/**
 * Budget bookkeeping shared by solvers: counts work, checks the clock and the abort signal cheaply
 * (the clock only every `checkEvery` steps).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { Budget, StopReason } from './types.js';

/** A running budget. */
export type BudgetMeter = {
  /** records `n` units of work of the given kind; returns the stop reason once a limit is hit */
  step(kind: 'nodes' | 'pivots', n?: number): StopReason | null;
  /** records a found equilibrium; returns `'equilibria'` when the limit is reached */
  found(): StopReason | null;
  /** checks time and signal now */
  check(): StopReason | null;
  /** the first stop reason hit, or `null` */
  readonly stopped: StopReason | null;
  readonly nodes: number;
  readonly pivots: number;
  readonly elapsedMs: number;
};

/**
 * Starts a budget meter.
 * @throws InvalidArgumentError if a limit is negative or not an integer
 * @remarks Since 0.1.0
 */
export function startBudget(budget: Budget = {}, where = 'solver', checkEvery = 1024): BudgetMeter {
  for (const key of ['maxEquilibria', 'maxNodes', 'maxPivots', 'timeoutMs'] as const) {
    const v = budget[key];
    if (
      v !== undefined &&
      !(Number.isFinite(v) ? v >= 0 && (key === 'timeoutMs' || Number.isInteger(v)) : v === Infinity)
    ) {
      throw new InvalidArgumentError(`${where}(): ${key} must be a non-negative integer; got ${v}`);
    }
  }
  const start = performance.now();
  let nodes = 0;
  let pivots = 0;
  let equilibria = 0;
  let sinceCheck = 0;
  let stopped: StopReason | null = null;
  const check = (): StopReason | null => {
    if (stopped !== null) return stopped;
    if (budget.signal?.aborted === true) stopped = 'signal';
    else if (budget.timeoutMs !== undefined && performance.now() - start > budget.timeoutMs) stopped = 'time';
    return stopped;
  };
  return {
    step(kind, n = 1) {
      if (kind === 'nodes') {
        nodes += n;
        if (budget.maxNodes !== undefined && nodes > budget.maxNodes) stopped ??= 'nodes';
      } else {
        pivots += n;
        if (budget.maxPivots !== undefined && pivots > budget.maxPivots) stopped ??= 'pivots';
      }
      sinceCheck += n;
      if (sinceCheck >= checkEvery) {
        sinceCheck = 0;
        check();
      }
      return stopped;
    },
    found() {
      equilibria += 1;
      if (budget.maxEquilibria !== undefined && equilibria >= budget.maxEquilibria) stopped ??= 'equilibria';
      return stopped;
    },
    check,
    get stopped() {
      return stopped;
    },
    get nodes() {
      return nodes;
    },
    get pivots() {
      return pivots;
    },
    get elapsedMs() {
      return performance.now() - start;
    },
  };
}
