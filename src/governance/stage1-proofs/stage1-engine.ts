/**
 * Turns the engine's exact recomputation of a stage-1 claim (`src/governance/stage1-claims*.ts`) into the
 * parts of a certificate: each numeric check becomes an identity `engine value = oracle` (constant
 * polynomials, re-checked by `src/verify/certificate.ts`), each yes/no check a line of the argument; any
 * failed check is returned as the problem that refutes the claim. These identities record numbers computed
 * at worked instances — they are evidence from an exact recomputation, not a symbolic proof.
 */
import { polyConst } from '../../numeric/polynomial.js';
import { rat } from '../../numeric/rational.js';
import type { CertificateIdentity } from '../../param/certificate.js';
import type { ProveResult } from '../../param/prove.js';
import type { GovernanceClaim } from '../compliance-conditions.js';
import type { ClaimCheckOptions } from '../stage1-claims.js';
import type { ClaimEvidence } from '../stage1-evidence.js';

/**
 * A stage-1 claim: the engine's recomputation (`check`) and the proof built from its evidence (`runWith`),
 * so a caller that already has the evidence (the report) does not compute it twice; `run` does both.
 */
export type Stage1Claim = GovernanceClaim & {
  readonly check: (options?: ClaimCheckOptions) => ClaimEvidence;
  readonly runWith: (evidence: ClaimEvidence) => ProveResult;
};

/** Certificate parts from engine evidence. */
export type EngineParts = {
  readonly identities: CertificateIdentity[];
  readonly argument: string[];
  readonly problem: string | null;
};

/** Converts evidence into identities and argument lines (see the module comment). */
export function engineParts(ev: ClaimEvidence): EngineParts {
  const identities: CertificateIdentity[] = [];
  const argument: string[] = [];
  for (const c of ev.checks) {
    if (c.expected === 'true') argument.push(`Engine check (${c.ok ? 'holds' : 'FAILS'}): ${c.label}.`);
    else if (c.ok)
      identities.push({
        label: `engine: ${c.label}`,
        left: polyConst(rat(c.value)),
        right: polyConst(rat(c.expected)),
      });
  }
  argument.push(...ev.notes.map((n) => `Note: ${n}`));
  const bad = ev.checks.filter((c) => !c.ok);
  return {
    identities,
    argument,
    problem:
      bad.length === 0 ? null : bad.map((c) => `${c.label}: engine ${c.value}, expected ${c.expected}`).join('; '),
  };
}

/** The refutation of a claim whose engine recomputation failed. */
export function refutedBy(problem: string): ProveResult {
  return { status: 'refuted', counterexample: { values: {}, detail: `exact recomputation disagrees: ${problem}` } };
}
