/**
 * The stage-2 half of the report (`subgame paper`): each claim of MODEL.md about the compliance game and the
 * remedy (C1–C5, R1, R2, B1) checked two ways here — its proof (a certificate re-verified by the
 * independent checker) and its oracle numbers (MODEL.md's worked examples recomputed by the engine) — the
 * third way, property tests, lives in the test suite.
 * @remarks Since 0.1.0
 */
import { RATIONAL } from '../game/arithmetic.js';
import type { Rational } from '../numeric/rational.js';
import { formatRational } from '../numeric/rational.js';
import { certificateToJson } from '../param/certificate.js';
import type { ProveResult } from '../param/prove.js';
import { solveLogit } from '../solve/logit/solve.js';
import { checkCertificate } from '../verify/certificate.js';
import { bridge, IMPOSED_SHARES, NEGOTIATED_SHARES } from './bridge.js';
import { analyzeCompliance } from './compliance-analysis.js';
import { C1, C2, C3, C4, C5 } from './compliance-claims.js';
import type { GovernanceClaim } from './compliance-conditions.js';
import { complianceTree } from './compliance.js';
import { institutionThresholds } from './compliance-thresholds.js';
import { DILEMMA_EXAMPLE, WORKED_EXAMPLE } from './params.js';
import { B1, R2 } from './remedy-claims.js';
import { R1 } from './trust-claims.js';

/** One number the engine recomputes, against MODEL.md's value. */
export type OracleCheck = {
  readonly what: string;
  readonly expected: string;
  readonly got: string;
  readonly holds: boolean;
};

/** The proof of a claim: its status and whether the independent checker accepted the certificate. */
export type ProofCheck = {
  readonly status: ProveResult['status'];
  readonly goals: number;
  /** the certificate passed `src/verify/certificate.ts` (false when not proved) */
  readonly checked: boolean;
  readonly detail: string;
};

/** A claim of MODEL.md with its verdict and evidence. */
export type ClaimReport = {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly holds: boolean;
  readonly proof: ProofCheck | null;
  readonly oracles: readonly OracleCheck[];
  readonly evidence: readonly string[];
};

/**
 * Runs a claim's proof and re-checks its certificate with the independent checker (through JSON, as
 * `proofs/run.ts` does).
 * @remarks Since 0.1.0
 */
export function checkProof(claim: {
  readonly id: string;
  readonly statement: string;
  readonly run: () => ProveResult;
}): ProofCheck {
  const result = claim.run();
  if (result.status !== 'proved') {
    const detail = result.status === 'refuted' ? result.counterexample.detail : result.tried.join('; ');
    return { status: result.status, goals: 0, checked: false, detail };
  }
  const json = JSON.parse(
    JSON.stringify(certificateToJson(result.certificate, { id: claim.id, statement: claim.statement })),
  );
  const check = checkCertificate(json);
  return {
    status: 'proved',
    goals: result.certificate.goals.length,
    checked: check.ok,
    detail: check.ok
      ? `certificate with ${result.certificate.goals.length} goals, re-checked independently`
      : check.problems.join('; '),
  };
}

/** An oracle comparison of exact text. */
export function oracle(what: string, expected: string, got: string): OracleCheck {
  return { what, expected, got, holds: expected === got };
}

const r = (x: Rational): string => formatRational(x);
const vec = (xs: readonly Rational[]): string => `(${xs.map(r).join(', ')})`;

function claimReport(
  claim: GovernanceClaim,
  title: string,
  oracles: readonly OracleCheck[],
  evidence: readonly string[],
): ClaimReport {
  const proof = checkProof(claim);
  const holds = proof.status === 'proved' && proof.checked && oracles.every((o) => o.holds);
  return { id: claim.id, title, statement: claim.statement, holds, proof, oracles, evidence };
}

/** Numbers of the stage-2 part of the report. */
export type Stage2Report = {
  readonly claims: readonly ClaimReport[];
  /** which equilibrium the logit QRE limit selects at the first worked example (a fact, not a claim) */
  readonly logitSelection: { readonly play: string; readonly exact: boolean; readonly lambda: number };
};

/**
 * Builds the stage-2 claims with proofs and oracles (MODEL.md's worked examples, number for number).
 * @remarks Since 0.1.0
 */
export function stage2Report(): Stage2Report {
  const first = analyzeCompliance(WORKED_EXAMPLE, { thresholds: false });
  const second = analyzeCompliance(DILEMMA_EXAMPLE, { thresholds: false });
  const plays = (a: typeof first) => a.spe.map((e) => `${e.play.join(' ')} ${vec(e.payoffs)}`).join('; ');
  const mixedF = first.mixedAfterF;
  const claims: ClaimReport[] = [
    claimReport(
      C1,
      'Collective inaction is a subgame-perfect equilibrium exactly under the stated conditions',
      [
        // MODEL.md worked example: the pure SPE outcomes (C, Nom, Form) (−1/2, 0, 0) and (F, Sub, Sub) (3, 1, 3/2)
        oracle('pure SPE at the first worked example', 'C Nom Form (-1/2, 0, 0); F Sub Sub (3, 1, 3/2)', plays(first)),
        oracle(
          'equilibria of the K–S game after C',
          'Nom Form',
          first.subgameEquilibria.C.map((p) => p.join(' ')).join('; '),
        ),
        oracle(
          'equilibria of the K–S game after F',
          'Nom Form; Sub Sub',
          first.subgameEquilibria.F.map((p) => p.join(' ')).join('; '),
        ),
      ],
      ['the SPE region is derived from the symbolic game and shown equivalent to the conditions (both directions)'],
    ),
    claimReport(
      C2,
      'The paradox: inaction is Pareto-dominated by (F; Sub, Sub)',
      [
        oracle('cooperation payoffs (T, K, S)', '(3, 1, 3/2)', vec(first.pareto.cooperation)),
        oracle('inaction payoffs (T, K, S)', '(-1/2, 0, 0)', vec(first.pareto.inaction)),
      ],
      [],
    ),
    claimReport(
      C3,
      'Uniqueness in the dilemma regime: inaction is the only SPE and the only Nash outcome',
      [
        oracle('pure SPE at the second worked example', 'C Nom Form (-1/2, 0, 0)', plays(second)),
        oracle(
          'pure Nash outcomes at the second worked example',
          'C Nom Form',
          second.nashOutcomes.map((o) => o.play.join(' ')).join('; '),
        ),
        oracle('what (F; Sub, Sub) would give', '(2, 1, 1)', vec(second.pareto.cooperation)),
      ],
      ['proved through strict dominance at every information set'],
    ),
    claimReport(
      C4,
      'Selection in the coordination regime: inaction is risk-dominant',
      [
        oracle('risk product of inaction', '5', r(first.riskDominance.inactionProduct)),
        oracle('risk product of cooperation', '3/2', r(first.riskDominance.cooperationProduct)),
        oracle(
          'mixed equilibrium after F (K Sub, S Sub)',
          '5/8, 2/3',
          mixedF === null ? 'none' : `${r(mixedF.kSub)}, ${r(mixedF.sSub)}`,
        ),
      ],
      [],
    ),
    claimReport(
      C5,
      'Dissipation: the efficacy lost to inaction',
      [oracle('W(F; Sub, Sub) − W(inaction) at the first worked example', '6', r(first.dissipation))],
      [],
    ),
    claimReport(
      R1,
      'Trust: grim trigger sustains cooperation from δ*',
      [
        oracle('δ* at the second worked example', '1/2', second.trust.sustainable ? r(second.trust.deltaStar) : 'none'),
        oracle('δ* at the first worked example', '0', first.trust.sustainable ? r(first.trust.deltaStar) : 'none'),
      ],
      ['inaction stays an equilibrium of the repeated game; trust adds cooperation, it does not remove inaction'],
    ),
    claimReport(
      R2,
      'Friendly institutions: exact thresholds per parameter',
      [],
      [
        'thresholds derived from the regions; inaction proved on each reported interval and disproved beyond it',
        ...institutionThresholds(WORKED_EXAMPLE).map((t) => `first worked example, ${t.text}`),
      ],
    ),
  ];
  const negotiated = bridge(NEGOTIATED_SHARES, WORKED_EXAMPLE);
  const imposed = bridge(IMPOSED_SHARES, WORKED_EXAMPLE);
  claims.push(
    claimReport(
      B1,
      'The bridge: negotiated credit admits cooperation; imposed credit leaves only inaction',
      [
        oracle(
          'negotiated b = (3/10, 3/10, 2/5): (F; Sub, Sub) is an SPE',
          'true',
          String(negotiated.cooperationIsSpe),
        ),
        oracle('imposed b = (4/5, 1/10, 1/10): inaction is the only SPE', 'true', String(imposed.inactionIsOnlySpe)),
      ],
      [],
    ),
  );
  const logit = solveLogit(complianceTree(WORKED_EXAMPLE, RATIONAL));
  const top = logit.equilibria[0];
  const play = top === undefined ? 'none' : describePlay(top as readonly (readonly Rational[])[]);
  return { claims, logitSelection: { play, exact: logit.exact, lambda: logit.lambda } };
}

/** The play of a pure behaviour profile of the compliance tree (infosets T, K|C, K|F, S|C, S|F). */
function describePlay(profile: readonly (readonly Rational[])[]): string {
  const pick = (i: number, names: readonly string[]) =>
    names[(profile[i] ?? []).findIndex((p) => p.equals(1))] ?? 'mixed';
  const m = pick(0, ['C', 'F']);
  return m === 'C'
    ? `C, ${pick(1, ['Nom', 'Sub'])}, ${pick(3, ['Form', 'Sub'])}`
    : `F, ${pick(2, ['Nom', 'Sub'])}, ${pick(4, ['Form', 'Sub'])}`;
}
