/**
 * Claims R2 (friendly institutions) and B1 (the bridge) of MODEL.md as executable proofs; R1 is in
 * `trust-claims.ts`.
 * @remarks Since 0.1.0
 */
import { type Rational, formatRational } from '../numeric/rational.js';
import { combineResults } from '../param/implication.js';
import { type ProveResult, prove } from '../param/prove.js';
import { IMPOSED_SHARES, NEGOTIATED_SHARES, bridge, creditShares } from './bridge.js';
import type { GovernanceClaim } from './compliance-conditions.js';
import { proveByDominance } from './compliance-dominance.js';
import { type ComplianceSymbols, complianceGameParametric } from './compliance-parametric.js';
import { INACTION_PLAN, complianceProfile, cooperationPlan } from './compliance-profiles.js';
import { formatInterval } from './compliance-report.js';
import { type InstitutionThreshold, type ParameterInterval, institutionThresholds } from './compliance-thresholds.js';
import { COMPLIANCE_PARAMETERS, type ComplianceParams, DILEMMA_EXAMPLE, WORKED_EXAMPLE } from './params.js';
import { R1 } from './trust-claims.js';

function oneParameterGame(ex: ComplianceParams, t: InstitutionThreshold) {
  const symbols: Record<string, Rational | string> = Object.fromEntries(COMPLIANCE_PARAMETERS.map((k) => [k, ex[k]]));
  delete symbols[t.parameter];
  if (t.residualShare) symbols['bT'] = '1 - bK - bS';
  return complianceGameParametric(symbols as ComplianceSymbols);
}

const rangeText = (t: InstitutionThreshold): string[] => [
  `${t.parameter} >= ${formatRational(t.range.lo)}`,
  ...(t.range.hi === null ? [] : [`${t.parameter} <= ${formatRational(t.range.hi)}`]),
];

const bounds = (p: string, iv: ParameterInterval): string[] => [
  `${p} ${iv.loClosed ? '>=' : '>'} ${formatRational(iv.lo)}`,
  ...(iv.hi === null ? [] : [`${p} ${iv.hiClosed ? '<=' : '<'} ${formatRational(iv.hi)}`]),
];

/**
 * The R2 steps at one example: for each parameter, inaction is proved an SPE on the interval
 * {@link institutionThresholds} reports around the current value and not an SPE just beyond each finite
 * end; and (F; Sub, Sub) is proved the unique SPE outcome (strict dominance after F, T's strict preference
 * for F against every play after C) on the interval where it is, nearest the current value.
 * @remarks Since 0.1.0
 */
export function thresholdSteps(name: string, ex: ComplianceParams): { label: string; result: ProveResult }[] {
  const steps: { label: string; result: ProveResult }[] = [];
  for (const t of institutionThresholds(ex)) {
    const game = oneParameterGame(ex, t);
    const p = t.parameter;
    const inaction = complianceProfile(game, INACTION_PLAN);
    const nn = [p];
    const { lower, upper } = t.inaction;
    if (t.inaction.atCurrent) {
      const iv = t.inaction.set.find((s) => (lower === null ? s.lo.equals(t.range.lo) : s.lo.equals(lower))) ?? t.range;
      steps.push({
        label: `${name}, ${p}: inaction is an SPE for ${p} in ${formatInterval(iv)}`,
        result: prove({
          game,
          profile: inaction,
          concept: 'spe',
          assume: [...rangeText(t), ...bounds(p, iv)],
          claim: 'equilibrium',
          nonnegative: nn,
        }),
      });
      if (lower !== null)
        steps.push({
          label: `${name}, ${p}: inaction is not an SPE for ${p} < ${formatRational(lower)}`,
          result: prove({
            game,
            profile: inaction,
            concept: 'spe',
            assume: [...rangeText(t), `${p} < ${formatRational(lower)}`],
            claim: 'not-equilibrium',
            nonnegative: nn,
          }),
        });
      if (upper !== null)
        steps.push({
          label: `${name}, ${p}: inaction is not an SPE for ${p} > ${formatRational(upper)}`,
          result: prove({
            game,
            profile: inaction,
            concept: 'spe',
            assume: [...rangeText(t), `${p} > ${formatRational(upper)}`],
            claim: 'not-equilibrium',
            nonnegative: nn,
          }),
        });
    }
    const c = t.cooperation;
    const n = c.nearest;
    const x = t.current;
    const iv = c.atCurrent
      ? c.set.find((s) => s.lo.compare(x) <= 0 && (s.hi === null || s.hi.compare(x) >= 0))
      : n === null
        ? undefined
        : c.set.find((s) =>
            n.direction === 'increase' ? s.lo.equals(n.value) : s.hi !== null && s.hi.equals(n.value),
          );
    if (iv !== undefined) {
      steps.push({
        label: `${name}, ${p}: (F; Sub, Sub) is the unique SPE outcome for ${p} in ${formatInterval(iv)}`,
        result: proveByDominance({
          game,
          target: { mode: 'F', afterC: 'any', afterF: ['Sub', 'Sub'] },
          assume: [...rangeText(t), ...bounds(p, iv)],
          nonnegative: nn,
        }),
      });
    }
  }
  return steps;
}

/** R2: the friendly-institution thresholds at both worked examples, each proved on both sides. */
export const R2: GovernanceClaim = {
  id: 'R2',
  statement:
    'At both worked examples, each parameter threshold computed by institutionThresholds is exact: inaction is an SPE up to it and not beyond; (F; Sub, Sub) is the unique SPE beyond its cooperation threshold',
  run: () =>
    combineResults('thresholds', [
      ...thresholdSteps('first example', WORKED_EXAMPLE),
      ...thresholdSteps('dilemma example', DILEMMA_EXAMPLE),
    ]),
};

/** B1: the negotiated shares admit (F; Sub, Sub) as an SPE; the imposed shares leave inaction the only SPE. */
export const B1: GovernanceClaim = {
  id: 'B1',
  statement:
    'First worked example: negotiated b = (3/10, 3/10, 2/5) admits (F; Sub, Sub) as an SPE; imposed b = (4/5, 1/10, 1/10) leaves inaction the only SPE (and Nash outcome)',
  run: () => {
    const symbols: Record<string, Rational | string> = Object.fromEntries(
      COMPLIANCE_PARAMETERS.map((k) => [k, WORKED_EXAMPLE[k]]),
    );
    delete symbols['bK'];
    delete symbols['bS'];
    symbols['bT'] = '1 - bK - bS';
    const game = complianceGameParametric(symbols as ComplianceSymbols);
    const at = (sh: typeof NEGOTIATED_SHARES) => {
      const b = creditShares(sh);
      return [`bK == ${formatRational(b.bK)}`, `bS == ${formatRational(b.bS)}`];
    };
    const negotiated = bridge(NEGOTIATED_SHARES, WORKED_EXAMPLE);
    const afterC = negotiated.analysis.subgameEquilibria.C[0] ?? (['Nom', 'Form'] as const);
    return combineResults('bridge', [
      {
        label: 'negotiated shares: (F; Sub, Sub) is an SPE',
        result: prove({
          game,
          profile: complianceProfile(game, cooperationPlan(afterC)),
          concept: 'spe',
          assume: at(NEGOTIATED_SHARES),
          claim: 'equilibrium',
          nonnegative: ['bK', 'bS'],
        }),
      },
      {
        label: 'imposed shares: inaction is the unique SPE and the only Nash outcome',
        result: proveByDominance({
          game,
          target: INACTION_PLAN,
          assume: at(IMPOSED_SHARES),
          nonnegative: ['bK', 'bS'],
          outcomes: 'nash',
        }),
      },
    ]);
  },
};

/** The remedy and bridge claims in order. */
export const REMEDY_CLAIMS: readonly GovernanceClaim[] = [R1, R2, B1];
