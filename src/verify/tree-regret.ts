/**
 * Payoffs, player regrets and agent-form (information-set) regrets of a behaviour profile on a tree, with
 * n players, chance and non-common priors (each player evaluates chance moves with its own beliefs).
 *
 * - Player regret (Nash): best-response value minus current value, the best response from
 *   {@link bestResponse}. σ is a Nash equilibrium iff every player regret is 0.
 * - Agent-form regret at information set I of player p (Selten 1975, §6, the agent normal form): with ρ(x)
 *   the realization probability of x and V(y) the continuation value, U(I, a) = Σ_{x∈I} ρ(x)·V(child(x, a))
 *   is p's payoff, up to a constant, from playing a at I with everything else fixed (no path meets I twice);
 *   regret = max_a U(I, a) − Σ_a σ_I(a)·U(I, a). Divided by ρ(I) = Σ_{x∈I} ρ(x) when ρ(I) > 0, it is the
 *   regret conditional on reaching I.
 * @remarks Since 0.1.0
 */
import { UnsupportedGameError } from '../game/errors.js';
import type { InfosetId, NodeId, PlayerId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { bestResponse } from './best-response.js';
import { absentMindedInfosets, continuationValues, realization } from './tree-values.js';
import { type ActionChoice, type BehaviorVerdict, type VerifyOptions, defaultVerifyOptions } from './types.js';
import { checkBehaviorProfile } from './validate.js';

/** One player's regret on a tree. @remarks Since 0.1.0 */
export type PlayerRegret = {
  readonly player: PlayerId;
  /** expected payoff under the profile (in the subgame, when one is given) */
  readonly payoff: Rational;
  /** the best-response payoff against the others' behaviour */
  readonly bestPayoff: Rational;
  /** best − current, always ≥ 0 */
  readonly regret: Rational;
  /** a best response: a pure choice at each of the player's information sets (in the subgame) */
  readonly bestResponse: readonly ActionChoice[];
};

/** The agent-form regret of one information set. @remarks Since 0.1.0 */
export type InfosetRegret = {
  readonly infoset: InfosetId;
  readonly player: PlayerId;
  /** ρ(I): probability that play reaches the information set (player's own chance beliefs) */
  readonly reach: Rational;
  /** U(I, a) for each action: realization-weighted payoff of playing `a` at I */
  readonly actionValues: readonly Rational[];
  /** Σ_a σ_I(a)·U(I, a) */
  readonly payoff: Rational;
  /** max_a U(I, a) − payoff (weighted by realization probability); ≥ 0 */
  readonly regret: Rational;
  /** first action attaining the maximum */
  readonly bestAction: number;
  /** the same quantities divided by `reach`, when `reach` > 0 */
  readonly conditional: {
    readonly actionValues: readonly Rational[];
    readonly payoff: Rational;
    readonly regret: Rational;
  } | null;
};

/**
 * Each player's expected payoff under a behaviour profile, evaluating chance with its own beliefs.
 * @throws InvalidArgumentError if the profile is invalid
 * @remarks Since 0.1.0
 */
export function behaviorPayoffs(game: ExtensiveGame, profile: BehaviorProfile): Rational[] {
  checkBehaviorProfile(game, profile, 'behaviorPayoffs()');
  return game.players.map((_, p) => continuationValues(game, profile, p as PlayerId)[0] as Rational);
}

/**
 * Player regrets in the subgame (or whole game) rooted at `root`; the profile is assumed valid.
 * @internal shared with the subgame-perfection check
 */
export function playerRegretsAt(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  root: NodeId,
  options: VerifyOptions,
  fn: string,
): PlayerRegret[] {
  const budget = options.maxPureStrategies ?? defaultVerifyOptions.maxPureStrategies;
  return game.players.map((_, i) => {
    const p = i as PlayerId;
    const payoff = continuationValues(game, profile, p)[root] as Rational;
    const br = bestResponse(game, profile, p, [{ node: root, weight: ONE }], budget, fn);
    return { player: p, payoff, bestPayoff: br.value, regret: br.value.sub(payoff), bestResponse: br.choices };
  });
}

/**
 * For each player, the gain of a best response against the others' behaviour (sequence-form best response
 * for perfect-recall players; enumeration of pure behaviours otherwise).
 * @throws InvalidArgumentError if the profile is invalid
 * @throws UnsupportedGameError for an absent-minded player, or one without perfect recall with too many
 *   pure behaviours (see {@link VerifyOptions})
 * @remarks Since 0.1.0
 */
export function playerRegrets(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  options: VerifyOptions = {},
): PlayerRegret[] {
  checkBehaviorProfile(game, profile, 'playerRegrets()');
  return playerRegretsAt(game, profile, 0 as NodeId, options, 'playerRegrets()');
}

/**
 * The agent-form regret of every information set (in `game.infosets` order), weighted by realization
 * probability and, where the information set is reached, conditional on reaching it.
 * @throws InvalidArgumentError if the profile is invalid
 * @throws UnsupportedGameError if an information set is met twice on some path (absent-mindedness)
 * @remarks Since 0.1.0
 */
export function infosetRegrets(game: ExtensiveGame, profile: BehaviorProfile): InfosetRegret[] {
  checkBehaviorProfile(game, profile, 'infosetRegrets()');
  const absent = absentMindedInfosets(game);
  if (absent.size > 0) {
    throw new UnsupportedGameError(
      'infosetRegrets()',
      `information set ${[...absent][0]} is met twice on a path (absent-mindedness)`,
    );
  }
  const values = game.players.map((_, p) => continuationValues(game, profile, p as PlayerId));
  const reaches = game.players.map((_, p) => realization(game, profile, p as PlayerId));
  return game.infosets.map((info) => {
    const V = values[info.player] as Rational[];
    const rho = reaches[info.player] as Rational[];
    const sigma = profile[info.id] as readonly Rational[];
    let reach = ZERO;
    const actionValues = info.actions.map(() => ZERO);
    for (const x of info.members) {
      const r = rho[x] as Rational;
      reach = reach.add(r);
      if (r.n === 0n) continue;
      (game.nodes[x] as TreeNode).children.forEach((c, a) => {
        actionValues[a] = (actionValues[a] as Rational).add(r.mul(V[c] as Rational));
      });
    }
    let payoff = ZERO;
    let bestAction = 0;
    actionValues.forEach((v, a) => {
      payoff = payoff.add((sigma[a] as Rational).mul(v));
      if (v.compare(actionValues[bestAction] as Rational) > 0) bestAction = a;
    });
    const regret = (actionValues[bestAction] as Rational).sub(payoff);
    const conditional =
      reach.n === 0n
        ? null
        : { actionValues: actionValues.map((v) => v.div(reach)), payoff: payoff.div(reach), regret: regret.div(reach) };
    return { infoset: info.id, player: info.player, reach, actionValues, payoff, regret, bestAction, conditional };
  });
}

/** The player regret with the largest positive gain (first on ties), as a witness. @internal */
export function worstPlayer(regrets: readonly PlayerRegret[], subgameRoot?: NodeId): BehaviorVerdict {
  let worst: PlayerRegret | undefined;
  for (const r of regrets)
    if (r.regret.n !== 0n && (worst === undefined || r.regret.compare(worst.regret) > 0)) worst = r;
  if (worst === undefined) return { ok: true };
  return {
    ok: false,
    witness: {
      player: worst.player,
      ...(subgameRoot !== undefined ? { subgameRoot } : {}),
      deviation: worst.bestResponse,
      gain: worst.regret,
    },
  };
}

/**
 * Checks whether a behaviour profile is a Nash equilibrium (no player gains by any change of its own
 * behaviour); otherwise the witness is the largest gain: the player and a best response.
 * @throws InvalidArgumentError / UnsupportedGameError as {@link playerRegrets}
 * @remarks Since 0.1.0
 */
export function checkBehaviorNash(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  options: VerifyOptions = {},
): BehaviorVerdict {
  checkBehaviorProfile(game, profile, 'checkNash()');
  return worstPlayer(playerRegretsAt(game, profile, 0 as NodeId, options, 'checkNash()'));
}

/**
 * Checks whether a behaviour profile is a Nash equilibrium of the agent form (no information set gains by
 * changing its own distribution alone, realization-weighted); otherwise the witness names the information
 * set with the largest weighted gain and its best action.
 * @throws InvalidArgumentError / UnsupportedGameError as {@link infosetRegrets}
 * @remarks Since 0.1.0
 */
export function checkAgentNash(game: ExtensiveGame, profile: BehaviorProfile): BehaviorVerdict {
  let worst: InfosetRegret | undefined;
  for (const r of infosetRegrets(game, profile)) {
    if (r.regret.n !== 0n && (worst === undefined || r.regret.compare(worst.regret) > 0)) worst = r;
  }
  if (worst === undefined) return { ok: true };
  return {
    ok: false,
    witness: {
      player: worst.player,
      infoset: worst.infoset,
      deviation: [{ infoset: worst.infoset, action: worst.bestAction }],
      gain: worst.regret,
    },
  };
}

/**
 * Whether a behaviour profile is an agent-form Nash equilibrium.
 * @remarks Since 0.1.0
 */
export function isAgentNash(game: ExtensiveGame, profile: BehaviorProfile): boolean {
  return checkAgentNash(game, profile).ok;
}
