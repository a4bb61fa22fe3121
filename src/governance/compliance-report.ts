/**
 * JSON for `subgame governance compliance --params FILE|JSON --json`: the output of
 * {@link analyzeCompliance} with every number as an exact string (`"5/8"`), players named.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import { type ComplianceAnalysis, type ComplianceAnalysisOptions, analyzeCompliance } from './compliance-analysis.js';
import type { KSMixedEquilibrium } from './compliance-mixed.js';
import type { CompliancePlan } from './compliance-profiles.js';
import type { InstitutionThreshold, ParameterInterval, PropertyAlong } from './compliance-thresholds.js';
import { COMPLIANCE_PARAMETERS, type ComplianceParamsInput } from './params.js';

/** A JSON value (what `JSON.stringify` writes). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const s = (r: Rational): string => formatRational(r);
const named = (v: readonly Rational[]): { [key: string]: JsonValue } => ({
  T: s(v[0] as Rational),
  K: s(v[1] as Rational),
  S: s(v[2] as Rational),
});

const planJson = (p: CompliancePlan): { [key: string]: JsonValue } => ({
  T: p.mode,
  'K|C': p.afterC[0],
  'S|C': p.afterC[1],
  'K|F': p.afterF[0],
  'S|F': p.afterF[1],
});

const mixedJson = (m: KSMixedEquilibrium | null): JsonValue =>
  m === null ? null : { kSub: s(m.kSub), sSub: s(m.sSub), payoffs: named(m.payoffs), verified: m.verified };

/** Text of an interval: `[0, 1/2)`, `[2, ∞)`. @remarks Since 0.1.0 */
export function formatInterval(iv: ParameterInterval): string {
  return `${iv.loClosed ? '[' : '('}${s(iv.lo)}, ${iv.hi === null ? '∞' : s(iv.hi)}${iv.hi !== null && iv.hiClosed ? ']' : ')'}`;
}

const alongJson = (a: PropertyAlong): JsonValue => ({
  set: a.set.map(formatInterval),
  atCurrent: a.atCurrent,
  lower: a.lower === null ? null : s(a.lower),
  upper: a.upper === null ? null : s(a.upper),
  nearest:
    a.nearest === null
      ? null
      : { value: s(a.nearest.value), direction: a.nearest.direction, attained: a.nearest.attained },
});

const thresholdJson = (t: InstitutionThreshold): JsonValue => ({
  parameter: t.parameter,
  current: s(t.current),
  range: formatInterval(t.range),
  residualShare: t.residualShare,
  inaction: alongJson(t.inaction),
  cooperation: alongJson(t.cooperation),
  text: t.text,
});

/**
 * The analysis as JSON with exact strings: parameters, all pure SPE (plan, play, payoffs), all pure Nash
 * outcomes, pure equilibria of the K–S game after each mode, the mixed equilibria after C and F, the Pareto
 * comparison, the risk-dominance products, the dissipation, δ* and the institution thresholds.
 * @remarks Since 0.1.0
 */
export function complianceReportJson(a: ComplianceAnalysis): { [key: string]: JsonValue } {
  const players = ['T', 'K', 'S'];
  return {
    model: 'MODEL.md stage 2 (compliance game)',
    params: Object.fromEntries(COMPLIANCE_PARAMETERS.map((k) => [k, s(a.params[k])])),
    spe: a.spe.map((e) => ({ plan: planJson(e.plan), play: [...e.play], payoffs: named(e.payoffs) })),
    nashOutcomes: a.nashOutcomes.map((o) => ({ play: [...o.play], payoffs: named(o.payoffs) })),
    subgameEquilibria: { C: a.subgameEquilibria.C.map((p) => [...p]), F: a.subgameEquilibria.F.map((p) => [...p]) },
    mixed: { afterC: mixedJson(a.mixedAfterC), afterF: mixedJson(a.mixedAfterF) },
    pareto: {
      inaction: named(a.pareto.inaction),
      cooperation: named(a.pareto.cooperation),
      gains: named(a.pareto.gains),
      verdict: a.pareto.verdict,
    },
    riskDominance: {
      inactionLosses: { K: s(a.riskDominance.inactionLosses[0]), S: s(a.riskDominance.inactionLosses[1]) },
      cooperationLosses: { K: s(a.riskDominance.cooperationLosses[0]), S: s(a.riskDominance.cooperationLosses[1]) },
      inactionProduct: s(a.riskDominance.inactionProduct),
      cooperationProduct: s(a.riskDominance.cooperationProduct),
      bothStrict: a.riskDominance.bothStrict,
      dominant: a.riskDominance.dominant,
    },
    dissipation: s(a.dissipation),
    trust: a.trust.sustainable
      ? {
          sustainable: true,
          deltaStar: s(a.trust.deltaStar),
          binding: a.trust.binding.map((i) => players[i] ?? String(i)),
        }
      : { sustainable: false, reason: a.trust.reason },
    thresholds: a.thresholds === null ? null : a.thresholds.map(thresholdJson),
    warnings: [...a.warnings],
  };
}

/**
 * Reads `--params` JSON text (an object of parameter names to exact strings or numbers).
 * @throws InvalidArgumentError if the text is not a JSON object
 * @remarks Since 0.1.0
 */
export function parseComplianceParamsJson(text: string): ComplianceParamsInput {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new InvalidArgumentError(
      `parseComplianceParamsJson(): --params is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new InvalidArgumentError(
      'parseComplianceParamsJson(): --params must be a JSON object such as {"V": 10, "bK": "3/10"}',
    );
  }
  return v as ComplianceParamsInput;
}

/**
 * `analyzeCompliance` then {@link complianceReportJson}: the whole `--json` document for parameters.
 * @throws InvalidArgumentError for missing, unknown or impossible parameters
 * @remarks Since 0.1.0
 */
export function complianceReport(
  input: ComplianceParamsInput,
  options: ComplianceAnalysisOptions = {},
): { [key: string]: JsonValue } {
  return complianceReportJson(analyzeCompliance(input, options));
}
