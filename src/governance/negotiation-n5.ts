/**
 * MODEL.md claim N5 (cooperative gains and adaptive strategies): in every equilibrium reported, agreement
 * happens with positive probability and each player gets at least its disagreement payoff; with private
 * types, the equilibrium is classified as pooling (every type of the informed player plays the same on the
 * path), separating (different types never take the same path) or semi-separating (partial pooling, or a
 * type that mixes), from the profile itself: per type, the distribution of the sequence of actions played
 * after the type is drawn.
 * @remarks Since 0.1.0
 */
import type { NodeId } from '../game/ids.js';
import type { BehaviorProfile, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { type OutcomePiece, agreementProbability } from './negotiation-outcome.js';

/** How an equilibrium treats the informed player's types. */
export type InformationRegime = 'complete-information' | 'pooling' | 'separating' | 'semi-separating';

/** Per type (branch of the first chance move): its probability and the distribution of action paths after it. */
export type TypeBehaviour = {
  readonly type: string;
  readonly prob: Rational;
  readonly paths: ReadonlyMap<string, Rational>;
};

/**
 * The play of each type: from the first chance move on the path (the type draw), the distribution over the
 * sequences of action labels to a terminal node, conditional on the type.
 * @returns an empty list when no chance move is reached
 * @remarks Since 0.1.0
 */
export function typeBehaviours(game: ExtensiveGame, profile: BehaviorProfile): TypeBehaviour[] {
  const label = (n: TreeNode, a: number) =>
    n.type === 'chance'
      ? (game.chanceInfosets[n.infoset as number]?.actions[a] ?? '')
      : (game.infosets[n.infoset as number]?.actions[a] ?? '');
  const prob = (n: TreeNode, a: number) =>
    n.type === 'chance'
      ? (game.chanceInfosets[n.infoset as number]?.probs[a] ?? ZERO)
      : (profile[n.infoset as number]?.[a] ?? ZERO);
  const paths = (id: NodeId, p: Rational, path: string, into: Map<string, Rational>): void => {
    const n = game.nodes[id] as TreeNode;
    if (p.n === 0n) return;
    if (n.type === 'terminal') {
      into.set(path, (into.get(path) ?? ZERO).add(p));
      return;
    }
    n.children.forEach((c, a) => paths(c, p.mul(prob(n, a)), `${path}/${label(n, a)}`, into));
  };
  const find = (id: NodeId): TypeBehaviour[] => {
    const n = game.nodes[id] as TreeNode;
    if (n.type === 'terminal') return [];
    if (n.type === 'chance') {
      return n.children.map((c, a) => {
        const into = new Map<string, Rational>();
        paths(c, ONE, '', into);
        return { type: label(n, a), prob: prob(n, a), paths: into };
      });
    }
    const a = (profile[n.infoset as number] ?? []).findIndex((x) => x.n !== 0n);
    return a < 0 ? [] : find(n.children[a] as NodeId);
  };
  return find(0 as NodeId);
}

/**
 * Pooling, separating or semi-separating (see the module comment); `'complete-information'` for fewer than two types.
 * @remarks Since 0.1.0
 */
export function classifyTypes(types: readonly TypeBehaviour[]): InformationRegime {
  const live = types.filter((t) => t.prob.n !== 0n);
  if (live.length < 2) return 'complete-information';
  const key = (t: TypeBehaviour) =>
    [...t.paths]
      .map(([k, v]) => `${k}=${v.toFraction()}`)
      .sort()
      .join(';');
  if (live.every((t) => key(t) === key(live[0] as TypeBehaviour))) return 'pooling';
  const disjoint = live.every((t, i) =>
    live.every((u, j) => j <= i || [...t.paths.keys()].every((k) => !u.paths.has(k))),
  );
  const pure = live.every((t) => t.paths.size === 1);
  return disjoint && pure ? 'separating' : 'semi-separating';
}

/** The classification of a profile of a game whose informed player's type is drawn by the first chance move. @remarks Since 0.1.0 */
export function informationRegime(game: ExtensiveGame, profile: BehaviorProfile): InformationRegime {
  return classifyTypes(typeBehaviours(game, profile));
}

/** N5's verdict on one equilibrium. */
export type CooperativeGainsVerdict = {
  readonly agreementProbability: Rational;
  /** agreement with positive probability */
  readonly agrees: boolean;
  /** each player gets at least its disagreement payoff */
  readonly individuallyRational: boolean;
  readonly ok: boolean;
};

/**
 * Checks N5 on one equilibrium: agreement with positive probability, and payoffs (each player's own
 * expectation) at least the disagreement payoffs.
 * @remarks Since 0.1.0
 */
export function cooperativeGains(
  payoffs: { readonly G: Rational; readonly S: Rational },
  outcome: readonly OutcomePiece[],
  disagreement: { readonly G: Rational; readonly S: Rational },
): CooperativeGainsVerdict {
  const p = agreementProbability(outcome);
  const agrees = p.compare(ZERO) > 0;
  const individuallyRational = payoffs.G.compare(disagreement.G) >= 0 && payoffs.S.compare(disagreement.S) >= 0;
  return { agreementProbability: p, agrees, individuallyRational, ok: agrees && individuallyRational };
}
