/**
 * Claim R1 of MODEL.md (trust) as an executable proof. It builds the repeated compliance game's strategic
 * form for grim trigger against the best one-shot deviation: each player plays Grim or Deviate, with average
 * discounted payoffs `(1−δ)·stage + δ·inaction` after any deviation, and T's deviation to C met at once by
 * (Nom, Form). The form uses the symbolic stage game's payoffs. The region of (Grim, Grim, Grim) is derived
 * by `equilibriumRegion` and shown equivalent to `δ (D_i − N_i) ≥ D_i − C_i`, i.e.
 * `δ ≥ δ*_i = (D_i − C_i)/(D_i − N_i)` when `D_i > N_i` (one-shot deviation principle; Mailath and
 * Samuelson 2006, §2.2; Friedman 1971).
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame } from '../game/types.js';
import { type Polynomial, polyConst, polyMul, polySub, polyVar } from '../numeric/polynomial.js';
import { formatRational } from '../numeric/rational.js';
import { POLY } from '../param/arithmetic.js';
import { type ParametricStrategic, parametricStrategicGame } from '../param/game.js';
import { combineResults, proveImplication } from '../param/implication.js';
import { type ProveResult, prove } from '../param/prove.js';
import { equilibriumRegion } from '../param/region.js';
import { C1_CONDITIONS, type GovernanceClaim } from './compliance-conditions.js';
import {
  type ComplianceSymbols,
  complianceDomain,
  complianceGameParametric,
  playPayoffs,
} from './compliance-parametric.js';
import { INACTION_PLAN, complianceProfile } from './compliance-profiles.js';
import { COMPLIANCE_PARAMETERS, DILEMMA_EXAMPLE } from './params.js';
import { trustThreshold } from './trust.js';

const ONE_POLY = polyConst(1);

/**
 * The repeated compliance game as a 3-player strategic game (Grim or Deviate per player, average payoffs in
 * `delta`), built from a (symbolic or partly concrete) stage game.
 * @remarks Since 0.1.0
 */
export function grimTriggerGame(stage: ExtensiveGame<Polynomial>): ParametricStrategic {
  const d = polyVar('delta');
  const pay = (m: 'C' | 'F', k: 'Nom' | 'Sub', s: 'Form' | 'Sub') => playPayoffs(stage, POLY, m, k, s);
  const coop = pay('F', 'Sub', 'Sub');
  const punish = pay('C', 'Nom', 'Form');
  return parametricStrategicGame({
    title: 'Repeated compliance game: grim trigger vs one-shot deviation (average payoffs)',
    players: ['T', 'K', 'S'],
    strategies: [
      ['Grim', 'Deviate'],
      ['Grim', 'Deviate'],
      ['Grim', 'Deviate'],
    ],
    payoffs: (p) => {
      if (p.every((x) => x === 0)) return coop;
      const once = p[0] === 1 ? punish : pay('F', p[1] === 1 ? 'Nom' : 'Sub', p[2] === 1 ? 'Form' : 'Sub');
      return once.map((x, i) => POLY.add(polyMul(polySub(ONE_POLY, d), x), polyMul(d, punish[i] as Polynomial)));
    },
  });
}

/** R1: grim trigger is an equilibrium iff δ ≥ δ*_i for K and S; δ* = 1/2 at the second worked example. */
export const R1: GovernanceClaim = {
  id: 'R1',
  statement:
    'Grim trigger on (F; Sub, Sub) with inaction as punishment: one-shot deviation conditions <=> delta (D_i - N_i) >= D_i - C_i; delta* = 1/2 at the dilemma example',
  run: () => {
    const stage = complianceGameParametric();
    const dom = complianceDomain();
    const game = grimTriggerGame(stage);
    const base = [...dom.assume, '0 <= delta < 1'];
    const region = equilibriumRegion(game, [0, 0, 0], { concept: 'nash', simplify: false }).constraints.filter(
      (c) => c.kind === 'deviation',
    );
    const pay = (m: 'C' | 'F', k: 'Nom' | 'Sub', s: 'Form' | 'Sub') => playPayoffs(stage, POLY, m, k, s);
    const [C, N] = [pay('F', 'Sub', 'Sub'), pay('C', 'Nom', 'Form')];
    const D = [N[0], pay('F', 'Nom', 'Sub')[1], pay('F', 'Sub', 'Form')[2]] as Polynomial[];
    const d = polyVar('delta');
    const cond = (i: number) =>
      polySub(
        polyMul(d, polySub(D[i] as Polynomial, N[i] as Polynomial)),
        polySub(D[i] as Polynomial, C[i] as Polynomial),
      );
    const names = ['T', 'K', 'S'];
    const thresholds = [0, 1, 2].map((i) => ({
      poly: cond(i),
      strict: false,
      text: `delta*(D_${names[i]} - N_${names[i]}) >= D_${names[i]} - C_${names[i]}`,
    }));
    const dilemma = trustThreshold(DILEMMA_EXAMPLE);
    const steps: { label: string; result: ProveResult }[] = [
      {
        label: 'the punishment is credible: inaction is a stage SPE under C1',
        result: prove({
          game: stage,
          profile: complianceProfile(stage, INACTION_PLAN),
          concept: 'spe',
          assume: [...dom.assume, ...C1_CONDITIONS],
          claim: 'equilibrium',
          nonnegative: dom.nonnegative,
        }),
      },
      {
        label: 'delta >= delta*_i for all i implies the derived grim-trigger region',
        result: prove({
          game,
          profile: [0, 0, 0],
          concept: 'nash',
          assume: [...base, ...thresholds],
          claim: 'equilibrium',
          nonnegative: dom.nonnegative,
        }),
      },
      {
        label: 'the derived region implies delta >= delta*_i',
        result: proveImplication({
          assume: [...base, ...region.map((c) => ({ poly: c.poly, strict: false, text: c.description }))],
          goals: thresholds.map((t) => ({ label: t.text, poly: t.poly, strict: false })),
          nonnegative: dom.nonnegative,
        }),
      },
      {
        label: 'T never gains by deviating (D_T = N_T <= C_T)',
        result: proveImplication({
          assume: base,
          goals: [{ label: 'C_T - N_T >= 0', poly: polySub(C[0] as Polynomial, N[0] as Polynomial), strict: false }],
          nonnegative: dom.nonnegative,
        }),
      },
    ];
    if (dilemma.sustainable) {
      const ex = grimTriggerGame(
        complianceGameParametric(
          Object.fromEntries(COMPLIANCE_PARAMETERS.map((k) => [k, DILEMMA_EXAMPLE[k]])) as ComplianceSymbols,
        ),
      );
      const star = formatRational(dilemma.deltaStar);
      steps.push(
        {
          label: `dilemma example: equilibrium for delta >= ${star} (trustThreshold)`,
          result: prove({
            game: ex,
            profile: [0, 0, 0],
            concept: 'nash',
            assume: [`${star} <= delta < 1`],
            claim: 'equilibrium',
          }),
        },
        {
          label: `dilemma example: not an equilibrium for delta < ${star}`,
          result: prove({
            game: ex,
            profile: [0, 0, 0],
            concept: 'nash',
            assume: [`0 <= delta < ${star}`],
            claim: 'not-equilibrium',
          }),
        },
      );
    } else
      steps.push({ label: 'dilemma example: trustThreshold', result: { status: 'unknown', tried: [dilemma.reason] } });
    return combineResults('trust-threshold', steps, {
      identities: region.map((c) => ({
        label: `${c.description}: region constraint = delta (D - N) - (D - C)`,
        left: c.poly,
        right: cond(c.player),
      })),
      argument: [
        'Dividing delta (D_i - N_i) >= D_i - C_i by D_i - N_i > 0 gives delta >= delta*_i; when D_i <= C_i the condition holds for every delta in [0, 1). With a credible punishment (step 1) the one-shot deviation principle makes these conditions necessary and sufficient for grim trigger to be subgame perfect.',
      ],
    });
  },
};
