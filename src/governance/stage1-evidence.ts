/**
 * Evidence records for the stage-1 claims: each check is an exact value the engine computed next to the
 * value it must equal (or a yes/no property), so tests, `proofs/governance/n*.proof.ts` and reports share
 * one recomputation.
 * @remarks Since 0.1.0
 */
import { type Rational, formatRational } from '../numeric/rational.js';

/** One check: the engine's value and the expected one, as exact strings. */
export type ClaimCheck = {
  readonly label: string;
  readonly value: string;
  readonly expected: string;
  readonly ok: boolean;
};

/** The evidence for one claim. */
export type ClaimEvidence = {
  readonly id: string;
  readonly holds: boolean;
  readonly checks: readonly ClaimCheck[];
  readonly notes: readonly string[];
};

/** A collector of checks. */
export type EvidenceBuilder = {
  /** records `value = expected` (exact) */
  equal(label: string, value: Rational | null | undefined, expected: Rational): void;
  /** records a property */
  holds(label: string, ok: boolean, detail?: string): void;
  note(text: string): void;
  done(): ClaimEvidence;
};

/** Starts collecting the evidence for claim `id`. @remarks Since 0.1.0 */
export function evidence(id: string): EvidenceBuilder {
  const checks: ClaimCheck[] = [];
  const notes: string[] = [];
  return {
    equal(label, value, expected) {
      const ok = value !== null && value !== undefined && value.equals(expected);
      checks.push({
        label,
        value: value === null || value === undefined ? 'none' : formatRational(value),
        expected: formatRational(expected),
        ok,
      });
    },
    holds(label, ok, detail) {
      checks.push({
        label,
        value: ok ? 'true' : `false${detail === undefined ? '' : ` (${detail})`}`,
        expected: 'true',
        ok,
      });
    },
    note(text) {
      notes.push(text);
    },
    done() {
      return { id, holds: checks.every((c) => c.ok), checks, notes };
    },
  };
}
