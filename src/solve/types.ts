/**
 * Shapes shared by every solver: budgets, stop reasons and results with provenance (STYLE.md #9, after
 * pygambit's `NashComputationResult`).
 * @remarks Since 0.1.0
 */
import type { Assessment, BehaviorProfile, MixedProfile } from '../game/types.js';

/**
 * Resource limits every solver accepts. A solver that hits one stops, returns what it found so far and
 * sets `stopped`.
 */
export type Budget = {
  /** stop after this many equilibria */
  readonly maxEquilibria?: number;
  /** stop after visiting this many tree nodes / profiles (method-specific unit, documented per solver) */
  readonly maxNodes?: number;
  /** stop after this many pivots (pivoting methods) */
  readonly maxPivots?: number;
  /** stop after this many milliseconds of wall time */
  readonly timeoutMs?: number;
  /** stop when this signal aborts */
  readonly signal?: AbortSignal;
};

/** Why a solver stopped early (`null`: it ran to completion). */
export type StopReason = 'equilibria' | 'nodes' | 'pivots' | 'time' | 'signal';

/** What a solver returns: the equilibria and where they came from. */
export type SolveResult<P> = {
  /** the method that produced the result, e.g. `'spe'`, `'enummixed'`, `'lcp'` */
  readonly method: string;
  /** whether the equilibria are exact rationals (false only for labelled floating-point methods) */
  readonly exact: boolean;
  /** `'strategy'`: mixed profiles on a strategic (or reduced strategic / agent) form; `'behavior'`: on the tree */
  readonly representation: 'strategy' | 'behavior';
  /** the options the method ran with, defaults filled in */
  readonly options: Readonly<Record<string, unknown>>;
  readonly equilibria: readonly P[];
  /**
   * Whether `equilibria` is everything the method promises (all pure SPE, all extreme equilibria, …);
   * false when a budget or signal stopped it, or for methods that find one equilibrium.
   */
  readonly complete: boolean;
  /** why the method stopped early, or `null` */
  readonly stopped: StopReason | null;
  /** how many equilibria exist in total, when the method can count them without listing them */
  readonly count?: bigint;
  /** degeneracy and other notes (Nashpy's habit) */
  readonly warnings: readonly string[];
  /** work done: nodes visited, pivots, milliseconds */
  readonly stats?: Readonly<Record<string, number>>;
};

/** A result whose equilibria are mixed profiles on a strategic form. */
export type StrategyResult = SolveResult<MixedProfile>;
/** A result whose equilibria are behaviour profiles on a tree. */
export type BehaviorResult = SolveResult<BehaviorProfile>;
/** A result whose equilibria are assessments (profile and beliefs). */
export type AssessmentResult = SolveResult<Assessment>;
