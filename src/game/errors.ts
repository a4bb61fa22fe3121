/**
 * The error family of subgame. Every error has a `code` discriminant and a list of `issues`, each saying
 * where (a path into the input) and what (zod's `$ZodIssue` idea).
 * @remarks Since 0.1.0
 */

/** One thing wrong with an input: where it is and what was wrong. */
export type Issue = {
  /** path into the input: node labels/indices, field names, parameter names */
  readonly path: readonly (string | number)[];
  readonly message: string;
};

/** Codes of subgame's errors. */
export type ErrorCode = 'parse' | 'game-structure' | 'unsupported-game' | 'invalid-argument' | 'expression';

/**
 * Base class of subgame's errors.
 * @remarks Since 0.1.0
 */
export class SubgameError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = 'SubgameError';
    this.code = code;
    this.issues = issues.length > 0 ? issues : [{ path: [], message }];
  }
}

/**
 * An inconsistent game: probabilities that do not sum to 1, an information set whose nodes belong to
 * different players or have different actions, a payoff vector of the wrong length, and so on.
 * Thrown by the builder and by the file readers' validation; nothing is half-built.
 * @remarks Since 0.1.0
 */
export class GameStructureError extends SubgameError {
  constructor(message: string, issues: readonly Issue[] = []) {
    super('game-structure', message, issues);
    this.name = 'GameStructureError';
  }
}

/**
 * A solver refuses a game outside its scope (imperfect recall, more than two players, nonzero-sum for a
 * zero-sum method, non-common priors where a method cannot use them). The message names the solver and why.
 * @remarks Since 0.1.0
 */
export class UnsupportedGameError extends SubgameError {
  readonly solver: string;
  constructor(solver: string, reason: string) {
    super('unsupported-game', `${solver}: ${reason}`);
    this.name = 'UnsupportedGameError';
    this.solver = solver;
  }
}

/**
 * A function was called with an argument it cannot use; the message names the function, the argument and
 * what it received (`lcp(): stopAfter must be a non-negative integer; got -1`).
 * @remarks Since 0.1.0
 */
export class InvalidArgumentError extends SubgameError {
  constructor(message: string, issues: readonly Issue[] = []) {
    super('invalid-argument', message, issues);
    this.name = 'InvalidArgumentError';
  }
}
