/**
 * The full (unreduced) strategic form of a tree: every pure strategy (one action at every information set
 * of the player, `pure-strategies.ts`), payoffs the expected payoffs of the tree, with each player's own
 * prior at chance sets with non-common priors (`form-table.ts`). Strategies are in lexicographic order, first
 * information set slowest, labelled by their action numbers (`"12"`), as Gambit labelled strategies before
 * 17.0. Usually much larger than the reduced form (`reduced-form.ts`), which solvers should prefer.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import { checkFormBudget, type FormBudgetOptions, maxProfilesOf } from './form-budget.js';
import { strategicOfTable, tabulateForm } from './form-table.js';
import type { PlayerId } from './ids.js';
import { pureStrategies, pureStrategyCounts, strategySignature } from './pure-strategies.js';
import type { ExtensiveGame, StrategicGame } from './types.js';

/** Options of {@link strategicForm}. */
export type StrategicFormOptions<V = Rational> = FormBudgetOptions & {
  /** value arithmetic; default exact rationals */
  readonly arithmetic?: Arithmetic<V>;
};

/** The full strategic form with the pure strategies its rows/columns stand for. */
export type FullStrategicForm<V = Rational> = {
  readonly strategic: StrategicGame<V>;
  /** `strategies[player][s]`: an action per information set of the player (`game.playerInfosets` order) */
  readonly strategies: readonly (readonly (readonly number[])[])[];
};

/**
 * Builds the full strategic form of a tree.
 * @throws FormTooLargeError (an InvalidArgumentError) naming the number of pure profiles when it exceeds
 *   `maxProfiles`
 * @remarks Since 0.1.0
 */
export function strategicForm(
  game: ExtensiveGame<Rational>,
  options?: StrategicFormOptions<Rational>,
): FullStrategicForm<Rational>;
export function strategicForm<V>(
  game: ExtensiveGame<V>,
  options: StrategicFormOptions<V> & { readonly arithmetic: Arithmetic<V> },
): FullStrategicForm<V>;
export function strategicForm<V>(game: ExtensiveGame<V>, options?: StrategicFormOptions<V>): FullStrategicForm<V> {
  const max = maxProfilesOf('strategicForm', options);
  const ar = options?.arithmetic ?? (RATIONAL as unknown as Arithmetic<V>);
  const counts = pureStrategyCounts(game);
  checkFormBudget(
    'strategicForm',
    counts.reduce((a, b) => a * b, 1n),
    max,
    game.players.length,
  );
  const strategies = game.players.map((_, p) => [...pureStrategies(game, p as PlayerId)]);
  const table = tabulateForm(
    game,
    strategies.map((list, p) => ({ owner: p as PlayerId, infosets: game.playerInfosets[p] ?? [], strategies: list })),
    ar,
  );
  const labels = strategies.map((list) => list.map((s) => strategySignature(s)));
  return Object.freeze({
    strategic: strategicOfTable(game, game.players, labels, table),
    strategies: Object.freeze(strategies.map((l) => Object.freeze(l.map((s) => Object.freeze(s))))),
  });
}
