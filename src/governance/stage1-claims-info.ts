/**
 * MODEL.md stage-1 claims N3 (information control), N4 (expectation differences) and N5 (cooperative gains,
 * adaptive strategies) recomputed exactly by the engine. N3's two-type points use the screening game of
 * `screening.ts` (solved for pure sequential equilibria and one-parameter mixtures) and the cutoff method
 * of `cutoff-screening.ts`, cross-checked against each other on the same price grid; the uniform case is a
 * convergence table (Fudenberg and Tirole 1991, §10.2; Sobel and Takahashi 1983). N4 uses the negotiation
 * tree with a drawn round-2 proposer and non-common priors (Yildiz 2003) and the state graph.
 * @remarks Since 0.1.0
 */
import { behaviorPayoffs } from '../game/expected-payoff.js';
import type { BehaviorProfile, ExtensiveGame } from '../game/types.js';
import { ONE, type Rational, ZERO, rat } from '../numeric/rational.js';
import { isSubgamePerfect } from '../verify/index.js';
import { optimismDelays } from './optimism.js';
import { cutoffScreening } from './cutoff-screening.js';
import { type NegotiationParams, negotiationGame } from './negotiation.js';
import { negotiationGraph } from './negotiation-graph.js';
import { type InformationRegime, classifyTypes, cooperativeGains, typeBehaviours } from './negotiation-n5.js';
import { agreementProbability, immediateAgreement } from './negotiation-outcome.js';
import { screeningConvergence } from './negotiation-convergence.js';
import { solveNegotiationTree, treeOutcome } from './negotiation-tree.js';
import {
  type ScreeningParams,
  screeningClosedForm,
  screeningGame,
  screeningOutcome,
  solveScreening,
} from './screening.js';
import type { ClaimCheckOptions } from './stage1-claims.js';
import { type ClaimEvidence, type EvidenceBuilder, evidence } from './stage1-evidence.js';

/** How many SPE profiles, for a label: exact when short, in scientific notation when long, or unknown when not counted. */
function profilesText(count: bigint | null): string {
  if (count === null) return 'profiles not counted';
  const digits = count.toString();
  return digits.length <= 15
    ? `${digits} profiles`
    : `about ${digits[0]}.${digits.slice(1, 3)}e${digits.length - 1} profiles`;
}

/** MODEL.md N3's two-type points with their oracle profits and regimes. */
export const N3_POINTS: readonly {
  readonly params: ScreeningParams;
  readonly profit: string;
  readonly regime: InformationRegime;
  readonly pureProfit: string;
}[] = [
  { params: { vH: 2, vL: 1, q: '3/5', delta: '1/2' }, profit: '11/10', regime: 'separating', pureProfit: '11/10' },
  { params: { vH: 2, vL: 1, q: '3/10', delta: '9/10' }, profit: '1', regime: 'pooling', pureProfit: '1' },
  {
    params: { vH: 2, vL: 1, q: '3/5', delta: '9/10' },
    profit: '28/25',
    regime: 'semi-separating',
    pureProfit: '27/25',
  },
];

/**
 * MODEL.md N4's two points `(p, p, δ)`; `grid` contains S's reservation share `δ p` (the canonical SPE
 * then gives G exactly `1 − δ p` or `δ p`); `allGrid` is a grid without responder ties at the reservation,
 * on which every SPE has the claimed timing (on `grid` = 25 the agree point also has delaying SPE, because
 * G is then indifferent between offering `13/25` and delay).
 */
export const N4_POINTS: readonly {
  readonly p: string;
  readonly delta: string;
  readonly grid: number;
  readonly allGrid: number;
  readonly delays: boolean;
}[] = [
  { p: '7/10', delta: '9/10', grid: 10, allGrid: 10, delays: true },
  { p: '3/5', delta: '4/5', grid: 25, allGrid: 20, delays: false },
];

/** The negotiation parameters of an N4 point: two rounds, round 2's proposer drawn with non-common priors. @remarks Since 0.1.0 */
export function n4Params(point: (typeof N4_POINTS)[number]): NegotiationParams {
  return {
    deltaG: point.delta,
    deltaS: point.delta,
    rounds: 2,
    grid: point.grid,
    recognition: '1/2',
    drawnRounds: [2],
    optimismG: point.p,
    optimismS: point.p,
  };
}

const cache = new Map<string, ReturnType<typeof solveScreening>>();
/** `solveScreening`, remembered per parameters (the N3 and N5 checks share the solutions). */
function solved(params: ScreeningParams): ReturnType<typeof solveScreening> {
  const key = JSON.stringify(params, (_, v: unknown) =>
    typeof v === 'object' && v !== null && 'toFraction' in v ? (v as Rational).toFraction() : v,
  );
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = solveScreening(params);
    cache.set(key, hit);
  }
  return hit;
}

/** Agreement probability of a screening-tree profile (paths through an `accept`). */
function screeningAgreement(game: ExtensiveGame, profile: BehaviorProfile): Rational {
  return typeBehaviours(game, profile).reduce(
    (acc, t) =>
      acc.add(t.prob.mul([...t.paths].filter(([k]) => k.includes('/accept')).reduce((s, [, p]) => s.add(p), ZERO))),
    ZERO,
  );
}

/** Checks the equilibria of one two-type point (N3's oracle, N5's properties); returns the regimes seen. */
function screeningPoint(e: EvidenceBuilder, point: (typeof N3_POINTS)[number], n5: boolean): void {
  const label = `(v_H, v_L, q, δ) = (2, 1, ${String(point.params.q)}, ${String(point.params.delta)})`;
  const game = screeningGame(point.params);
  const sol = solved(point.params);
  const all = [...sol.selected, ...sol.mixed];
  const hit = all.find((a) => screeningOutcome(game, a.profile).profit.equals(rat(point.profit)));
  if (!n5) {
    e.equal(`${label}: closed form profit`, screeningClosedForm(point.params).profit, rat(point.profit));
    e.holds(`${label}: an equilibrium found by the engine has profit ${point.profit}`, hit !== undefined);
    const cut = cutoffScreening({
      values: [point.params.vL, point.params.vH],
      prior: [ONE.sub(rat(point.params.q)), point.params.q],
      delta: point.params.delta,
      rounds: 2,
    });
    e.equal(`${label}: cutoff method (pure cutoff strategies)`, cut.value, rat(point.pureProfit));
    // cross-check: the generic solver on the cutoff method's prices (plus one nobody accepts when the path uses it)
    const prices = cut.path.some((s) => s.price === null) ? [...cut.prices, rat(point.params.vH).add(1)] : cut.prices;
    const generic = solved({ ...point.params, prices });
    const best = generic.selected
      .map((a) => screeningOutcome(screeningGame({ ...point.params, prices }), a.profile).profit)
      .reduce((m, x) => (x.compare(m) > 0 ? x : m), rat(-1));
    e.equal(
      `${label}: generic pure sequential equilibria (indifferent buyers accept) on the same prices, best profit`,
      best,
      cut.value,
    );
    return;
  }
  if (hit !== undefined)
    e.holds(
      `${label}: the oracle equilibrium is ${point.regime}`,
      classifyTypes(typeBehaviours(game, hit.profile)) === point.regime,
    );
  for (const a of all) {
    const pay = behaviorPayoffs(game, a.profile);
    const agree = screeningAgreement(game, a.profile);
    const ok = agree.compare(ZERO) > 0 && (pay[0] ?? ZERO).compare(ZERO) >= 0 && (pay[1] ?? ZERO).compare(ZERO) >= 0;
    if (!ok)
      e.holds(
        `${label}: equilibrium with payoffs ${pay.map((x) => x.toFraction()).join(', ')} has cooperative gains`,
        false,
      );
  }
  e.holds(
    `${label}: all ${all.length} equilibria agree with positive probability and pay at least the disagreement payoffs (0, 0)`,
    true,
  );
}

/**
 * N3: the two-type oracles and the uniform-values convergence table.
 * @remarks Since 0.1.0
 */
export function checkN3(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N3');
  for (const point of N3_POINTS) screeningPoint(e, point, false);
  const table = screeningConvergence('9/10', options.quick ? [2, 4, 8, 16, 32, 64] : [2, 4, 8, 16, 32, 64, 128, 256]);
  e.equal('uniform, two rounds, δ = 9/10: (2−δ)²/(4(4−3δ))', table.twoRounds, rat(121, 520));
  table.rows.forEach((r, i) => {
    e.holds(`n = ${r.types}: value above the continuum value (gap ${r.gap.toFraction()})`, r.gap.compare(ZERO) > 0);
    if (i > 0)
      e.holds(
        `n = ${r.types}: gap smaller than at n = ${table.rows[i - 1]?.types}`,
        r.gap.compare(table.rows[i - 1]?.gap ?? ZERO) < 0,
      );
  });
  const last = table.rows.at(-1);
  e.holds(
    `largest n: gap below ${options.quick ? '1/100' : '1/500'}`,
    (last?.gap ?? ONE).compare(rat(1, options.quick ? 100 : 500)) < 0,
  );
  e.holds(
    'floating point: two-round value 0.2327 > indefinite γ/2 = 0.1201',
    table.twoRounds.valueOf() > table.indefiniteFloat,
  );
  e.note(
    'Two-type points: exact recomputation (closed form, generic solver, cutoff method). Uniform values: convergence shown, not equality; γ/2 compared in floating point.',
  );
  return e.done();
}

/**
 * N4: delay iff `δ(p_G + p_S) > 1` at MODEL.md's two points, through the tree and the state graph.
 * @remarks Since 0.1.0
 */
export function checkN4(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N4');
  for (const point of N4_POINTS) {
    const label = `(p, p, δ) = (${point.p}, ${point.p}, ${point.delta})`;
    e.holds(
      `${label}: δ(p_G + p_S) > 1 is ${point.delays}`,
      optimismDelays({ delta: point.delta, pG: point.p, pS: point.p }) === point.delays,
    );
    const params = n4Params(point);
    const game = negotiationGame(params);
    const sol = solveNegotiationTree(game);
    const out = sol.canonical === null ? null : treeOutcome(game, sol.canonical).outcome;
    e.holds(
      `${label}: tree, canonical SPE ${point.delays ? 'delays to round 2' : 'agrees in round 1'}`,
      out !== null && immediateAgreement(out) === !point.delays && agreementProbability(out).equals(ONE),
    );
    if (sol.canonical !== null && game.nodes.length <= (options.verifyMaxNodes ?? 2_500))
      e.holds(
        `${label}: confirmed by isSubgamePerfect (${game.nodes.length} nodes)`,
        isSubgamePerfect(game, sol.canonical),
      );
    const graph = negotiationGraph(params).regimes[0];
    e.equal(`${label}: state graph and tree, G's payoff`, graph?.canonical.g, sol.value?.[0] ?? ZERO);
    const d = rat(point.delta).mul(rat(point.p));
    e.equal(
      `${label}: G's canonical payoff is ${point.delays ? 'δ p_G (delay)' : '1 − δ p_S (agreement)'}`,
      sol.value?.[0],
      point.delays ? d : ONE.sub(d),
    );
    const all = negotiationGraph({ ...params, grid: point.allGrid }).regimes[0];
    const everyDelay = (all?.values ?? []).every((v) => v.outcome.every((p) => p.round === 2));
    const everyAgree = (all?.values ?? []).every((v) => immediateAgreement(v.outcome));
    e.holds(
      `${label}, grid ${point.allGrid}: every SPE (${all?.values?.length ?? 0} outcomes) ${point.delays ? 'delays' : 'agrees at once'}`,
      (all?.values?.length ?? 0) > 0 && (point.delays ? everyDelay : everyAgree),
    );
  }
  return e.done();
}

/**
 * N5: cooperative gains in every equilibrium of the stage-1 worked instances, and the information regimes
 * of the two-type points (pooling, separating, semi-separating).
 * @remarks Since 0.1.0
 */
export function checkN5(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N5');
  const complete: { label: string; params: NegotiationParams; disagreement: { G: Rational; S: Rational } }[] = [
    ...[1, 2, 3, 4].map((n) => ({
      label: `N1 (9/10, 8/10), N = ${n}, grid 25`,
      params: { deltaG: '9/10', deltaS: '8/10', rounds: n, grid: 25 },
      disagreement: { G: ZERO, S: ZERO },
    })),
    {
      label: 'N1b, grid 250',
      params: { deltaG: '9/10', deltaS: '8/10', rounds: 2, zG: '3/5', zS: '1/5', grid: 250 },
      disagreement: { G: rat(81, 100).mul(rat(3, 5)), S: rat(16, 25).mul(rat(1, 5)) },
    },
    ...N4_POINTS.map((p) => ({
      label: `N4 (${p.p}, ${p.p}, ${p.delta})`,
      params: n4Params(p),
      disagreement: { G: ZERO, S: ZERO },
    })),
  ];
  for (const c of complete) {
    const sol = negotiationGraph(c.params).regimes[0];
    const values = sol?.values ?? [];
    const bad = values.filter((v) => !cooperativeGains({ G: v.g, S: v.s }, v.outcome, c.disagreement).ok);
    e.holds(
      `${c.label}: all ${values.length} SPE outcomes (${profilesText(sol?.count ?? null)}) agree with positive probability and pay at least the disagreement payoffs`,
      values.length > 0 && bad.length === 0,
    );
  }
  for (const point of options.quick ? N3_POINTS.slice(0, 2) : N3_POINTS) screeningPoint(e, point, true);
  e.note(
    "Complete information: every SPE outcome of the state graph (equal to the tree solver's where both run). Two types: every pure sequential equilibrium with indifferent buyers accepting, and the targeted mixtures.",
  );
  return e.done();
}
