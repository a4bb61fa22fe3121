/**
 * The report of `subgame paper` (the main job): MODEL.md's claims N1–N5, C1–C5, R1, R2, B1, each with its
 * verdict, its proof (a certificate re-checked by the independent checker) and its oracle numbers
 * recomputed by the engine; plus the facts the report states (the logit selection) and the figures.
 * @remarks Since 0.1.0
 */
import { type ClaimReport, type OracleCheck, checkProof, stage2Report } from './paper-stage2.js';
import { checkN1, checkN1b, checkN2 } from './stage1-claims.js';
import { checkN3, checkN4, checkN5 } from './stage1-claims-info.js';
import type { ClaimEvidence } from './stage1-evidence.js';
import { STAGE1_CLAIMS } from './stage1-proofs/index.js';

/** The whole report. */
export type PaperReport = {
  readonly claims: readonly ClaimReport[];
  readonly logitSelection: { readonly play: string; readonly exact: boolean; readonly lambda: number };
  /** every claim holds */
  readonly allHold: boolean;
};

const STAGE1_TITLES: Readonly<Record<string, string>> = {
  N1: "Ståhl's shares with N rounds, tending to Rubinstein's",
  N1b: 'A fallback after the deadline: the last proposer keeps 1 − δ·z',
  N2: 'Deadline power: the last proposer prefers the limited regime; agreement is immediate',
  N3: 'Information control: the uninformed proposer does better with a deadline',
  N4: 'Expectation differences (non-common priors) delay agreement',
  N5: 'Cooperative gains: agreement with positive probability, individually rational, adaptive by type',
};

const STAGE1_CHECKS: Readonly<Record<string, () => ClaimEvidence>> = {
  N1: () => checkN1({ quick: true }),
  N1b: () => checkN1b({ quick: true }),
  N2: () => checkN2({ quick: true }),
  N3: () => checkN3({ quick: true }),
  N4: () => checkN4({ quick: true }),
  N5: () => checkN5({ quick: true }),
};

function stage1Claims(): ClaimReport[] {
  return STAGE1_CLAIMS.map((claim) => {
    const proof = checkProof(claim);
    const ev = STAGE1_CHECKS[claim.id]?.();
    const oracles: OracleCheck[] = (ev?.checks ?? []).map((c) => ({
      what: c.label,
      expected: c.expected,
      got: c.value,
      holds: c.ok,
    }));
    const holds = proof.status === 'proved' && proof.checked && (ev?.holds ?? false);
    return {
      id: claim.id,
      title: STAGE1_TITLES[claim.id] ?? claim.id,
      statement: claim.statement,
      holds,
      proof,
      oracles,
      evidence: ev?.notes ?? [],
    };
  });
}

/**
 * Builds the report: stage 1 (N1–N5), stage 2 (C1–C5), the remedy (R1, R2) and the bridge (B1).
 * @remarks Since 0.1.0
 */
export function paperReport(): PaperReport {
  const s2 = stage2Report();
  const claims = [...stage1Claims(), ...s2.claims];
  return { claims, logitSelection: s2.logitSelection, allHold: claims.every((c) => c.holds) };
}
