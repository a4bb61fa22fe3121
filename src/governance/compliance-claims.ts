/**
 * Claims C1–C5 of MODEL.md (stage 2) as executable proofs over the fully symbolic compliance game. Each
 * equilibrium region is DERIVED from the game (`equilibriumRegion` / `prove` of `src/param/`), each payoff
 * difference is read from the game's tree; the stated conditions below are MODEL.md's hypotheses, and the
 * certificates show they imply the derived facts (checked independently by `src/verify/certificate.ts`).
 * `proofs/governance/*.proof.ts` wrap these; tests run them too.
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame } from '../game/types.js';
import {
  type Polynomial,
  polyAdd,
  polyConst,
  polyFormat,
  polyIsZero,
  polyMul,
  polySub,
  polySubstitute,
} from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { POLY } from '../param/arithmetic.js';
import type { Condition } from '../param/expression.js';
import { parseExpression } from '../param/expression.js';
import { combineResults, proveImplication } from '../param/implication.js';
import { type ProveResult, prove } from '../param/prove.js';
import { type RegionConstraint, equilibriumRegion } from '../param/region.js';
import type { KAction, Mode, SAction } from './compliance.js';
import { analyzeCompliance } from './compliance-analysis.js';
import { proveByDominance } from './compliance-dominance.js';
import { complianceDomain, complianceGameParametric, playPayoffs } from './compliance-parametric.js';
import { type CompliancePlan, INACTION_PLAN, complianceProfile, cooperationPlan } from './compliance-profiles.js';
import { WORKED_EXAMPLE } from './params.js';
import {
  C1_CONDITIONS,
  C2_CONDITIONS,
  C3_CONDITIONS,
  C4_CONDITIONS,
  type GovernanceClaim,
} from './compliance-conditions.js';

let symbolic: ExtensiveGame<Polynomial> | undefined;
/** The fully symbolic compliance game (cached). */
const gameOf = (): ExtensiveGame<Polynomial> => (symbolic ??= complianceGameParametric());
const DOMAIN = complianceDomain();
const pay = (m: Mode, k: KAction, s: SAction) => playPayoffs(gameOf(), POLY, m, k, s);

/**
 * The SPE region of a plan of the symbolic game, unsimplified, without constant constraints.
 * @remarks Since 0.1.0
 */
export function planRegion(plan: CompliancePlan): RegionConstraint[] {
  const g = gameOf();
  return equilibriumRegion(g, complianceProfile(g, plan), { concept: 'spe', simplify: false }).constraints.filter(
    (c) =>
      c.kind === 'deviation' && !polyIsZero(c.poly) && [...c.poly.terms.values()].some((t) => t.monomial.length > 0),
  ) as RegionConstraint[];
}

const asCondition = (c: RegionConstraint): Condition => ({
  poly: c.poly,
  strict: false,
  text: `${c.description}: ${polyFormat(c.poly)} >= 0`,
});
/**
 * The region constraint for `player` deviating at its information set after mode `m` only (the same
 * inequality can appear as a subgame deviation or as a whole-game one; duplicates are merged).
 */
function afterMode(
  cs: readonly RegionConstraint[],
  plan: CompliancePlan,
  m: Mode,
  player: 'K' | 'S',
): RegionConstraint {
  const planned = (infoset: string): string => {
    const pair = infoset.endsWith('C') ? plan.afterC : plan.afterF;
    return infoset.startsWith('K') ? pair[0] : pair[1];
  };
  const found = cs.find((c) => {
    if (c.playerName !== player) return false;
    const changed = c.deviation
      .split(', ')
      .map((x) => x.split(': '))
      .filter(([I, a]) => a !== planned(I ?? ''));
    return changed.length === 1 && changed[0]?.[0] === `${player}|${m}`;
  });
  if (found === undefined) throw new Error(`afterMode(): no constraint for ${player} deviating after ${m}`);
  return found;
}

/** C1 forward: the stated conditions imply the derived SPE region of inaction. */
function c1Forward(extra: readonly string[] = []): ProveResult {
  const g = gameOf();
  return prove({
    game: g,
    profile: complianceProfile(g, INACTION_PLAN),
    concept: 'spe',
    assume: [...DOMAIN.assume, ...C1_CONDITIONS, ...extra],
    claim: 'equilibrium',
    nonnegative: DOMAIN.nonnegative,
  });
}

/** C1: inaction is an SPE iff C1's conditions hold (both directions). */
export const C1: GovernanceClaim = {
  id: 'C1',
  statement:
    'Collective inaction (C; Nom, Form after C and F) is an SPE iff bK V lambdaK <= cK, bS V lambdaS + qP <= cS and rhoA >= eT',
  run: () => {
    const region = planRegion(INACTION_PLAN);
    const kC = afterMode(region, INACTION_PLAN, 'C', 'K');
    const sC = afterMode(region, INACTION_PLAN, 'C', 'S');
    return combineResults(
      'equivalence',
      [
        { label: 'the conditions imply the derived SPE region of inaction', result: c1Forward() },
        {
          label: 'the derived SPE region implies the conditions',
          result: proveImplication({
            assume: [...DOMAIN.assume, ...region.map(asCondition)],
            goals: [...C1_CONDITIONS],
            nonnegative: DOMAIN.nonnegative,
          }),
        },
      ],
      {
        identities: [
          {
            label: `"hence after C": ${kC.description}`,
            left: kC.poly,
            right: parseExpression('phi*(cK - bK*V*lambdaK) + (1 - phi)*cK'),
          },
          {
            label: `"hence after C": ${sC.description}`,
            left: sC.poly,
            right: parseExpression('phi*(cS - qP - bS*V*lambdaS) + phi*qP + (1 - phi)*cS'),
          },
        ],
        argument: [
          'The region of inaction is derived from the symbolic game (every deviation in every subgame). Step 1 certifies each of its constraints from the conditions; step 2 certifies the conditions from the region, so the two are equivalent. The identities show the after-C constraints are phi times the after-F ones plus (1 - phi) times a nonnegative cost, which is why phi <= 1 carries inaction from F to C.',
        ],
      },
    );
  },
};

/** C2: under C1 and C2's conditions, inaction is an SPE and (F; Sub, Sub) Pareto-dominates it. */
export const C2: GovernanceClaim = {
  id: 'C2',
  statement:
    'Under C1 and bT V + eT > 0, bK V > cK, bS V > cS: inaction is an SPE and (F; Sub, Sub) gives every player strictly more',
  run: () => {
    const coop = pay('F', 'Sub', 'Sub');
    const idle = pay('C', 'Nom', 'Form');
    const goals = ['T', 'K', 'S'].map((name, i) => ({
      label: `${name} gains from (F, Sub, Sub) over (C, Nom, Form)`,
      poly: polySub(coop[i] as Polynomial, idle[i] as Polynomial),
      strict: true,
    }));
    return combineResults('paradox', [
      { label: 'inaction is an SPE', result: c1Forward(C2_CONDITIONS) },
      {
        label: 'Pareto dominance',
        result: proveImplication({
          assume: [...DOMAIN.assume, ...C2_CONDITIONS],
          goals,
          nonnegative: DOMAIN.nonnegative,
        }),
      },
    ]);
  },
};

/** C3: under C3's conditions inaction is the unique SPE and the only Nash outcome. */
export const C3: GovernanceClaim = {
  id: 'C3',
  statement:
    'If bK V max(lambdaK, 1 - lambdaS) < cK, bS V max(lambdaS, 1 - lambdaK) + qP < cS and rhoA > eT, inaction is the unique SPE and the only Nash outcome',
  run: () =>
    combineResults('unique', [
      {
        label: 'strict dominance at every information set',
        result: proveByDominance({
          game: gameOf(),
          target: INACTION_PLAN,
          assume: [...DOMAIN.assume, ...C3_CONDITIONS],
          nonnegative: DOMAIN.nonnegative,
          outcomes: 'nash',
        }),
      },
      {
        label: 'with C2 the regime needs lambdaS > 0 and lambdaK > 0 (bK V lambdaS > 0, bS V lambdaK > 0)',
        result: proveImplication({
          assume: [...DOMAIN.assume, ...C2_CONDITIONS, ...C3_CONDITIONS],
          goals: ['bK*V*lambdaS > 0', 'bS*V*lambdaK > 0'],
          nonnegative: DOMAIN.nonnegative,
        }),
      },
    ]),
};

/** C4: both (Nom, Form) and (Sub, Sub) are strict equilibria after F and inaction is risk-dominant. */
export const C4: GovernanceClaim = {
  id: 'C4',
  statement:
    'Under C4 conditions, (Nom, Form) and (Sub, Sub) are strict equilibria after F and (Nom, Form) risk-dominates (Harsanyi-Selten)',
  run: () => {
    const idle = planRegion(INACTION_PLAN);
    const coop = planRegion(cooperationPlan());
    const losses = (cs: readonly RegionConstraint[], plan: CompliancePlan) =>
      [afterMode(cs, plan, 'F', 'K'), afterMode(cs, plan, 'F', 'S')] as const;
    const [iK, iS] = losses(idle, INACTION_PLAN);
    const [cK, cS] = losses(coop, cooperationPlan());
    const strict = [iK, iS, cK, cS].map((c) => ({
      label: `strict: ${c.description} at ${c === iK || c === iS ? '(Nom, Form)' : '(Sub, Sub)'}`,
      poly: c.poly,
      strict: true,
    }));
    const risk = {
      label: 'product of deviation losses: (Nom, Form) > (Sub, Sub)',
      poly: polySub(polyMul(iK.poly, iS.poly), polyMul(cK.poly, cS.poly)),
      strict: true,
    };
    return combineResults(
      'selection',
      [
        {
          label: 'strict equilibria and risk dominance after F',
          result: proveImplication({
            assume: [...DOMAIN.assume, ...C4_CONDITIONS],
            goals: [...strict, risk],
            nonnegative: DOMAIN.nonnegative,
          }),
        },
      ],
      {
        identities: [
          {
            label: "K's loss at (Nom, Form) after F (derived) = cK - bK V lambdaK",
            left: iK.poly,
            right: parseExpression('cK - bK*V*lambdaK'),
          },
          {
            label: "S's loss at (Nom, Form) after F (derived) = cS - qP - bS V lambdaS",
            left: iS.poly,
            right: parseExpression('cS - qP - bS*V*lambdaS'),
          },
          {
            label: "K's loss at (Sub, Sub) after F (derived) = bK V (1 - lambdaS) - cK",
            left: cK.poly,
            right: parseExpression('bK*V*(1 - lambdaS) - cK'),
          },
          {
            label: "S's loss at (Sub, Sub) after F (derived) = bS V (1 - lambdaK) - cS + qP",
            left: cS.poly,
            right: parseExpression('bS*V*(1 - lambdaK) - cS + qP'),
          },
        ],
        argument: [
          'The deviation losses are the after-F constraints of the SPE regions derived from the game; Harsanyi and Selten (1988, §3.9): in a 2x2 game with two strict equilibria the one with the larger product of deviation losses is risk-dominant.',
        ],
      },
    );
  },
};

const sumAll = (v: readonly Polynomial[]) => v.reduce((a, b) => polyAdd(a, b), polyConst(0));

/** C5: the dissipation W(F; Sub, Sub) − W(inaction), exactly, and 6 at the first worked example. */
export const C5: GovernanceClaim = {
  id: 'C5',
  statement:
    'Dissipation W(F; Sub, Sub) - W(inaction) = V (bT + bK + bS) - cK - cS + eT, positive under C2, and 6 at the first worked example',
  run: () => {
    const d = polySub(sumAll(pay('F', 'Sub', 'Sub')), sumAll(pay('C', 'Nom', 'Form')));
    const example = polySubstitute(d, WORKED_EXAMPLE as Readonly<Record<string, Rational>>);
    const concrete = analyzeCompliance(WORKED_EXAMPLE, { thresholds: false }).dissipation;
    return combineResults(
      'dissipation',
      [
        {
          label: 'dissipation is positive under C2',
          result: proveImplication({
            assume: [...DOMAIN.assume, ...C2_CONDITIONS],
            goals: [{ label: 'W(F; Sub, Sub) - W(C; Nom, Form) > 0', poly: d, strict: true }],
            nonnegative: DOMAIN.nonnegative,
          }),
        },
      ],
      {
        identities: [
          {
            label: 'dissipation read from the symbolic game',
            left: d,
            right: parseExpression('V*(bT + bK + bS) - cK - cS + eT'),
          },
          {
            label: 'at the first worked example, symbolic = concrete engine (analyzeCompliance)',
            left: example,
            right: polyConst(concrete),
          },
          { label: 'at the first worked example = 6 (MODEL.md C5)', left: example, right: polyConst(6) },
        ],
      },
    );
  },
};

/** The stage-2 claims in order. */
export const STAGE2_CLAIMS: readonly GovernanceClaim[] = [C1, C2, C3, C4, C5];
