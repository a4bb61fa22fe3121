/**
 * `enumpure` on a tree: pure Nash equilibria of the reduced strategic form (Gambit's default for `.efg`
 * input, printing reduced-strategy profiles) or of the agent form (`agent: true`, Gambit's `-A`: behaviour
 * profiles where no single information set's agent gains by deviating). The forms come from
 * `src/game/reduced-form.ts` and `src/game/agent-form.ts`; when a form is larger than `maxProfiles` it is
 * searched lazily, each payoff computed from the tree (`behaviorPayoffs`) instead of a table.
 * @remarks Since 0.1.0
 */
import { agentForm } from '../../game/agent-form.js';
import { FormTooLargeError } from '../../game/form-budget.js';
import type { ExtensiveGame, MixedProfile, PureBehavior, StrategicGame } from '../../game/types.js';
import type { PlayerId } from '../../game/ids.js';
import { behaviorPayoffs } from '../../game/expected-payoff.js';
import { type ReducedStrategy, reducedStrategies } from '../../game/reduced.js';
import { pureReducedToBehavior, reducedStrategicForm } from '../../game/reduced-form.js';
import { profileAt } from '../../game/strategic.js';
import type { Rational } from '../../numeric/rational.js';
import type { BehaviorResult, StrategyResult } from '../types.js';
import type { PureOracle } from './core.js';
import { type EnumPureOptions, defaultEnumPureOptions, enumPureStrategic, runEnumPure } from './strategic.js';
import { unitVector } from '../../game/pure-strategies.js';

/** A strategy-form result on the reduced strategic form, with the reduced strategies it refers to. */
export type ReducedEnumPureResult = StrategyResult & {
  /** `strategies[player][s]`: what reduced strategy `s` does in the tree (Gambit's order) */
  readonly strategies: readonly (readonly ReducedStrategy[])[];
};

/** An oracle computing payoffs of pure behaviour profiles from the tree, caching the last profile. */
function treeOracle(
  game: ExtensiveGame,
  counts: readonly number[],
  behaviorOf: (pure: readonly number[]) => PureBehavior,
  owner: (tablePlayer: number) => number,
): PureOracle {
  let lastIndex = -1;
  let last: Rational[] = [];
  return {
    counts,
    payoff(index, p) {
      if (index !== lastIndex) {
        const pure = behaviorOf(profileAt(counts, index));
        last = behaviorPayoffs(
          game,
          game.infosets.map((s) => unitVector(s.actions.length, pure[s.id] as number)),
        );
        lastIndex = index;
      }
      return last[owner(p)] as Rational;
    },
  };
}

const isTooLarge = (e: unknown): boolean => e instanceof FormTooLargeError;

/**
 * All pure Nash equilibria of a tree's reduced strategic form, as mixed profiles over reduced strategies in
 * Gambit's order (what `gambit-enumpure` prints for an `.efg`).
 * @param options - budget as {@link enumPureStrategic}; `maxProfiles` bounds the table built
 * @throws FormTooLargeError if a player has more than `maxProfiles` reduced strategies
 * @remarks Since 0.1.0
 */
export function enumPureReduced(game: ExtensiveGame, options: EnumPureOptions = {}): ReducedEnumPureResult {
  const maxProfiles = options.maxProfiles ?? defaultEnumPureOptions.maxProfiles;
  let strategic: StrategicGame | null = null;
  let strategies: readonly (readonly ReducedStrategy[])[];
  try {
    const form = reducedStrategicForm(game, { maxProfiles });
    strategic = form.strategic;
    strategies = form.strategies;
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    strategies = game.players.map((_, p) => reducedStrategies(game, p as PlayerId));
  }
  const counts = strategies.map((l) => l.length);
  const extra = { agent: false, form: 'reduced', lazy: strategic === null };
  const result =
    strategic !== null
      ? enumPureStrategic(strategic, options)
      : runEnumPure(
          treeOracle(
            game,
            counts,
            (pure) => pureReducedToBehavior(game, strategies, pure),
            (p) => p,
          ),
          options,
          'enumPureReduced()',
          (pure) => pure.map((a, p) => unitVector(counts[p] as number, a)),
          extra,
        );
  return { ...result, options: { ...result.options, ...extra }, strategies };
}

/**
 * All pure Nash equilibria of a tree's agent form (one agent per information set; Selten 1975), as pure
 * behaviour profiles in `game.infosets` order (`gambit-enumpure -A`). Agent-form equilibria need not be Nash
 * equilibria of the tree when a player moves more than once.
 * @remarks Since 0.1.0
 */
export function enumPureAgent(game: ExtensiveGame, options: EnumPureOptions = {}): BehaviorResult {
  const maxProfiles = options.maxProfiles ?? defaultEnumPureOptions.maxProfiles;
  const counts = game.infosets.map((s) => s.actions.length);
  let oracle: PureOracle;
  let lazy = false;
  try {
    const form = agentForm(game, { maxProfiles }).strategic;
    oracle = { counts, payoff: (index, p) => (form.payoffs[index] as readonly Rational[])[p] as Rational };
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    lazy = true;
    oracle = treeOracle(
      game,
      counts,
      (pure) => pure,
      (i) => game.infosets[i]?.player as number,
    );
  }
  const r = runEnumPure(
    oracle,
    options,
    'enumPureAgent()',
    (pure) => pure.map((a, i) => unitVector(counts[i] as number, a)),
    { agent: true, form: 'agent', lazy },
  );
  return { ...r, representation: 'behavior', equilibria: r.equilibria as MixedProfile[] };
}

/**
 * `enumpure` on any game: a strategic game directly; a tree on its reduced strategic form (default) or on
 * its agent form (`agent: true`, behaviour profiles).
 * @remarks Since 0.1.0
 */
export function enumpure(game: StrategicGame, options?: EnumPureOptions): StrategyResult;
export function enumpure(game: ExtensiveGame, options: EnumPureOptions & { readonly agent: true }): BehaviorResult;
export function enumpure(game: ExtensiveGame, options?: EnumPureOptions): StrategyResult | BehaviorResult;
export function enumpure(
  game: StrategicGame | ExtensiveGame,
  options: EnumPureOptions = {},
): StrategyResult | BehaviorResult {
  if (game.kind === 'strategic') return enumPureStrategic(game, options);
  return options.agent === true ? enumPureAgent(game, options) : enumPureReduced(game, options);
}
