/**
 * Cross-checks a parametric answer on the concrete game: instantiates the game and the profile at exact
 * parameter values and asks the independent checker of `src/verify/` whether the profile is an equilibrium.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { ExtensiveGame, Game } from '../game/types.js';
import { polyEvaluate } from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { isNash, isNashPure, isSubgamePerfect, isSubgamePerfectPure } from '../verify/index.js';
import { type ParameterValues, type ParametricGame, instantiate, toRationalValues } from './game.js';
import { type ParametricProfile, readProfile } from './profile.js';
import type { Concept } from './region.js';

/** The verdict of {@link concreteCheck}: `invalid` when the game or profile is not defined at the values. */
export type ConcreteVerdict =
  | { readonly status: 'equilibrium' | 'not-equilibrium' }
  | { readonly status: 'invalid'; readonly reason: string };

/**
 * Whether `profile` is an equilibrium of the game instantiated at `values`, by `src/verify`'s
 * `isNash` / `isSubgamePerfect` (their pure variants for pure profiles).
 * @remarks Since 0.1.0
 */
export function concreteCheck(
  game: ParametricGame,
  profile: ParametricProfile,
  concept: Concept,
  values: ParameterValues,
): ConcreteVerdict {
  let concrete: Game<Rational>;
  try {
    concrete = instantiate(game, values);
  } catch (e) {
    if (e instanceof InvalidArgumentError) return { status: 'invalid', reason: e.message };
    throw e;
  }
  const w = readProfile(game, profile, 'concreteCheck()');
  let ok: boolean;
  if (w.pure && w.choice !== null) {
    ok =
      concrete.kind === 'strategic' || concept === 'nash'
        ? isNashPure(concrete, w.choice)
        : isSubgamePerfectPure(concrete as ExtensiveGame<Rational>, w.choice);
  } else {
    const vals = toRationalValues(values, 'concreteCheck()');
    const probs: Rational[][] = [];
    for (const row of w.weights) {
      const out: Rational[] = [];
      for (const x of row) {
        const den = polyEvaluate(x.den, vals);
        if (den.n === 0n) return { status: 'invalid', reason: 'a probability of the profile has a zero denominator' };
        const p = polyEvaluate(x.num, vals).div(den);
        if (p.compare(0) < 0 || p.compare(1) > 0)
          return { status: 'invalid', reason: 'a probability of the profile is outside [0, 1]' };
        out.push(p);
      }
      probs.push(out);
    }
    ok =
      concrete.kind === 'strategic' || concept === 'nash'
        ? isNash(concrete, probs)
        : isSubgamePerfect(concrete as ExtensiveGame<Rational>, probs);
  }
  return { status: ok ? 'equilibrium' : 'not-equilibrium' };
}
