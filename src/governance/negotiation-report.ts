/**
 * JSON-ready reports of stage 1 for `subgame governance negotiation --params FILE|JSON --json`: every
 * number an exact string (`"23/25"`), counts as decimal strings; and the data (and SVG) of the stage-1
 * figure, G's share against the number of rounds converging to Rubinstein's.
 * @remarks Since 0.1.0
 */
import { type Rational, type RationalLike, formatRational, rat, toFloat } from '../numeric/rational.js';
import { lineChart } from '../render/line-chart.js';
import { type NegotiationParams, type Regime, regimeLabel } from './negotiation.js';
import {
  type EquilibriumOutcome,
  type NegotiationAnalysisOptions,
  type PayoffPair,
  type RegimeAnalysis,
  analyzeNegotiation,
} from './negotiation-analysis.js';
import { rubinsteinConvergence } from './negotiation-convergence.js';
import { cooperativeGains } from './negotiation-n5.js';
import type { OutcomePiece } from './negotiation-outcome.js';

/** Exact payoffs as strings. */
export type PairJson = { readonly G: string; readonly S: string };
/** An outcome piece as JSON. */
export type OutcomeJson = {
  readonly round: number;
  readonly kind: 'agree' | 'exit' | 'none';
  readonly shareS: string | null;
  readonly probability: string;
};
/** An equilibrium outcome as JSON. */
export type EquilibriumJson = {
  readonly payoffs: PairJson;
  readonly outcome: readonly OutcomeJson[];
  readonly byType: readonly {
    readonly type: string;
    readonly probability: string;
    readonly outcome: readonly OutcomeJson[];
  }[];
  readonly informationRegime: string;
  /** pure equilibria producing this outcome (decimal); `null`: more than 2^4096 */
  readonly count: string | null;
  /** claim N5 on this equilibrium: agreement with positive probability, payoffs at least the disagreement payoffs */
  readonly cooperativeGains: boolean;
};
/** One regime in the report. */
export type RegimeJson = {
  readonly regime: string;
  readonly rounds: number;
  readonly payoffs: PairJson;
  readonly shares: PairJson | null;
  readonly agreementRounds: readonly { readonly round: number; readonly probability: string }[];
  readonly outcome: readonly OutcomeJson[];
  readonly informationRegime: string;
  readonly disagreement: PairJson;
  readonly stationary: PairJson | null;
  readonly equilibria: { readonly count: string | null; readonly outcomes: readonly EquilibriumJson[] };
  readonly verified: boolean | null;
  readonly treeAgrees: boolean | null;
};
/** What {@link negotiationReport} returns. */
export type NegotiationReport = {
  readonly stage: 1;
  readonly method: string;
  readonly informed: boolean;
  readonly canonicalSelection: string;
  readonly regimes: readonly RegimeJson[];
  readonly preferredRegime: { readonly regimes: readonly string[]; readonly strict: boolean };
  readonly claims: { readonly N5: { readonly holds: boolean; readonly checked: number } };
  readonly warnings: readonly string[];
};

const pairJson = (p: PayoffPair): PairJson => ({ G: formatRational(p.G), S: formatRational(p.S) });
const outcomeJson = (o: readonly OutcomePiece[]): OutcomeJson[] =>
  o.map((p) => ({
    round: p.round,
    kind: p.kind,
    shareS: p.shareS === null ? null : formatRational(p.shareS),
    probability: formatRational(p.prob),
  }));
const label = (r: Regime) => regimeLabel(r);

function equilibriumJson(e: EquilibriumOutcome, r: RegimeAnalysis): EquilibriumJson {
  return {
    payoffs: pairJson(e.payoffs),
    outcome: outcomeJson(e.outcome),
    byType: e.byType.map((b) => ({
      type: b.type,
      probability: formatRational(b.prob),
      outcome: outcomeJson(b.outcome),
    })),
    informationRegime: e.informationRegime,
    count: e.count === null ? null : e.count.toString(),
    cooperativeGains: cooperativeGains(e.payoffs, e.outcome, r.disagreement).ok,
  };
}

/**
 * The stage-1 report: per regime the canonical equilibrium's payoffs, split and agreement rounds, every
 * equilibrium outcome found (with N5's check), the disagreement payoffs, the stationary split of the
 * indefinite regime; and the regime G prefers.
 * @throws InvalidArgumentError as {@link analyzeNegotiation}
 * @remarks Since 0.1.0
 */
export function negotiationReport(
  params: NegotiationParams,
  options: NegotiationAnalysisOptions = {},
): NegotiationReport {
  const a = analyzeNegotiation(params, options);
  const regimes = a.regimes.map((r) => ({
    regime: label(r.regime),
    rounds: r.rounds,
    payoffs: pairJson(r.canonical.payoffs),
    shares: r.shares === null ? null : pairJson(r.shares),
    agreementRounds: r.agreementRounds.map((x) => ({ round: x.round, probability: formatRational(x.prob) })),
    outcome: outcomeJson(r.canonical.outcome),
    informationRegime: r.canonical.informationRegime,
    disagreement: pairJson(r.disagreement),
    stationary: r.stationary === null ? null : pairJson(r.stationary),
    equilibria: {
      count: r.count === null ? null : r.count.toString(),
      outcomes: r.equilibria.map((e) => equilibriumJson(e, r)),
    },
    verified: r.verified,
    treeAgrees: r.treeAgrees,
  }));
  const all = regimes.flatMap((r) => r.equilibria.outcomes);
  return {
    stage: 1,
    method: a.method,
    informed: a.informed,
    canonicalSelection: a.informed
      ? 'the pure sequential equilibrium best for G (first on ties)'
      : 'first optimal action everywhere: an indifferent responder accepts, a proposer takes the smallest best offer to S',
    regimes,
    preferredRegime: { regimes: a.preferred.regimes.map(label), strict: a.preferred.strict },
    claims: { N5: { holds: all.every((e) => e.cooperativeGains), checked: all.length } },
    warnings: a.warnings,
  };
}

/** The data of the stage-1 figure. */
export type Stage1Figure = {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** G's share per number of rounds (floating point for drawing) */
  readonly series: readonly { readonly name: string; readonly points: readonly (readonly [number, number])[] }[];
  readonly references: readonly { readonly name: string; readonly y: number }[];
  /** the same numbers exactly: rounds, share, |share − Rubinstein| */
  readonly table: readonly { readonly rounds: number; readonly shareG: string; readonly gap: string }[];
  readonly limit: string;
};

/**
 * G's SPE share against the number of rounds `N = 1..maxRounds` (state graph, continuous offers, exact),
 * converging to Rubinstein's share (MODEL.md N1; default `(δ_G, δ_S) = (9/10, 8/10)`, limit 5/7).
 * @remarks Since 0.1.0
 */
export function stage1Figure(
  options: { readonly deltaG?: RationalLike; readonly deltaS?: RationalLike; readonly maxRounds?: number } = {},
): Stage1Figure {
  const dG = options.deltaG ?? '9/10';
  const dS = options.deltaS ?? '8/10';
  const ns = Array.from({ length: options.maxRounds ?? 30 }, (_, i) => i + 1);
  const { limit, rows } = rubinsteinConvergence(dG, dS, ns);
  const f = (x: Rational) => toFloat(x);
  return {
    title: `G's share with N rounds (δ_G = ${formatRational(rat(dG))}, δ_S = ${formatRational(rat(dS))})`,
    xLabel: 'rounds N',
    yLabel: "G's share",
    series: [{ name: "G's SPE share (Ståhl)", points: rows.map((r) => [r.rounds, f(r.shareG)] as const) }],
    references: [{ name: `Rubinstein ${formatRational(limit)}`, y: f(limit) }],
    table: rows.map((r) => ({ rounds: r.rounds, shareG: formatRational(r.shareG), gap: formatRational(r.gap) })),
    limit: formatRational(limit),
  };
}

/** The stage-1 figure as a self-contained SVG document (`src/render/line-chart.ts`). @remarks Since 0.1.0 */
export function stage1FigureSvg(options: Parameters<typeof stage1Figure>[0] = {}): string {
  const fig = stage1Figure(options);
  return lineChart({
    title: fig.title,
    xLabel: fig.xLabel,
    yLabel: fig.yLabel,
    series: fig.series,
    references: fig.references,
  });
}
