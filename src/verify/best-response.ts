/**
 * A player's best response to the others' behaviour, in a forest of subtrees with starting weights (the
 * whole tree, a subgame, or an information set's members weighted by beliefs).
 *
 * Perfect recall (every information set's members share the player's own history of information sets and
 * actions): the sequence-form best response, a bottom-up walk over the player's sequences
 * (von Stengel 1996, "Efficient computation of behavior strategies", GEB 14, §3; Koller, Megiddo and
 * von Stengel 1996, §4). With w(z) the product of the *other* players' and chance's move probabilities on
 * the path to z (times the start's weight), and seq(z) the player's last own (information set, action)
 * before z:
 *   Val(s) = Σ_{z: seq(z)=s} w(z)·u(z) + Σ_{J: parent(J)=s} BR(J),   BR(J) = max_a Val((J, a)).
 * The best-response value is Val(∅). Perfect recall makes parent(J) well defined.
 *
 * Otherwise, if no path meets an information set twice, the payoff is multilinear in the player's
 * per-information-set distributions, so a pure behaviour attains the maximum: the player's pure behaviours
 * are enumerated, up to a budget. Absent-minded players (Piccione and Rubinstein 1997) are refused.
 * @remarks Since 0.1.0
 */
import { UnsupportedGameError } from '../game/errors.js';
import type { InfosetId, NodeId, PlayerId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame, TreeNode } from '../game/types.js';
import { type Rational, ZERO } from '../numeric/rational.js';
import { absentMindedInfosets, moveProb, outcomePayoff, subtreeEnds } from './tree-values.js';
import type { ActionChoice } from './types.js';

/** A starting node of a best-response problem and its weight. @remarks Since 0.1.0 */
export type WeightedStart = { readonly node: NodeId; readonly weight: Rational };

/** A best response: its value and the player's pure choice at each of its information sets met. @remarks Since 0.1.0 */
export type BestResponse = {
  readonly value: Rational;
  /** one choice per information set of the player met in the forest, by information-set id */
  readonly choices: readonly ActionChoice[];
  /** how it was computed */
  readonly method: 'sequence-form' | 'enumeration';
};

type Frame = { readonly node: NodeId; readonly w: Rational; readonly seq: string; readonly hist: string };

/**
 * The best response of `player` against `profile` (the player's own entries are ignored), maximizing
 * Σ_starts weight · E[player's sum of outcomes in the start's subtree].
 * @param fn - the calling function, for error messages
 * @param maxPureStrategies - enumeration budget for players without perfect recall
 * @throws UnsupportedGameError if the player is absent-minded, or lacks perfect recall and has more than
 *   `maxPureStrategies` pure behaviours in the forest
 * @remarks Since 0.1.0
 */
export function bestResponse(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  player: PlayerId,
  starts: readonly WeightedStart[],
  maxPureStrategies: number,
  fn: string,
): BestResponse {
  const bucket = new Map<string, Rational>();
  const children = new Map<string, InfosetId[]>();
  const histOf = new Map<InfosetId, string>();
  let recallFailure: InfosetId | null = null;
  const stack: Frame[] = starts.map((s) => ({ node: s.node, w: s.weight, seq: '', hist: '' })).reverse();
  while (stack.length > 0) {
    const { node: id, w, seq, hist } = stack.pop() as Frame;
    const node = game.nodes[id] as TreeNode;
    const u = outcomePayoff(game, node, player);
    if (u.n !== 0n && w.n !== 0n) bucket.set(seq, (bucket.get(seq) ?? ZERO).add(w.mul(u)));
    if (node.type === 'personal' && node.player === player) {
      const J = node.infoset as InfosetId;
      const seen = histOf.get(J);
      if (seen === undefined) {
        histOf.set(J, hist);
        children.set(seq, [...(children.get(seq) ?? []), J]);
      } else if (seen !== hist) recallFailure ??= J;
      for (let a = node.children.length - 1; a >= 0; a--) {
        const s = `${J}:${a}`;
        stack.push({ node: node.children[a] as NodeId, w, seq: s, hist: `${hist}${s};` });
      }
    } else {
      for (let a = node.children.length - 1; a >= 0; a--) {
        stack.push({ node: node.children[a] as NodeId, w: w.mul(moveProb(game, profile, node, a, player)), seq, hist });
      }
    }
  }
  const met = [...histOf.keys()].sort((a, b) => a - b);
  if (recallFailure === null) {
    const choice = new Map<InfosetId, number>();
    const val = (s: string): Rational => {
      let v = bucket.get(s) ?? ZERO;
      for (const J of children.get(s) ?? []) v = v.add(brv(J));
      return v;
    };
    const brv = (J: InfosetId): Rational => {
      const k = (game.infosets[J] as { actions: readonly string[] }).actions.length;
      let best = val(`${J}:0`);
      let arg = 0;
      for (let a = 1; a < k; a++) {
        const v = val(`${J}:${a}`);
        if (v.compare(best) > 0) {
          best = v;
          arg = a;
        }
      }
      choice.set(J, arg);
      return best;
    };
    const value = val('');
    return { value, choices: met.map((J) => ({ infoset: J, action: choice.get(J) ?? 0 })), method: 'sequence-form' };
  }
  return enumerateBestResponse(game, profile, player, starts, met, recallFailure, maxPureStrategies, fn);
}

function enumerateBestResponse(
  game: ExtensiveGame,
  profile: BehaviorProfile,
  player: PlayerId,
  starts: readonly WeightedStart[],
  met: readonly InfosetId[],
  recallFailure: InfosetId,
  maxPureStrategies: number,
  fn: string,
): BestResponse {
  const name = `player ${player + 1} ("${game.players[player]}")`;
  const absent = [...absentMindedInfosets(game)].filter((J) => met.includes(J));
  if (absent.length > 0) {
    throw new UnsupportedGameError(
      fn,
      `${name} is absent-minded at information set ${absent[0]} (a path meets it twice); behaviour best responses are not computed`,
    );
  }
  const sizes = met.map((J) => (game.infosets[J] as { actions: readonly string[] }).actions.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > maxPureStrategies) {
    throw new UnsupportedGameError(
      fn,
      `${name} lacks perfect recall (information set ${recallFailure} is reached by different own histories) and has ${total} pure behaviours, more than maxPureStrategies = ${maxPureStrategies}`,
    );
  }
  const ends = subtreeEnds(game);
  const assignment = new Array<number>(met.length).fill(0);
  const position = new Map<InfosetId, number>(met.map((J, i) => [J, i]));
  const value = new Array<Rational>(game.nodes.length);
  let best: { value: Rational; pure: number[] } | undefined;
  for (let count = 0; count < total; count++) {
    let v = ZERO;
    for (const s of starts) {
      for (let x = (ends[s.node] as number) - 1; x >= s.node; x--) {
        const node = game.nodes[x] as TreeNode;
        let here = outcomePayoff(game, node, player);
        if (node.type === 'personal' && node.player === player) {
          const a = assignment[position.get(node.infoset as InfosetId) as number] as number;
          here = here.add(value[node.children[a] as number] as Rational);
        } else {
          node.children.forEach((c, a) => {
            here = here.add(moveProb(game, profile, node, a, player).mul(value[c] as Rational));
          });
        }
        value[x] = here;
      }
      v = v.add(s.weight.mul(value[s.node] as Rational));
    }
    if (best === undefined || v.compare(best.value) > 0) best = { value: v, pure: [...assignment] };
    for (let i = 0; i < assignment.length; i++) {
      assignment[i] = (assignment[i] as number) + 1;
      if ((assignment[i] as number) < (sizes[i] as number)) break;
      assignment[i] = 0;
    }
  }
  const found = best as { value: Rational; pure: number[] };
  return {
    value: found.value,
    choices: met.map((J, i) => ({ infoset: J, action: found.pure[i] as number })),
    method: 'enumeration',
  };
}
