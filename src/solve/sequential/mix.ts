/**
 * A small exact targeted method for one-parameter mixed equilibria: mix two actions of one information set
 * with probability `β` and solve for the `β` that makes another player indifferent between two actions.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import type { InfosetId, NodeId } from '../../game/ids.js';
import type { Assessment, BehaviorProfile, ExtensiveGame, Infoset } from '../../game/types.js';
import { ONE, type Rational, ZERO, rat } from '../../numeric/rational.js';
import { type ActionProb, nodeValue, treeContext, trembleBelief, trembleWeights } from './tree.js';

/** What {@link indifferenceMix} solves. */
export type IndifferenceMixSpec = {
  /** the starting profile (typically a pure one); only `mix`'s set is changed */
  readonly profile: BehaviorProfile;
  /** the set whose two actions are mixed: `σ(a0) = β`, `σ(a1) = 1 − β`, other actions 0 */
  readonly mix: { readonly infoset: InfosetId; readonly actions: readonly [number, number] };
  /** the set whose player must be indifferent between two actions */
  readonly indifferent: { readonly infoset: InfosetId; readonly actions: readonly [number, number] };
};

/** One solution of {@link indifferenceMix}. */
export type MixSolution = {
  readonly beta: Rational;
  /** the profile with `mix`'s set mixed, and its uniform-tremble beliefs (see `trembleBelief`) */
  readonly assessment: Assessment;
};

/**
 * The values `β ∈ (0, 1)` at which, with `mix`'s set playing `(β, 1 − β)`, the player at `indifferent`'s set
 * is exactly indifferent between its two actions given its beliefs (Bayes where reached, uniform trembles
 * elsewhere). The indifference, multiplied by the total belief weight, is a polynomial of degree at most 2
 * in `β` (perfect recall: the mixed set lies at most once on a path); it is recovered exactly from three
 * interior points and solved over the rationals. Irrational roots are not returned. The returned
 * assessments are candidates: confirm them with an independent checker.
 * @returns the rational solutions in (0, 1), ascending; empty if none, or if the indifference holds for
 *   every `β` (then any `β` works for this condition and the caller must choose)
 * @throws InvalidArgumentError if a set or action index is out of range
 * @remarks Since 0.1.0
 */
export function indifferenceMix(game: ExtensiveGame<Rational>, spec: IndifferenceMixSpec): MixSolution[] {
  const mixInfo = game.infosets[spec.mix.infoset];
  const indInfo = game.infosets[spec.indifferent.infoset];
  const badAction = (info: Infoset, acts: readonly number[]) => acts.some((a) => !(a >= 0 && a < info.actions.length));
  if (
    mixInfo === undefined ||
    indInfo === undefined ||
    badAction(mixInfo, spec.mix.actions) ||
    badAction(indInfo, spec.indifferent.actions)
  ) {
    throw new InvalidArgumentError('indifferenceMix(): an information set or action index is out of range');
  }
  const ctx = treeContext(game);
  const profileAt = (beta: Rational): BehaviorProfile =>
    spec.profile.map((row, h) =>
      h === spec.mix.infoset
        ? row.map((_, a) => (a === spec.mix.actions[0] ? beta : a === spec.mix.actions[1] ? ONE.sub(beta) : ZERO))
        : row,
    );
  const gap = (beta: Rational): Rational => {
    const profile = profileAt(beta);
    const prob: ActionProb = (h, a) => (profile[h] as readonly Rational[])[a] ?? ZERO;
    const w = trembleWeights(ctx, indInfo.id, prob);
    const [a, b] = spec.indifferent.actions;
    let g = ZERO;
    indInfo.members.forEach((m, k) => {
      const node = ctx.game.nodes[m];
      const va = nodeValue(ctx, node?.children[a] as NodeId, indInfo.player, prob);
      const vb = nodeValue(ctx, node?.children[b] as NodeId, indInfo.player, prob);
      g = g.add((w[k] as Rational).mul(va.sub(vb)));
    });
    return g;
  };
  // N(t) = c0 + c1 t + c2 t², from t = 1/4, 1/2, 3/4 (Lagrange interpolation).
  const [t1, t2, t3] = [rat(1, 4), rat(1, 2), rat(3, 4)];
  const [y1, y2, y3] = [gap(t1), gap(t2), gap(t3)];
  const c2 = y1.sub(y2.mul(2)).add(y3).mul(8);
  const c1 = y2
    .sub(y1)
    .mul(4)
    .sub(c2.mul(t1.add(t2)));
  const c0 = y1.sub(c1.mul(t1)).sub(c2.mul(t1.mul(t1)));
  const roots: Rational[] = [];
  if (c2.n === 0n) {
    if (c1.n !== 0n) roots.push(c0.neg().div(c1));
  } else {
    const disc = c1.mul(c1).sub(c2.mul(c0).mul(4));
    const s = disc.s < 0n ? undefined : rationalSqrt(disc);
    if (s !== undefined) {
      for (const r of [c1.neg().sub(s).div(c2.mul(2)), c1.neg().add(s).div(c2.mul(2))]) {
        if (!roots.some((x) => x.equals(r))) roots.push(r);
      }
    }
  }
  return roots
    .filter((r) => r.compare(ZERO) > 0 && r.compare(ONE) < 0)
    .sort((x, y) => x.compare(y))
    .map((beta) => {
      const profile = profileAt(beta);
      const prob: ActionProb = (h, a) => (profile[h] as readonly Rational[])[a] ?? ZERO;
      return { beta, assessment: { profile, beliefs: game.infosets.map((i) => trembleBelief(ctx, i.id, prob)) } };
    });
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

function rationalSqrt(r: Rational): Rational | undefined {
  const n = isqrt(r.n);
  const d = isqrt(r.d);
  return n * n === r.n && d * d === r.d ? rat(n).div(rat(d)) : undefined;
}
