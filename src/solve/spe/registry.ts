/**
 * The methods `spe` can solve subgames with (`within`), by name. A method takes a subgame (a game of its
 * own, whose proper subgames are already replaced by payoffs) and returns its equilibria as behaviour
 * profiles; `spe` combines every equilibrium it returns. The mixed two-player methods (`enummixed`, `lcp`,
 * `lp`) plug in by adding an entry: `subgamePerfect(game, { within: 'lcp', methods: { ...defaultSubgameMethods, lcp } })`.
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame } from '../../game/types.js';
import { pureNashBehaviors } from '../enumpure/behavior.js';
import type { BehaviorResult, Budget } from '../types.js';

/**
 * Solves one subgame. It must return behaviour profiles in the subgame's own `infosets` order and set
 * `complete` to whether it returned every equilibrium it promises.
 */
export type SubgameSolver = (subgame: ExtensiveGame, budget: Budget) => BehaviorResult;

/** Named subgame solvers. */
export type SubgameMethodRegistry = Readonly<Record<string, SubgameSolver>>;

/** Names of the built-in subgame solvers. */
export type BuiltinSubgameMethod = 'enumpure';

/**
 * The built-in subgame solvers. `enumpure`: every pure Nash equilibrium of the subgame as a pure behaviour
 * profile (reduced strategic form, expanded; see `pureNashBehaviors`), so `spe` with it yields every pure
 * subgame-perfect equilibrium.
 * @remarks Since 0.1.0
 */
export const defaultSubgameMethods: SubgameMethodRegistry = Object.freeze({
  enumpure: (subgame: ExtensiveGame, budget: Budget): BehaviorResult => pureNashBehaviors(subgame, budget),
});
