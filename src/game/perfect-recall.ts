/**
 * Perfect recall (Kuhn 1953, "Extensive games and the problem of information", Definition 17): a player
 * never forgets what it knew or did. Checked in the sequence form of the definition (von Stengel 1996,
 * "Efficient computation of behavior strategies", Section 3): all nodes of an information set have the same
 * own history, the sequence of the player's (information set, action) pairs on the path from the root. This
 * also excludes absent-mindedness (Piccione and Rubinstein 1997): a set with two nodes on one path.
 * @remarks Since 0.1.0
 */
import { ownHistory, type OwnMove } from './history.js';
import type { InfosetId, NodeId, PlayerId } from './ids.js';
import type { ExtensiveGame } from './types.js';

/** Why perfect recall fails. */
export type RecallFailure = 'absent-minded' | 'forgot-action' | 'forgot-information';

/** The result of {@link checkPerfectRecall}. */
export type PerfectRecallResult =
  | { readonly perfectRecall: true }
  | {
      readonly perfectRecall: false;
      /** the first information set (in `game.infosets` order) whose nodes the player can tell apart by memory */
      readonly infoset: InfosetId;
      readonly player: PlayerId;
      readonly kind: RecallFailure;
      /** a sentence saying what the player forgot */
      readonly reason: string;
      /** two nodes of `infoset` with different own histories (for absent-mindedness, ancestor first) */
      readonly nodes: readonly [NodeId, NodeId];
    };

const sameMove = (a: OwnMove | undefined, b: OwnMove | undefined): boolean =>
  a !== undefined && b !== undefined && a.infoset === b.infoset && a.action === b.action;

/**
 * Checks perfect recall and, when it fails, says where and why: absent-mindedness (two nodes of one set on
 * one path), a forgotten own action (the histories reach one earlier information set of the player but took
 * different actions there), or forgotten information (the histories pass through different earlier
 * information sets, or one passes through a set the other does not).
 * @remarks Since 0.1.0
 */
export function checkPerfectRecall<V>(game: ExtensiveGame<V>): PerfectRecallResult {
  for (const info of game.infosets) {
    const histories = info.members.map((x) => ownHistory(game, x, info.player));
    const label = info.label === '' ? `#${info.id}` : `"${info.label}"`;
    const who = `player ${info.player + 1} (${game.players[info.player]})`;
    for (let m = 0; m < info.members.length; m++) {
      const h = histories[m] as OwnMove[];
      const earlier = h.find((move) => move.infoset === info.id);
      if (earlier !== undefined) {
        return {
          perfectRecall: false,
          infoset: info.id,
          player: info.player,
          kind: 'absent-minded',
          reason: `${who} is absent-minded at information set ${label}: node ${info.members[m]} follows node ${earlier.node} of the same set, so the player forgets an earlier information set`,
          nodes: [earlier.node, info.members[m] as NodeId],
        };
      }
    }
    const first = histories[0] as OwnMove[];
    for (let m = 1; m < info.members.length; m++) {
      const h = histories[m] as OwnMove[];
      let i = 0;
      while (i < first.length && i < h.length && sameMove(first[i], h[i])) i++;
      if (i === first.length && i === h.length) continue;
      const a = first[i];
      const b = h[i];
      const forgotAction = a !== undefined && b !== undefined && a.infoset === b.infoset;
      const nodes = [info.members[0] as NodeId, info.members[m] as NodeId] as const;
      return {
        perfectRecall: false,
        infoset: info.id,
        player: info.player,
        kind: forgotAction ? 'forgot-action' : 'forgot-information',
        reason: forgotAction
          ? `${who} forgets its own earlier action at information set ${label}: nodes ${nodes[0]} and ${nodes[1]} follow different actions (${a.action + 1} vs ${b.action + 1}) at its information set #${a.infoset}`
          : `${who} forgets an earlier information set at information set ${label}: nodes ${nodes[0]} and ${nodes[1]} have different histories of the player's own information sets`,
        nodes,
      };
    }
  }
  return { perfectRecall: true };
}

/** Whether the game has perfect recall (see {@link checkPerfectRecall}). @remarks Since 0.1.0 */
export function hasPerfectRecall<V>(game: ExtensiveGame<V>): boolean {
  return checkPerfectRecall(game).perfectRecall;
}
