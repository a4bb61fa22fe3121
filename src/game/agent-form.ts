/**
 * The agent form of a tree (Selten 1975, "Reexamination of the perfectness concept", Section 6; Myerson
 * 1991, Section 2.6 "multiagent representation"): one agent per personal information set, choosing an
 * action there, and receiving the payoff of the player it acts for. Agents are listed in `game.infosets`
 * order, so a mixed profile of the agent form IS a behaviour profile of the tree, and a pure profile IS a
 * pure behaviour profile. Payoffs are expected payoffs, each agent using its player's own prior at chance
 * sets with non-common priors.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import { InvalidArgumentError } from './errors.js';
import { checkFormBudget, type FormBudgetOptions, maxProfilesOf } from './form-budget.js';
import { strategicOfTable, tabulateForm } from './form-table.js';
import type { InfosetId, PlayerId } from './ids.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from './types.js';

/** Options of {@link agentForm}. */
export type AgentFormOptions<V = Rational> = FormBudgetOptions & {
  /** value arithmetic; default exact rationals */
  readonly arithmetic?: Arithmetic<V>;
};

/** One agent of the agent form. */
export type Agent = {
  readonly infoset: InfosetId;
  readonly player: PlayerId;
  /** `"<player>:<infoset label>#<k>"`, `k` the 1-based position among the player's information sets */
  readonly label: string;
};

/** The agent form and its agents (table player `i` is `agents[i]`, deciding `game.infosets[i]`). */
export type AgentForm<V = Rational> = {
  readonly strategic: StrategicGame<V>;
  readonly agents: readonly Agent[];
};

/** Number of pure profiles of the agent form (product of all action counts), without building it. @remarks Since 0.1.0 */
export function agentProfileCount<V>(game: ExtensiveGame<V>): bigint {
  return game.infosets.reduce((acc, info) => acc * BigInt(info.actions.length), 1n);
}

/**
 * Builds the agent form. Strategy labels are the action labels.
 * @throws FormTooLargeError (an InvalidArgumentError) naming the number of pure profiles when it exceeds
 *   `maxProfiles`
 * @remarks Since 0.1.0
 */
export function agentForm(game: ExtensiveGame<Rational>, options?: AgentFormOptions<Rational>): AgentForm<Rational>;
export function agentForm<V>(
  game: ExtensiveGame<V>,
  options: AgentFormOptions<V> & { readonly arithmetic: Arithmetic<V> },
): AgentForm<V>;
export function agentForm<V>(game: ExtensiveGame<V>, options?: AgentFormOptions<V>): AgentForm<V> {
  const max = maxProfilesOf('agentForm', options);
  const ar = options?.arithmetic ?? (RATIONAL as unknown as Arithmetic<V>);
  checkFormBudget('agentForm', agentProfileCount(game), max, game.infosets.length);
  const agents: Agent[] = game.infosets.map((info) => {
    const k = (game.playerInfosets[info.player] ?? []).indexOf(info.id) + 1;
    return Object.freeze({
      infoset: info.id,
      player: info.player,
      label: `${game.players[info.player]}:${info.label}#${k}`,
    });
  });
  const table = tabulateForm(
    game,
    game.infosets.map((info) => ({
      owner: info.player,
      infosets: [info.id],
      strategies: info.actions.map((_, a) => [a]),
    })),
    ar,
  );
  return Object.freeze({
    strategic: strategicOfTable(
      game,
      agents.map((a) => a.label),
      game.infosets.map((info) => info.actions),
      table,
    ),
    agents: Object.freeze(agents),
  });
}

/**
 * The behaviour profile of a mixed profile of the agent form (agent `i`'s mixed strategy is the behaviour at
 * `game.infosets[i]`).
 * @throws InvalidArgumentError if the profile does not have one vector of the right length per agent
 * @remarks Since 0.1.0
 */
export function agentProfileToBehavior<V>(game: ExtensiveGame<V>, mixed: MixedProfile): BehaviorProfile {
  if (mixed.length !== game.infosets.length || mixed.some((m, i) => m.length !== game.infosets[i]?.actions.length)) {
    throw new InvalidArgumentError(
      `agentProfileToBehavior(): expected one vector per information set (${game.infosets.length}) with one entry per action`,
    );
  }
  return mixed.map((m) => [...m]);
}

/**
 * The agent-form mixed profile of a behaviour profile (the inverse of {@link agentProfileToBehavior}).
 * @throws InvalidArgumentError if the profile does not have one vector of the right length per information set
 * @remarks Since 0.1.0
 */
export function behaviorToAgentProfile<V>(game: ExtensiveGame<V>, behavior: BehaviorProfile): MixedProfile {
  if (
    behavior.length !== game.infosets.length ||
    behavior.some((m, i) => m.length !== game.infosets[i]?.actions.length)
  ) {
    throw new InvalidArgumentError(
      `behaviorToAgentProfile(): expected one vector per information set (${game.infosets.length}) with one entry per action`,
    );
  }
  return behavior.map((m) => [...m]);
}
