/**
 * The report of `subgame paper` (the main job): MODEL.md's claims N1–N5, C1–C5, R1, R2, B1, each with its
 * verdict, its proof (a certificate re-checked by the independent checker) and its oracle numbers
 * recomputed by the engine; plus the facts the report states (the logit selection) and the figures.
 * @remarks Since 0.1.0
 */
import { type ClaimReport, type OracleCheck, checkProof, stage2Report } from './paper-stage2.js';
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

function stage1Claims(): ClaimReport[] {
  return STAGE1_CLAIMS.map((claim) => {
    // one recomputation serves both the proof and the oracle list
    const ev = claim.check({ quick: true });
    const proof = checkProof({ id: claim.id, statement: claim.statement, run: () => claim.runWith(ev) });
    const oracles: OracleCheck[] = ev.checks.map((c) => ({
      what: c.label,
      expected: c.expected,
      got: c.value,
      holds: c.ok,
    }));
    const holds = proof.status === 'proved' && proof.checked && ev.holds;
    return {
      id: claim.id,
      title: STAGE1_TITLES[claim.id] ?? claim.id,
      statement: claim.statement,
      holds,
      proof,
      oracles,
      evidence: ev.notes,
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
