/**
 * Claim N3's screening game (MODEL.md, stage 1, information control), in the literature's seller–buyer form:
 * an uninformed seller proposes prices for two rounds to a buyer whose value is private (`v_H` with
 * probability `q`, `v_L` otherwise); the buyer accepts or rejects; both discount by `δ`. Built with the
 * Bayesian builder {@link offerScreeningGame}. The closed forms are Fudenberg & Tirole (1991), *Game Theory*,
 * §10.2.1 (two-period, two-type Coasian bargaining), as stated in MODEL.md.
 * @remarks Since 0.1.0
 */
import { infosetKey, offerScreeningGame } from '../game/bayesian.js';
import { InvalidArgumentError } from '../game/errors.js';
import { behaviorPayoffs, reachProbabilities } from '../game/expected-payoff.js';
import type { InfosetId } from '../game/ids.js';
import type { Assessment, BehaviorProfile, ExtensiveGame, Infoset } from '../game/types.js';
import { ONE, type Rational, type RationalLike, ZERO, rat } from '../numeric/rational.js';
import { indifferenceMix, solveSequentialPure } from '../solve/sequential/index.js';
import { actionValues, sequentialGap, treeContext } from '../solve/sequential/tree.js';
import type { AssessmentResult } from '../solve/types.js';

/** Parameters of {@link screeningGame}. */
export type ScreeningParams = {
  /** the high value `v_H` */
  readonly vH: RationalLike;
  /** the low value `v_L`, `0 < v_L < v_H` */
  readonly vL: RationalLike;
  /** prior probability `q` of the high value, `0 < q < 1` */
  readonly q: RationalLike;
  /** common discount factor `δ`, `0 < δ < 1` */
  readonly delta: RationalLike;
  /** the price grid of both rounds; default `{v_L, p_1, v_H}` with `p_1 = (1−δ)v_H + δ v_L` */
  readonly prices?: readonly RationalLike[];
};

type Exact = { readonly vH: Rational; readonly vL: Rational; readonly q: Rational; readonly delta: Rational };

function exact(params: ScreeningParams, fn: string): Exact {
  const vH = rat(params.vH);
  const vL = rat(params.vL);
  const q = rat(params.q);
  const delta = rat(params.delta);
  const open01 = (x: Rational) => x.compare(ZERO) > 0 && x.compare(ONE) < 0;
  if (!(vL.compare(ZERO) > 0 && vH.compare(vL) > 0)) {
    throw new InvalidArgumentError(`${fn}(): need 0 < vL < vH; got vL = ${vL.toFraction()}, vH = ${vH.toFraction()}`);
  }
  if (!open01(q)) throw new InvalidArgumentError(`${fn}(): q must lie in (0, 1); got ${q.toFraction()}`);
  if (!open01(delta)) throw new InvalidArgumentError(`${fn}(): delta must lie in (0, 1); got ${delta.toFraction()}`);
  return { vH, vL, q, delta };
}

/** The screening price `p_1 = (1−δ) v_H + δ v_L` at which the high type is indifferent. @remarks Since 0.1.0 */
export function screeningPrice(params: ScreeningParams): Rational {
  const { vH, vL, delta } = exact(params, 'screeningPrice');
  return ONE.sub(delta).mul(vH).add(delta.mul(vL));
}

/**
 * The two-type, two-round screening game. Players `seller` (player 1, uninformed: one information set per
 * public history of prices and rejections) and `buyer` (player 2: one information set per type and history).
 * Acceptance of price `p` in round `t` pays the seller `δ^{t−1} p` and the buyer `δ^{t−1}(v − p)`;
 * two rejections pay 0.
 * @throws InvalidArgumentError if the parameters are out of range or the grid is empty
 * @remarks Since 0.1.0
 */
export function screeningGame(params: ScreeningParams): ExtensiveGame<Rational> {
  const { vH, vL, q, delta } = exact(params, 'screeningGame');
  const grid = params.prices?.map((p) => rat(p)) ?? [vL, screeningPrice(params), vH];
  const prices = grid.filter((p, i) => grid.findIndex((x) => x.equals(p)) === i).sort((a, b) => a.compare(b));
  if (prices.length === 0) throw new InvalidArgumentError('screeningGame(): prices must not be empty');
  const value = (type: string) => (type === 'H' ? vH : vL);
  return offerScreeningGame({
    title: `Two-type screening (vH=${vH.toFraction()}, vL=${vL.toFraction()}, q=${q.toFraction()}, delta=${delta.toFraction()})`,
    players: ['seller', 'buyer'],
    types: [
      ['H', q],
      ['L', ONE.sub(q)],
    ],
    rounds: 2,
    offers: () => prices,
    accept: (type, round, p) => {
      const d = round === 1 ? ONE : delta;
      return [d.mul(p), d.mul(value(type).sub(p))];
    },
    disagree: () => [0, 0],
  });
}

/** The regime of the two-type closed form. */
export type ScreeningRegime = 'pool' | 'screen' | 'mix';

/** The closed-form solution of the two-type game (MODEL.md N3). */
export type ScreeningClosedForm = {
  readonly regime: ScreeningRegime;
  /** the seller's first-round price */
  readonly firstPrice: Rational;
  /** the seller's expected profit */
  readonly profit: Rational;
  /** the high type's probability of accepting the first price */
  readonly highAccepts: Rational;
};

/**
 * MODEL.md N3's two-type closed form: pool at `v_L` if `q v_H < v_L` (profit `v_L`); otherwise, if
 * `q δ (v_H − v_L)^2 > (1−q) v_L (v_H − δ v_L)`, ask `v_H` with the high type accepting with the probability
 * `β` that leaves the posterior `v_L / v_H` after a rejection (profit `q v_H (β + δ(1−β))`); otherwise screen
 * at `p_1` (profit `q p_1 + (1−q) δ v_L`).
 * @remarks Since 0.1.0
 */
export function screeningClosedForm(params: ScreeningParams): ScreeningClosedForm {
  const { vH, vL, q, delta } = exact(params, 'screeningClosedForm');
  if (q.mul(vH).compare(vL) < 0) return { regime: 'pool', firstPrice: vL, profit: vL, highAccepts: ONE };
  const lhs = q.mul(delta).mul(vH.sub(vL).pow(2));
  const rhs = ONE.sub(q)
    .mul(vL)
    .mul(vH.sub(delta.mul(vL)));
  if (lhs.compare(rhs) > 0) {
    const reject = vL.mul(ONE.sub(q)).div(q.mul(vH.sub(vL)));
    const beta = ONE.sub(reject);
    return { regime: 'mix', firstPrice: vH, profit: q.mul(vH).mul(beta.add(delta.mul(reject))), highAccepts: beta };
  }
  const p1 = screeningPrice(params);
  return { regime: 'screen', firstPrice: p1, profit: q.mul(p1).add(ONE.sub(q).mul(delta).mul(vL)), highAccepts: ONE };
}

/** Uniform values on [0, 1], two rounds (MODEL.md N3; Fudenberg & Tirole 1991, §10.2.2). */
export type UniformScreeningForm = {
  /** the buyer type indifferent in round 1 */
  readonly cutoff: Rational;
  readonly firstPrice: Rational;
  readonly sellerValue: Rational;
};

/**
 * Two rounds, uniform values on `[0, 1]`: cutoff `(2−δ)/(4−3δ)`, first price `(2−δ)^2/(2(4−3δ))`, seller
 * value `(2−δ)^2/(4(4−3δ))`.
 * @remarks Since 0.1.0
 */
export function uniformScreeningTwoRounds(delta: RationalLike): UniformScreeningForm {
  const d = rat(delta);
  const a = rat(2).sub(d);
  const b = rat(4).sub(d.mul(3));
  return { cutoff: a.div(b), firstPrice: a.mul(a).div(b.mul(2)), sellerValue: a.mul(a).div(b.mul(4)) };
}

/**
 * Indefinite (stationary) negotiation with uniform values: seller value `γ/2`, `γ = √(1−δ)/(1+√(1−δ))`.
 * Irrational in general: a labelled floating-point number.
 * @remarks Since 0.1.0
 */
export function uniformScreeningIndefiniteFloat(delta: number): number {
  const r = Math.sqrt(1 - delta);
  return r / (1 + r) / 2;
}

/** The observable outcome of a screening assessment. */
export type ScreeningOutcome = {
  /** the seller's first price (its pure choice; the first price with positive probability if mixed) */
  readonly firstPrice: Rational;
  /** the seller's expected profit */
  readonly profit: Rational;
  /** the probability that the high type accepts the first price */
  readonly highAccepts: Rational;
};

const infosetNamed = (game: ExtensiveGame<Rational>, player: number, key: string): Infoset | undefined =>
  game.infosets.find((i) => i.player === player && i.label === key);

/** The first price, profit and high type's first-round acceptance under a profile. @remarks Since 0.1.0 */
export function screeningOutcome(game: ExtensiveGame<Rational>, profile: BehaviorProfile): ScreeningOutcome {
  const first = game.infosets[0] as Infoset;
  const a = (profile[first.id] ?? []).findIndex((x) => x.n !== 0n);
  const label = first.actions[a] ?? '';
  const high = infosetNamed(game, 1, infosetKey([label], 'H'));
  return {
    firstPrice: rat(label),
    profit: behaviorPayoffs(game, profile)[0] ?? ZERO,
    highAccepts: high === undefined ? ZERO : ((profile[high.id] ?? [])[0] ?? ZERO),
  };
}

/**
 * The grid selection of the literature's equilibrium: an indifferent buyer accepts at every last-round set
 * and everywhere on the equilibrium path (with a continuum of prices, a seller facing an indifferent
 * rejection would cut its price by an arbitrarily small amount, so the continuum equilibrium has indifferent
 * buyers accepting; on a finite grid the other tie-breaks survive as extra equilibria). Off-path first-round
 * indifferences are left free: there the continuum equilibrium may need the high type to mix.
 * @param onPath - also require acceptance at indifferent sets on the path (default true)
 * @remarks Since 0.1.0
 */
export function acceptsWhenIndifferent(game: ExtensiveGame<Rational>, assessment: Assessment, onPath = true): boolean {
  const ctx = treeContext(game);
  const reach = reachProbabilities(game, assessment.profile);
  const prob = (h: InfosetId, a: number) => (assessment.profile[h] ?? [])[a] ?? ZERO;
  return game.infosets.every((info) => {
    if (info.player !== 1) return true;
    const last = info.members.every((m) => game.nodes[game.nodes[m]?.children[1] ?? m]?.type === 'terminal');
    const reached = info.members.some((m) => (reach[m] ?? ZERO).n !== 0n);
    if (!last && !(onPath && reached)) return true;
    const [acc, rej] = actionValues(ctx, info.id, assessment.beliefs[info.id] ?? [], prob);
    return !(acc as Rational).equals(rej as Rational) || prob(info.id, 0).equals(ONE);
  });
}

/** What {@link solveScreening} finds. */
export type ScreeningSolution = {
  /** all pure sequential equilibria of the grid game (uniform-tremble beliefs; see solveSequentialPure) */
  readonly pure: AssessmentResult;
  /** those in which indifferent buyers accept at the last round and on the path ({@link acceptsWhenIndifferent}) */
  readonly selected: readonly Assessment[];
  /**
   * Sequential equilibria in which the high type mixes at the first price, found by the targeted exact
   * method: from each pure equilibrium, the high type's first-round set is mixed with probability `β`
   * solving the seller's second-round indifference between the current price and another
   * ({@link indifferenceMix}); kept when every set is sequentially rational and indifferent buyers accept at
   * the last round (confirm with `src/verify`).
   */
  readonly mixed: readonly Assessment[];
};

/**
 * Solves the two-type screening game exactly: the pure sequential equilibria by enumeration, the grid
 * selection, and one-parameter mixtures of the high type (MODEL.md N3's third regime).
 * @remarks Since 0.1.0
 */
export function solveScreening(params: ScreeningParams): ScreeningSolution {
  const game = screeningGame(params);
  const pure = solveSequentialPure(game);
  const ctx = treeContext(game);
  const mixed: Assessment[] = [];
  const seen = new Set<string>();
  for (const eq of pure.equilibria) {
    const { firstPrice } = screeningOutcome(game, eq.profile);
    const p = firstPrice.toFraction();
    const high = infosetNamed(game, 1, infosetKey([p], 'H'));
    const next = infosetNamed(game, 0, infosetKey([p, 'reject']));
    if (high === undefined || next === undefined) continue;
    // The mixer must be indifferent (its values do not depend on its own mixture): skip the others.
    const prob = (h: InfosetId, a: number) => (eq.profile[h] ?? [])[a] ?? ZERO;
    const [acc, rej] = actionValues(ctx, high.id, eq.beliefs[high.id] ?? [], prob);
    if (!(acc as Rational).equals(rej as Rational)) continue;
    const current = (eq.profile[next.id] ?? []).findIndex((x) => x.n !== 0n);
    for (let other = 0; other < next.actions.length; other++) {
      if (other === current) continue;
      const candidates = indifferenceMix(game, {
        profile: eq.profile,
        mix: { infoset: high.id, actions: [0, 1] },
        indifferent: { infoset: next.id, actions: [current, other] },
      });
      for (const c of candidates) {
        const key = JSON.stringify(c.assessment.profile.map((r) => r.map((x) => x.toFraction())));
        if (
          seen.has(key) ||
          sequentialGap(ctx, c.assessment).n !== 0n ||
          !acceptsWhenIndifferent(game, c.assessment, false)
        )
          continue;
        seen.add(key);
        mixed.push(c.assessment);
      }
    }
  }
  return { pure, selected: pure.equilibria.filter((e) => acceptsWhenIndifferent(game, e)), mixed };
}
