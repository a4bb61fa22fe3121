/**
 * From the perturbed realization plans (polynomials in ε) to the assessment at ε → 0: behaviour at every
 * information set from the leading terms of `x_{σa}(ε) / x_σ(ε)`, and beliefs at every information set from
 * the leading terms of the Bayes beliefs under the completely mixed perturbed profile. The assessment is the
 * limit of (completely mixed profile, its Bayes beliefs), hence consistent (Kreps and Wilson 1982,
 * "Sequential equilibria", Econometrica 50, §3).
 * @remarks Since 0.1.0
 */
import { chanceOutcomes } from '../../game/queries.js';
import type { InfosetId } from '../../game/ids.js';
import type { SequenceForm } from '../../game/sequence-form.js';
import type { Assessment, ExtensiveGame } from '../../game/types.js';
import { Fraction, ONE, type Rational, ZERO } from '../../numeric/rational.js';
import { type EpsPoly, epsAdd, epsCoefficient, epsMul, epsOrder, epsSign } from './eps-poly.js';

/**
 * A pair of perturbed realization plans, both scaled by the same positive polynomial (the plan of ∅).
 * @remarks Since 0.1.0
 */
export type EpsPlans = readonly [readonly EpsPoly[], readonly EpsPoly[]];

/**
 * The perturbed plans `X_σ = l_σ·den + num_σ` (so `x_σ(ε) = X_σ / den`), with `X_∅ = den`.
 * @param z - numerators of the LCP's `z` in its layout: player 1's sequences but ∅, then player 2's
 * @remarks Since 0.1.0
 */
export function perturbedPlans(
  lower: readonly [readonly EpsPoly[], readonly EpsPoly[]],
  z: readonly EpsPoly[],
  den: EpsPoly,
): EpsPlans {
  const n1 = lower[0].length;
  return lower.map((l, p) =>
    l.map((lb, s) => (s === 0 ? den : epsAdd(epsMul(lb, den), z[(p === 0 ? 0 : n1 - 1) + s - 1] as EpsPoly))),
  ) as unknown as EpsPlans;
}

/**
 * Whether the perturbed plans are realization plans for every small `ε > 0`: `E X = e·X_∅` as polynomial
 * identities and every entry positive.
 * @remarks Since 0.1.0
 */
export function arePerturbedPlans(form: SequenceForm, plans: EpsPlans): boolean {
  return form.players.every((ps, p) => {
    const X = plans[p] as readonly EpsPoly[];
    if (X.some((v) => epsSign(v) <= 0)) return false;
    return ps.actionStart.every((start, k) => {
      let total: EpsPoly = [];
      for (let a = 0; a < (ps.actionCounts[k] as number); a++) total = epsAdd(total, X[start + a] as EpsPoly);
      const base = X[ps.parent[k] as number] as EpsPoly;
      return total.length === base.length && total.every((c, i) => c === base[i]);
    });
  });
}

/** The ratio of the leading terms: `lim a(ε)/b(ε)` when `ord a ≥ ord b`. */
function leadingRatio(a: EpsPoly, b: EpsPoly): Rational {
  const m = epsOrder(b);
  return new Fraction(epsCoefficient(a, m), epsCoefficient(b, m));
}

/**
 * The limit assessment of perturbed plans: behaviour `lim x_{σa}/x_σ` at every information set (perfect
 * recall makes `σ` the same at all members) and beliefs `lim` of the Bayes beliefs, which are proportional to
 * chance probability × the opponent's plan of its sequence at the member (the player's own sequence is common
 * to the members and cancels).
 * @remarks Since 0.1.0
 */
export function limitAssessment(game: ExtensiveGame, form: SequenceForm, plans: EpsPlans): Assessment {
  const profile: Rational[][] = game.infosets.map(() => []);
  const local = new Map<InfosetId, number>();
  form.players.forEach((ps, p) => {
    const X = plans[p] as readonly EpsPoly[];
    ps.infosets.forEach((h, k) => {
      local.set(h, k);
      const base = X[ps.parent[k] as number] as EpsPoly;
      const start = ps.actionStart[k] as number;
      profile[h] = Array.from({ length: ps.actionCounts[k] as number }, (_, a) =>
        leadingRatio(X[start + a] as EpsPoly, base),
      );
    });
  });
  // Each node's sequence per player and chance reach (common prior), nodes in preorder.
  const seq = [new Int32Array(game.nodes.length), new Int32Array(game.nodes.length)];
  const chance = new Array<Rational>(game.nodes.length).fill(ONE);
  for (const node of game.nodes) {
    if (node.parent === null) continue;
    const parent = game.nodes[node.parent];
    if (parent === undefined) continue;
    for (const s of seq) s[node.id] = s[parent.id] as number;
    chance[node.id] = chance[parent.id] as Rational;
    if (parent.type === 'chance') {
      const probs = chanceOutcomes(game, parent.id);
      chance[node.id] = (chance[parent.id] as Rational).mul(probs[node.parentAction] as Rational);
    } else if (parent.type === 'personal' && parent.player !== null) {
      const ps = form.players[parent.player];
      const k = local.get(parent.infoset as InfosetId) as number;
      (seq[parent.player] as Int32Array)[node.id] = (ps?.actionStart[k] as number) + node.parentAction;
    }
  }
  const beliefs = game.infosets.map((info) => {
    const other = 1 - info.player;
    const Y = plans[other] as readonly EpsPoly[];
    const weights = info.members.map((m) => {
      const c = chance[m] as Rational;
      return c.n === 0n ? null : { c, y: Y[(seq[other] as Int32Array)[m] as number] as EpsPoly };
    });
    let order = Infinity;
    for (const w of weights) if (w !== null) order = Math.min(order, epsOrder(w.y));
    const raw = weights.map((w) =>
      w === null ? ZERO : w.c.mul(new Fraction(epsCoefficient(w.y, order as number), 1n)),
    );
    const total = raw.reduce((a, b) => a.add(b), ZERO);
    return total.n === 0n ? raw.map(() => ONE.div(raw.length)) : raw.map((x) => x.div(total));
  });
  return { profile, beliefs };
}
