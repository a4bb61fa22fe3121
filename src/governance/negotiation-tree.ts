/**
 * Reading the negotiation tree of `negotiationGame`: the outcome a behaviour profile produces (agreement
 * round and share, exit, or no agreement, with probabilities, also per type of S), and the complete-
 * information tree solved by the subgame-perfect solver of `src/solve/spe` — the canonical equilibrium
 * (first optimal action everywhere: an indifferent responder accepts), every SPE payoff vector at the root
 * with the number of pure SPE producing it, and the exact count.
 * @remarks Since 0.1.0
 */
import type { NodeId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO, rat } from '../numeric/rational.js';
import { compileGame } from '../solve/spe/compile-game.js';
import { unitVector } from '../game/pure-strategies.js';
import { solveCompiledTree } from '../solve/spe/backward-induction.js';
import { rootOf } from '../solve/spe/compiled-tree.js';
import { scaleOf } from '../solve/spe/scales.js';
import type { Budget, StopReason } from '../solve/types.js';
import { type OutcomePiece, mergePieces } from './negotiation-outcome.js';

/** The outcome of a profile: overall, and per type of S (chance's type labels, when S has several types). */
export type TreeOutcome = {
  readonly outcome: readonly OutcomePiece[];
  readonly byType: readonly {
    readonly type: string;
    readonly prob: Rational;
    readonly outcome: readonly OutcomePiece[];
  }[];
};

/**
 * Follows a behaviour profile from the root (chance by the modeller's probabilities), counting rounds by
 * offers made, and collects how play ends.
 * @remarks Since 0.1.0
 */
export function treeOutcome(game: ExtensiveGame, profile: BehaviorProfile): TreeOutcome {
  const all: OutcomePiece[] = [];
  const byType = new Map<string, { prob: Rational; pieces: OutcomePiece[] }>();
  const walk = (id: NodeId, prob: Rational, round: number, share: Rational | null, type: string | null): void => {
    if (prob.n === 0n) return;
    const node = game.nodes[id] as TreeNode;
    if (node.type === 'terminal') {
      const parent = node.parent === null ? undefined : game.nodes[node.parent];
      const action =
        parent?.type === 'personal' ? (game.infosets[parent.infoset as number]?.actions[node.parentAction] ?? '') : '';
      const kind = action === 'accept' ? 'agree' : action === 'exit' ? 'exit' : 'none';
      const piece: OutcomePiece = { round, kind, shareS: kind === 'agree' ? share : null, prob };
      all.push(piece);
      if (type !== null) byType.get(type)?.pieces.push(piece);
      return;
    }
    if (node.type === 'chance') {
      const c = game.chanceInfosets[node.infoset as number];
      node.children.forEach((child, a) => {
        const label = c?.actions[a] ?? '';
        const p = c?.probs[a] ?? ZERO;
        let t = type;
        if (label.startsWith('type ')) {
          t = label;
          byType.set(label, { prob: p, pieces: [] });
        }
        walk(child, prob.mul(p), round, share, t);
      });
      return;
    }
    const info = game.infosets[node.infoset as number];
    const probs = profile[node.infoset as number] ?? [];
    node.children.forEach((child, a) => {
      const label = info?.actions[a] ?? '';
      const offer = label.startsWith('offer ') ? rat(label.slice(6)) : null;
      walk(child, prob.mul(probs[a] ?? ZERO), offer !== null ? round + 1 : round, offer ?? share, type);
    });
  };
  walk(0 as NodeId, ONE, 0, null, null);
  return {
    outcome: mergePieces(all),
    byType: [...byType].map(([type, v]) => ({
      type,
      prob: v.prob,
      outcome: mergePieces(v.pieces.map((p) => ({ ...p, prob: v.prob.n === 0n ? ZERO : p.prob.div(v.prob) }))),
    })),
  };
}

/** What {@link solveNegotiationTree} returns. */
export type NegotiationTreeSolution = {
  /** the canonical SPE as a pure behaviour profile (`null` when stopped) */
  readonly canonical: BehaviorProfile | null;
  /** its payoffs (each player with its own prior) */
  readonly value: readonly Rational[] | null;
  /** every SPE payoff vector at the root with the number of pure SPE producing it */
  readonly values: readonly { readonly payoffs: readonly Rational[]; readonly count: bigint }[] | null;
  readonly count: bigint | null;
  readonly stopped: StopReason | null;
  readonly stats: Readonly<Record<string, number>>;
};

/**
 * Solves a perfect-information negotiation tree with the compiled backward induction of `src/solve/spe`
 * (`solveCompiledTree`): canonical equilibrium, root value set and count.
 * @throws UnsupportedGameError if the tree has imperfect information (private types)
 * @remarks Since 0.1.0
 */
export function solveNegotiationTree(game: ExtensiveGame, budget: Budget = {}): NegotiationTreeSolution {
  const compiled = compileGame(game, { share: true, solver: 'solveNegotiationTree()' });
  const res = solveCompiledTree(compiled.tree, {
    ...(budget.maxNodes !== undefined ? { maxNodes: budget.maxNodes } : {}),
    ...(budget.timeoutMs !== undefined ? { timeoutMs: budget.timeoutMs } : {}),
    ...(budget.signal !== undefined ? { signal: budget.signal } : {}),
  });
  if (res.stopped !== null || res.value === null) {
    return { canonical: null, value: null, values: null, count: null, stopped: res.stopped, stats: res.stats };
  }
  const canonical = game.infosets.map((info) => {
    const member = info.members[0] as NodeId;
    return unitVector(info.actions.length, res.choice[compiled.dagOf[member] as number] as number);
  });
  const root = rootOf(compiled.tree);
  const set = res.dp.sets.get(root);
  const scale = (w: bigint, p: number) =>
    rat(w).div(rat(scaleOf(res.dp.scales, root, p) * (compiled.tree.payoffs.scale[p] as bigint)));
  const values =
    set === undefined
      ? [{ payoffs: res.value, count: res.count ?? 1n }]
      : set.vecs.map((v, i) => ({ payoffs: v.map(scale), count: set.counts[i] as bigint }));
  return { canonical, value: res.value, values, count: res.count, stopped: null, stats: res.stats };
}
