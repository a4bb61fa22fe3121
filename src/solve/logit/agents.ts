/**
 * The agent form in floating point, for logit path tracing: every information set (tree) or player
 * (strategic game) is an agent; given log-probabilities of all actions, the agents' conditional action values
 * (McKelvey & Palfrey 1998, "Quantal response equilibria for extensive form games", Experimental Economics 1,
 * §3: the agent QRE uses the value of each action at an information set given the beliefs there, which are
 * Bayes' rule under the completely mixed profile). Non-common priors: each agent weighs chance by its
 * player's own prior.
 * @remarks Since 0.1.0
 */
import type { ChanceInfosetId, InfosetId } from '../../game/ids.js';
import { accumulatedPayoffs } from '../../game/queries.js';
import { profileIndex, strategyCounts } from '../../game/strategic.js';
import type { ExtensiveGame, Game, StrategicGame } from '../../game/types.js';
import type { Rational } from '../../numeric/rational.js';

/** Float agents of a game: action counts, flat offsets, and the action-value function. */
export type FloatAgents = {
  /** number of actions of each agent */
  readonly sizes: readonly number[];
  /** offset of agent `k`'s first action in the flat vector */
  readonly offsets: readonly number[];
  /** total number of actions */
  readonly total: number;
  /** conditional action values (flat, aligned with the actions) given flat log-probabilities */
  values(logp: Float64Array): Float64Array;
};

/** Float agents of a tree or a strategic game. @remarks Since 0.1.0 */
export function floatAgents(game: Game<Rational>): FloatAgents {
  return game.kind === 'strategic' ? strategicAgents(game) : treeAgents(game);
}

function layout(sizes: readonly number[]): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let total = 0;
  for (const s of sizes) {
    offsets.push(total);
    total += s;
  }
  return { offsets, total };
}

function strategicAgents(game: StrategicGame<Rational>): FloatAgents {
  const sizes = strategyCounts(game);
  const { offsets, total } = layout(sizes);
  const pay = game.payoffs.map((row) => row.map((x) => x.valueOf()));
  const n = sizes.length;
  return {
    sizes,
    offsets,
    total,
    values(logp) {
      const out = new Float64Array(total);
      const prof = new Array<number>(n).fill(0);
      const count = pay.length;
      for (let idx = 0; idx < count; idx++) {
        let rest = idx;
        for (let p = 0; p < n; p++) {
          prof[p] = rest % (sizes[p] as number);
          rest = Math.floor(rest / (sizes[p] as number));
        }
        const row = pay[profileIndex(sizes, prof)] as number[];
        for (let p = 0; p < n; p++) {
          let w = 1;
          for (let q = 0; q < n; q++)
            if (q !== p) w *= Math.exp(logp[(offsets[q] as number) + (prof[q] as number)] as number);
          if (w === 0) continue;
          const k = (offsets[p] as number) + (prof[p] as number);
          out[k] = (out[k] as number) + w * (row[p] as number);
        }
      }
      return out;
    },
  };
}

function treeAgents(game: ExtensiveGame<Rational>): FloatAgents {
  const sizes = game.infosets.map((i) => i.actions.length);
  const { offsets, total } = layout(sizes);
  const acc = accumulatedPayoffs(game).map((r) => r.map((x) => x.valueOf()));
  const nodes = game.nodes;
  const players = game.players.length;
  const chanceProb = (c: ChanceInfosetId, a: number, p: number): number => {
    const ci = game.chanceInfosets[c];
    return ((ci?.beliefs?.[p] ?? ci?.probs ?? [])[a] as Rational | undefined)?.valueOf() ?? 0;
  };
  return {
    sizes,
    offsets,
    total,
    values(logp) {
      const out = new Float64Array(total);
      for (let p = 0; p < players; p++) {
        // Values bottom-up (children follow parents in preorder).
        const v = new Float64Array(nodes.length);
        for (let i = nodes.length - 1; i >= 0; i--) {
          const x = nodes[i];
          if (x === undefined) continue;
          if (x.type === 'terminal') {
            v[i] = (acc[i] as number[])[p] as number;
            continue;
          }
          let s = 0;
          x.children.forEach((c, a) => {
            const pr =
              x.type === 'chance'
                ? chanceProb(x.infoset as ChanceInfosetId, a, p)
                : Math.exp(logp[(offsets[x.infoset as InfosetId] as number) + a] as number);
            if (pr !== 0) s += pr * (v[c] as number);
          });
          v[i] = s;
        }
        // Log reach weights top-down, for the beliefs of p's information sets.
        const lw = new Float64Array(nodes.length);
        for (const x of nodes) {
          if (x.parent === null) continue;
          const parent = nodes[x.parent];
          if (parent === undefined) continue;
          const step =
            parent.type === 'chance'
              ? Math.log(chanceProb(parent.infoset as ChanceInfosetId, x.parentAction, p))
              : (logp[(offsets[parent.infoset as InfosetId] as number) + x.parentAction] as number);
          lw[x.id] = (lw[parent.id] as number) + step;
        }
        for (const h of game.playerInfosets[p] ?? []) {
          const info = game.infosets[h];
          if (info === undefined) continue;
          let top = -Infinity;
          for (const m of info.members) top = Math.max(top, lw[m] as number);
          let z = 0;
          const mu = info.members.map((m) => {
            const e = top === -Infinity ? 1 : Math.exp((lw[m] as number) - top);
            z += e;
            return e;
          });
          info.actions.forEach((_, a) => {
            let q = 0;
            info.members.forEach((m, k) => {
              const w = (mu[k] as number) / z;
              if (w !== 0) q += w * (v[nodes[m]?.children[a] as number] as number);
            });
            out[(offsets[h] as number) + a] = q;
          });
        }
      }
      return out;
    },
  };
}
