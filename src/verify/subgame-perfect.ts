/**
 * Subgame perfection (Selten 1965, 1975): a behaviour profile is subgame perfect iff it induces a Nash
 * equilibrium in every subgame, i.e. no player has a profitable change of its own behaviour in the subtree
 * of any subgame root (payoffs counted from that root on, with the player's own chance beliefs).
 * @remarks Since 0.1.0
 */
import type { NodeId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame } from '../game/types.js';
import { subgameRootsOf } from './subgame-roots.js';
import { type PlayerRegret, playerRegretsAt, worstPlayer } from './tree-regret.js';
import type { BehaviorVerdict, VerifyOptions } from './types.js';
import { checkBehaviorProfile } from './validate.js';

/** The player regrets in one subgame. @remarks Since 0.1.0 */
export type SubgameRegrets = { readonly root: NodeId; readonly regrets: readonly PlayerRegret[] };

/**
 * Player regrets in every subgame, roots in preorder.
 * @throws InvalidArgumentError if the profile is invalid
 * @throws UnsupportedGameError as {@link playerRegrets}
 * @remarks Since 0.1.0
 */
export function subgameRegrets(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  options: VerifyOptions = {},
): SubgameRegrets[] {
  checkBehaviorProfile(game, profile, 'subgameRegrets()');
  return subgameRootsOf(game).map((root) => ({
    root,
    regrets: playerRegretsAt(game, profile, root, options, 'subgameRegrets()'),
  }));
}

/**
 * Checks subgame perfection. On failure the witness names the first subgame root (in preorder) where some
 * player gains, that player (largest gain there) and its best response inside the subgame.
 * @throws InvalidArgumentError if the profile is invalid
 * @throws UnsupportedGameError as {@link playerRegrets}
 * @remarks Since 0.1.0
 */
export function checkSubgamePerfect(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  options: VerifyOptions = {},
): BehaviorVerdict {
  checkBehaviorProfile(game, profile, 'checkSubgamePerfect()');
  for (const root of subgameRootsOf(game)) {
    const verdict = worstPlayer(playerRegretsAt(game, profile, root, options, 'checkSubgamePerfect()'), root);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

/**
 * Whether a behaviour profile is subgame perfect.
 * @remarks Since 0.1.0
 */
export function isSubgamePerfect(game: ExtensiveGame, profile: BehaviorProfile, options: VerifyOptions = {}): boolean {
  return checkSubgamePerfect(game, profile, options).ok;
}
