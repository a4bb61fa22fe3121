/**
 * The full stage-2 analysis of MODEL.md at concrete parameters: every pure subgame-perfect equilibrium (the
 * `spe` solver with `within: 'enumpure'`, Selten 1965), every pure Nash equilibrium outcome (`enumpure` on
 * the reduced strategic form), each confirmed by the independent checker of `src/verify/`; the completely
 * mixed equilibria of the K–S game after each mode; the Pareto comparison of collective inaction
 * (C; Nom, Form) with cooperation (F; Sub, Sub) (claim C2); Harsanyi–Selten risk dominance after F (C4;
 * Harsanyi and Selten 1988, §3.9: for 2×2 games, the equilibrium with the larger product of the players'
 * deviation losses is risk-dominant); the dissipation `W(F; Sub, Sub) − W(inaction)` (C5); the trust
 * threshold δ* (R1) and the friendly-institution thresholds (R2).
 * @remarks Since 0.1.0
 */
import { RATIONAL } from '../game/arithmetic.js';
import { pureReducedToBehavior } from '../game/reduced-form.js';
import type { ExtensiveGame, PureBehavior } from '../game/types.js';
import type { Rational } from '../numeric/rational.js';
import { ZERO } from '../numeric/rational.js';
import { enumPureReduced } from '../solve/enumpure/tree.js';
import { subgamePerfect } from '../solve/spe/decompose.js';
import { isNashPure, isSubgamePerfect } from '../verify/index.js';
import { type KAction, type Mode, type SAction, complianceTree } from './compliance.js';
import { type KSMixedEquilibrium, mixedEquilibriumAfter } from './compliance-mixed.js';
import { playPayoffs } from './compliance-parametric.js';
import { type CompliancePlan, type KSPair, formatPlan, planOf, planPlay } from './compliance-profiles.js';
import {
  type InstitutionThreshold,
  THRESHOLD_PARAMETERS,
  type ThresholdParameter,
  institutionThresholds,
} from './compliance-thresholds.js';
import { type ComplianceParams, type ComplianceParamsInput, complianceParams } from './params.js';
import { type TrustThreshold, trustThreshold } from './trust.js';

/** A pure equilibrium of the compliance game. */
export type ComplianceEquilibrium = {
  readonly plan: CompliancePlan;
  /** action index per information set, `game.infosets` order */
  readonly profile: PureBehavior;
  readonly play: readonly [Mode, KAction, SAction];
  readonly payoffs: readonly Rational[];
};

/** A pure Nash equilibrium outcome: the play and its payoffs. */
export type ComplianceOutcome = {
  readonly play: readonly [Mode, KAction, SAction];
  readonly payoffs: readonly Rational[];
};

/** Inaction against cooperation (MODEL.md C2). */
export type ParetoComparison = {
  /** payoffs of (C, Nom, Form) */
  readonly inaction: readonly Rational[];
  /** payoffs of (F, Sub, Sub) */
  readonly cooperation: readonly Rational[];
  /** cooperation minus inaction, per player */
  readonly gains: readonly Rational[];
  /** `strict`: every player gains; `weak`: none loses and one gains; `none`: some player loses or nobody gains */
  readonly verdict: 'strict' | 'weak' | 'none';
};

/** Harsanyi–Selten risk dominance between (Nom, Form) and (Sub, Sub) after F (MODEL.md C4). */
export type RiskDominance = {
  /** K's and S's losses from deviating unilaterally from (Nom, Form) after F */
  readonly inactionLosses: readonly [Rational, Rational];
  /** K's and S's losses from deviating unilaterally from (Sub, Sub) after F */
  readonly cooperationLosses: readonly [Rational, Rational];
  readonly inactionProduct: Rational;
  readonly cooperationProduct: Rational;
  /** whether both profiles are strict equilibria after F (all four losses positive), where the comparison applies */
  readonly bothStrict: boolean;
  /** the risk-dominant one when `bothStrict`, `tie` for equal products, `null` otherwise */
  readonly dominant: 'inaction' | 'cooperation' | 'tie' | null;
};

/** Options of {@link analyzeCompliance}. */
export type ComplianceAnalysisOptions = {
  /** compute the institution thresholds (default true) */
  readonly thresholds?: boolean;
  /** the parameters to sweep (default all of {@link THRESHOLD_PARAMETERS}) */
  readonly thresholdParameters?: readonly ThresholdParameter[];
};

/** Defaults of {@link ComplianceAnalysisOptions}. @remarks Since 0.1.0 */
export const defaultComplianceAnalysisOptions: {
  readonly thresholds: boolean;
  readonly thresholdParameters: readonly ThresholdParameter[];
} = {
  thresholds: true,
  thresholdParameters: THRESHOLD_PARAMETERS,
};

/** The result of {@link analyzeCompliance}. */
export type ComplianceAnalysis = {
  readonly params: ComplianceParams;
  readonly game: ExtensiveGame<Rational>;
  /** every pure SPE, each confirmed by `isSubgamePerfect` */
  readonly spe: readonly ComplianceEquilibrium[];
  /** every pure Nash equilibrium outcome (distinct plays), each from a profile confirmed by `isNashPure` */
  readonly nashOutcomes: readonly ComplianceOutcome[];
  /** pure equilibria of the K–S game after C and after F */
  readonly subgameEquilibria: { readonly C: readonly KSPair[]; readonly F: readonly KSPair[] };
  readonly mixedAfterC: KSMixedEquilibrium | null;
  readonly mixedAfterF: KSMixedEquilibrium | null;
  readonly pareto: ParetoComparison;
  readonly riskDominance: RiskDominance;
  /** `W(F; Sub, Sub) − W(C; Nom, Form)`, `W` the sum of payoffs */
  readonly dissipation: Rational;
  readonly trust: TrustThreshold;
  readonly thresholds: readonly InstitutionThreshold[] | null;
  readonly warnings: readonly string[];
};

const key = (xs: readonly string[]) => xs.join(',');
const sum = (xs: readonly Rational[]) => xs.reduce((a, b) => a.add(b), ZERO);

function riskDominance(game: ExtensiveGame<Rational>): RiskDominance {
  const u = (k: KAction, s: SAction) => playPayoffs(game, RATIONAL, 'F', k, s);
  const at = (k: KAction, s: SAction, i: number) => u(k, s)[i] as Rational;
  const inactionLosses = [
    at('Nom', 'Form', 1).sub(at('Sub', 'Form', 1)),
    at('Nom', 'Form', 2).sub(at('Nom', 'Sub', 2)),
  ] as const;
  const cooperationLosses = [
    at('Sub', 'Sub', 1).sub(at('Nom', 'Sub', 1)),
    at('Sub', 'Sub', 2).sub(at('Sub', 'Form', 2)),
  ] as const;
  const inactionProduct = inactionLosses[0].mul(inactionLosses[1]);
  const cooperationProduct = cooperationLosses[0].mul(cooperationLosses[1]);
  const bothStrict = [...inactionLosses, ...cooperationLosses].every((x) => x.compare(0) > 0);
  const c = inactionProduct.compare(cooperationProduct);
  return {
    inactionLosses,
    cooperationLosses,
    inactionProduct,
    cooperationProduct,
    bothStrict,
    dominant: !bothStrict ? null : c > 0 ? 'inaction' : c < 0 ? 'cooperation' : 'tie',
  };
}

function pareto(game: ExtensiveGame<Rational>): ParetoComparison {
  const inaction = playPayoffs(game, RATIONAL, 'C', 'Nom', 'Form');
  const cooperation = playPayoffs(game, RATIONAL, 'F', 'Sub', 'Sub');
  const gains = cooperation.map((x, i) => x.sub(inaction[i] as Rational));
  const verdict = gains.every((g) => g.compare(0) > 0)
    ? 'strict'
    : gains.every((g) => g.compare(0) >= 0) && gains.some((g) => g.compare(0) > 0)
      ? 'weak'
      : 'none';
  return { inaction, cooperation, gains, verdict };
}

/**
 * Analyzes the compliance game at concrete parameters (see the module comment).
 * @param input - stage-2 parameters (exact strings like `"3/10"` or numbers; `qP` defaults to 0)
 * @throws InvalidArgumentError for missing, unknown or impossible parameters
 * @throws Error if the independent checker rejects an equilibrium a solver reported (a bug)
 * @remarks Since 0.1.0
 */
export function analyzeCompliance(
  input: ComplianceParamsInput | ComplianceParams,
  options: ComplianceAnalysisOptions = {},
): ComplianceAnalysis {
  const params = complianceParams(input as ComplianceParamsInput);
  const game = complianceTree(params, RATIONAL);
  const warnings: string[] = [];
  const speResult = subgamePerfect(game, { within: 'enumpure' });
  if (!speResult.complete)
    warnings.push(`spe stopped early (${speResult.stopped ?? 'incomplete'}); the SPE list may be partial`);
  const spe = speResult.equilibria.map((profile) => {
    if (!isSubgamePerfect(game, profile))
      throw new Error(`analyzeCompliance(): src/verify rejects an SPE reported by spe`);
    const pure = profile.map((row) => row.findIndex((p) => p.equals(1)));
    const plan = planOf(game, pure);
    const play = planPlay(plan);
    return { plan, profile: pure, play, payoffs: playPayoffs(game, RATIONAL, ...play) };
  });
  const reduced = enumPureReduced(game);
  if (!reduced.complete) warnings.push('enumpure stopped early; the Nash outcomes may be partial');
  const outcomes = new Map<string, ComplianceOutcome>();
  for (const eq of reduced.equilibria) {
    const pure = eq.map((row) => row.findIndex((p) => p.equals(1)));
    const behavior = pureReducedToBehavior(game, reduced.strategies, pure);
    if (!isNashPure(game, behavior))
      throw new Error('analyzeCompliance(): src/verify rejects a Nash equilibrium reported by enumpure');
    const play = planPlay(planOf(game, behavior));
    outcomes.set(key(play), { play, payoffs: playPayoffs(game, RATIONAL, ...play) });
  }
  const pairs = (m: Mode): KSPair[] => {
    const seen = new Map<string, KSPair>();
    for (const e of spe) {
      const p = m === 'C' ? e.plan.afterC : e.plan.afterF;
      seen.set(key(p), p);
    }
    return [...seen.values()];
  };
  const mixedAfterC = mixedEquilibriumAfter(game, 'C');
  const mixedAfterF = mixedEquilibriumAfter(game, 'F');
  for (const m of [mixedAfterC, mixedAfterF])
    if (m !== null && !m.verified) warnings.push(`src/verify rejects the mixed equilibrium after ${m.mode}`);
  const par = pareto(game);
  const o = { ...defaultComplianceAnalysisOptions, ...options };
  return {
    params,
    game,
    spe,
    nashOutcomes: [...outcomes.values()],
    subgameEquilibria: { C: pairs('C'), F: pairs('F') },
    mixedAfterC,
    mixedAfterF,
    pareto: par,
    riskDominance: riskDominance(game),
    dissipation: sum(par.cooperation).sub(sum(par.inaction)),
    trust: trustThreshold(params),
    thresholds: o.thresholds ? institutionThresholds(params, o.thresholdParameters) : null,
    warnings,
  };
}

/** One line per SPE, for messages: `(C; C: Nom, Form; F: Nom, Form) -> (-1/2, 0, 0)`. @remarks Since 0.1.0 */
export function formatSpeList(analysis: ComplianceAnalysis): string[] {
  return analysis.spe.map((e) => `${formatPlan(e.plan)} -> (${e.payoffs.map((x) => x.toFraction()).join(', ')})`);
}
