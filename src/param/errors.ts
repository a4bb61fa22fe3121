/**
 * Errors of parametric games.
 * @remarks Since 0.1.0
 */
import { type Issue, SubgameError } from '../game/errors.js';

/**
 * An expression that is not a polynomial in the parameters (a function call, a variable exponent, a division
 * by a non-constant, …) or is not well-formed. Names the expression and the offending part.
 * @remarks Since 0.1.0
 */
export class ExpressionError extends SubgameError {
  /** the whole expression text */
  readonly expression: string;
  /** the offending part of it */
  readonly part: string;
  constructor(expression: string, part: string, reason: string, issues: readonly Issue[] = []) {
    super(
      'expression',
      `expression "${expression}": ${reason}${part !== '' && part !== expression ? ` (at "${part}")` : ''}`,
      issues,
    );
    this.name = 'ExpressionError';
    this.expression = expression;
    this.part = part;
  }
}
