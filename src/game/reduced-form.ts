/**
 * The reduced strategic form of a tree and the maps between its mixed profiles and behaviour profiles.
 * Strategies and their order are Gambit's (see `reduced.ts`); payoffs are expected payoffs over chance
 * (`form-table.ts`). With non-common priors (chance sets carrying `beliefs`) each player's payoff is
 * computed with its own prior `beliefs[player]`; the common `probs` are used where a set has no beliefs.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import { InvalidArgumentError } from './errors.js';
import { checkFormBudget, DEFAULT_MAX_PROFILES, type FormBudgetOptions, maxProfilesOf } from './form-budget.js';
import { strategicOfTable, tabulateForm } from './form-table.js';
import type { PlayerId } from './ids.js';
import { type ReducedStrategy, reducedStrategies, reducedStrategyCounts } from './reduced.js';
import type {
  BehaviorProfile,
  ExtensiveGame,
  Infoset,
  MixedProfile,
  PureBehavior,
  PureProfile,
  StrategicGame,
} from './types.js';

/** Options of {@link reducedStrategicForm}. */
export type ReducedFormOptions<V = Rational> = FormBudgetOptions & {
  /** value arithmetic; default exact rationals */
  readonly arithmetic?: Arithmetic<V>;
  /**
   * Strategy labels of the result: `'index'` gives Gambit 17's `"1"`, `"2"`, …; `'signature'` the older
   * `"12*"` form.
   * @defaultValue 'index'
   */
  readonly labels?: 'index' | 'signature';
};

/** Defaults of {@link ReducedFormOptions}. @remarks Since 0.1.0 */
export const defaultReducedFormOptions: { readonly maxProfiles: number; readonly labels: 'index' } = {
  maxProfiles: DEFAULT_MAX_PROFILES,
  labels: 'index',
};

/** The reduced strategic form together with the reduced strategies its rows/columns stand for. */
export type ReducedStrategicForm<V = Rational> = {
  readonly strategic: StrategicGame<V>;
  /** `strategies[player][s]`: what strategy `s` of `player` does in the tree */
  readonly strategies: readonly (readonly ReducedStrategy[])[];
};

/**
 * Builds the reduced strategic form: players as in the tree, strategies in Gambit's order, payoffs the
 * expected payoffs of the tree (each player's own prior at chance sets with non-common priors). The size is
 * counted first without listing anything.
 * @throws FormTooLargeError (an InvalidArgumentError) naming the number of pure profiles when it exceeds
 *   `maxProfiles`
 * @remarks Since 0.1.0
 */
export function reducedStrategicForm(
  game: ExtensiveGame<Rational>,
  options?: ReducedFormOptions<Rational>,
): ReducedStrategicForm<Rational>;
export function reducedStrategicForm<V>(
  game: ExtensiveGame<V>,
  options: ReducedFormOptions<V> & { readonly arithmetic: Arithmetic<V> },
): ReducedStrategicForm<V>;
export function reducedStrategicForm<V>(
  game: ExtensiveGame<V>,
  options?: ReducedFormOptions<V>,
): ReducedStrategicForm<V> {
  const max = maxProfilesOf('reducedStrategicForm', options);
  const ar = options?.arithmetic ?? (RATIONAL as unknown as Arithmetic<V>);
  const counts = reducedStrategyCounts(game, { maxStrategies: max });
  checkFormBudget(
    'reducedStrategicForm',
    counts.reduce((a, b) => a * b, 1n),
    max,
    game.players.length,
  );
  const strategies = game.players.map((_, p) => reducedStrategies(game, p as PlayerId, { maxStrategies: max }));
  const table = tabulateForm(
    game,
    strategies.map((list, p) => ({
      owner: p as PlayerId,
      infosets: game.playerInfosets[p] ?? [],
      strategies: list.map((s) => s.choices),
    })),
    ar,
  );
  const labels = strategies.map((list) =>
    list.map((s) => ((options?.labels ?? 'index') === 'signature' ? s.signature : s.label)),
  );
  return Object.freeze({
    strategic: strategicOfTable(game, game.players, labels, table),
    strategies: Object.freeze(strategies.map((l) => Object.freeze(l))),
  });
}

function checkMixed(fn: string, strategies: readonly (readonly ReducedStrategy[])[], mixed: MixedProfile): void {
  if (mixed.length !== strategies.length) {
    throw new InvalidArgumentError(`${fn}(): expected ${strategies.length} mixed strategies; got ${mixed.length}`);
  }
  mixed.forEach((m, p) => {
    if (m.length !== (strategies[p] as readonly ReducedStrategy[]).length) {
      throw new InvalidArgumentError(
        `${fn}(): player ${p + 1} has ${(strategies[p] as readonly ReducedStrategy[]).length} reduced strategies; got ${m.length} probabilities`,
      );
    }
  });
}

/**
 * The behaviour profile realization-equivalent to a mixed profile over reduced strategies (Kuhn 1953,
 * Theorem 4; Osborne and Rubinstein 1994, Proposition 214.1): at information set `I` of player `p`,
 * `β(a | I) = Σ_{s: s(I) = a} σ_p(s) / Σ_{s: s(I) ≠ *} σ_p(s)`, the strategies with `s(I) ≠ *` being those
 * under which `p`'s own choices let `I` be reached. Where that denominator is 0 (the player's own choices
 * never reach `I`) the behaviour is uniform (the centroid), which does not change any payoff.
 * @param strategies - the reduced strategies the mixed profile is over (`reducedStrategicForm(...).strategies`)
 * @throws InvalidArgumentError if the profile's shape does not match the strategies
 * @remarks Since 0.1.0
 */
export function mixedToBehavior<V>(
  game: ExtensiveGame<V>,
  strategies: readonly (readonly ReducedStrategy[])[],
  mixed: MixedProfile,
): BehaviorProfile {
  checkMixed('mixedToBehavior', strategies, mixed);
  const out: Rational[][] = game.infosets.map((info) => info.actions.map(() => ZERO));
  game.playerInfosets.forEach((list, p) => {
    const sigma = mixed[p] as readonly Rational[];
    const mine = strategies[p] as readonly ReducedStrategy[];
    list.forEach((id, k) => {
      const num = (game.infosets[id] as Infoset).actions.map(() => ZERO);
      let den = ZERO;
      mine.forEach((s, i) => {
        const a = s.choices[k];
        if (a === null || a === undefined) return;
        num[a] = (num[a] as Rational).add(sigma[i] as Rational);
        den = den.add(sigma[i] as Rational);
      });
      out[id] = den.n === 0n ? num.map(() => ONE.div(num.length)) : num.map((x) => x.div(den));
    });
  });
  return out;
}

/**
 * The mixed profile over reduced strategies that a behaviour profile induces: each reduced strategy gets
 * the product of the behaviour probabilities of the actions it fixes (Kuhn 1953). With perfect recall the
 * result sums to 1 per player and is realization-equivalent to the behaviour profile; without it the numbers
 * need not sum to 1.
 * @throws InvalidArgumentError if the behaviour profile does not have one vector per information set
 * @remarks Since 0.1.0
 */
export function behaviorToMixed<V>(
  game: ExtensiveGame<V>,
  strategies: readonly (readonly ReducedStrategy[])[],
  behavior: BehaviorProfile,
): MixedProfile {
  if (behavior.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `behaviorToMixed(): expected ${game.infosets.length} action vectors (one per information set); got ${behavior.length}`,
    );
  }
  return strategies.map((list) =>
    list.map((s) => {
      let prob = ONE;
      for (const [id, a] of s.actions) prob = prob.mul((behavior[id] as readonly Rational[])[a] ?? ZERO);
      return prob;
    }),
  );
}

/**
 * The pure behaviour profile of a pure profile of reduced strategies: each information set gets the action
 * its player's strategy fixes, and action 0 where the strategy leaves it unspecified (`"*"`: unreachable
 * under the player's own choices, so the choice changes no payoff).
 * @throws InvalidArgumentError if a strategy index is out of range
 * @remarks Since 0.1.0
 */
export function pureReducedToBehavior<V>(
  game: ExtensiveGame<V>,
  strategies: readonly (readonly ReducedStrategy[])[],
  profile: PureProfile,
): PureBehavior {
  if (profile.length !== strategies.length) {
    throw new InvalidArgumentError(
      `pureReducedToBehavior(): expected ${strategies.length} strategies; got ${profile.length}`,
    );
  }
  const out = new Array<number>(game.infosets.length).fill(0);
  profile.forEach((i, p) => {
    const s = (strategies[p] as readonly ReducedStrategy[])[i];
    if (s === undefined) {
      throw new InvalidArgumentError(`pureReducedToBehavior(): player ${p + 1} has no reduced strategy ${i}`);
    }
    for (const [id, a] of s.actions) out[id] = a;
  });
  return out;
}
