/**
 * Profiles for the parametric analysis: pure profiles (strategy or action indices) and mixed/behaviour
 * profiles whose probabilities are rationals, polynomials or rational functions of the parameters
 * (`"k/r"`), converted to weights in rational-function arithmetic.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { Game } from '../game/types.js';
import { type Polynomial, isPolynomial, polyConst } from '../numeric/polynomial.js';
import { type RationalLike, rat } from '../numeric/rational.js';
import { RATFN, type RationalFunction, ratFn } from './arithmetic.js';
import { parseRationalExpression } from './expression.js';

/** A probability in a parametric profile: exact number, expression text (`"k/r"`), polynomial or quotient. */
export type ProbabilityValue = RationalLike | Polynomial | RationalFunction;

/**
 * A profile of a parametric game: pure (one strategy index per player on a strategic game, one action index
 * per information set on a tree, in `InfosetId` order) or mixed (a probability per strategy / action).
 */
export type ParametricProfile = readonly number[] | readonly (readonly ProbabilityValue[])[];

/** A profile read into weights: per player (strategic) or per information set (tree), one weight per choice. */
export type ProfileWeights = {
  readonly pure: boolean;
  readonly weights: readonly (readonly RationalFunction[])[];
  /** for pure profiles: the chosen index per player / information set */
  readonly choice: readonly number[] | null;
};

function isRationalFunction(x: unknown): x is RationalFunction {
  return typeof x === 'object' && x !== null && 'num' in x && 'den' in x;
}

/**
 * Converts one probability to a rational function.
 * @throws ExpressionError for text that is not a rational expression
 * @remarks Since 0.1.0
 */
export function toRationalFunction(x: ProbabilityValue): RationalFunction {
  if (isRationalFunction(x)) return ratFn(x.num, x.den);
  if (isPolynomial(x)) return ratFn(x);
  if (typeof x === 'string') return parseRationalExpression(x);
  return ratFn(polyConst(rat(x)));
}

/**
 * Reads a profile against a game (`choices[k]` is the number of strategies of player `k`, or of actions at
 * information set `k`).
 * @throws InvalidArgumentError if the shape does not match, an index is out of range, or mixed
 *   probabilities do not sum to exactly 1
 * @remarks Since 0.1.0
 */
export function readProfile(game: Game<Polynomial>, profile: ParametricProfile, where: string): ProfileWeights {
  const choices =
    game.kind === 'strategic' ? game.strategies.map((s) => s.length) : game.infosets.map((i) => i.actions.length);
  const what = game.kind === 'strategic' ? 'players' : 'information sets';
  if (profile.length !== choices.length) {
    throw new InvalidArgumentError(
      `${where}: profile has ${profile.length} entries; the game has ${choices.length} ${what}`,
    );
  }
  if (profile.every((x) => typeof x === 'number')) {
    const choice = profile as readonly number[];
    const weights = choice.map((c, k) => {
      const n = choices[k] as number;
      if (!Number.isInteger(c) || c < 0 || c >= n) {
        throw new InvalidArgumentError(`${where}: entry ${k} of the profile is ${c}; expected an index in 0..${n - 1}`);
      }
      return Array.from({ length: n }, (_, a) => (a === c ? RATFN.one : RATFN.zero));
    });
    return { pure: true, weights, choice };
  }
  const weights = (profile as readonly (readonly ProbabilityValue[])[]).map((row, k) => {
    if (!Array.isArray(row) || row.length !== choices[k]) {
      throw new InvalidArgumentError(`${where}: entry ${k} of the profile needs ${choices[k]} probabilities`);
    }
    const w = row.map(toRationalFunction);
    const total = w.reduce((s, x) => RATFN.add(s, x), RATFN.zero);
    if (!RATFN.equals(total, RATFN.one)) {
      throw new InvalidArgumentError(`${where}: probabilities of entry ${k} sum to ${RATFN.format(total)}, not 1`);
    }
    return w;
  });
  return { pure: false, weights, choice: null };
}
