/**
 * Sequential equilibrium (Kreps and Wilson 1982, §3): an assessment that is sequentially rational
 * ({@link checkAssessment}) and consistent ({@link checkConsistency}). The answer is never a guess: it is
 * `'sequential'` with a re-verified tremble certificate, `'not-sequential'` with the failures found, or
 * `'undecided'` with the reason (information sets that no totally mixed profile reaches).
 * @remarks Since 0.1.0
 */
import type { Assessment, ExtensiveGame } from '../game/types.js';
import { type AssessmentFailure, checkAssessment } from './assessment.js';
import { type ConsistencyVerdict, checkConsistency } from './consistency.js';
import type { ConsistencyCertificate } from './tremble-certificate.js';
import type { VerifyOptions } from './types.js';

/** The result of {@link checkSequential}. @remarks Since 0.1.0 */
export type SequentialVerdict =
  | { readonly status: 'sequential'; readonly certificate: ConsistencyCertificate }
  | {
      readonly status: 'not-sequential';
      /** failures of belief validity, Bayes' rule or sequential rationality */
      readonly failures: readonly AssessmentFailure[];
      /** the consistency verdict when the beliefs are not consistent */
      readonly consistency?: Extract<ConsistencyVerdict, { status: 'inconsistent' }>;
    }
  | { readonly status: 'undecided'; readonly reason: string };

/**
 * Checks whether an assessment is a sequential equilibrium.
 * @throws InvalidArgumentError if the profile or beliefs have the wrong shape
 * @throws UnsupportedGameError as {@link checkAssessment}
 * @remarks Since 0.1.0
 */
export function checkSequential(
  game: ExtensiveGame,
  assessment: Assessment,
  options: VerifyOptions = {},
): SequentialVerdict {
  const rational = checkAssessment(game, assessment, options);
  const consistency = checkConsistency(game, assessment);
  const failures = rational.ok ? [] : rational.failures;
  if (consistency.status === 'inconsistent') return { status: 'not-sequential', failures, consistency };
  if (failures.length > 0) return { status: 'not-sequential', failures };
  if (consistency.status === 'undecided') return { status: 'undecided', reason: consistency.reason };
  return { status: 'sequential', certificate: consistency.certificate };
}

/**
 * Whether an assessment is a sequential equilibrium: `true`, `false`, or `'undecided'` (see
 * {@link checkSequential}).
 * @remarks Since 0.1.0
 */
export function isSequential(
  game: ExtensiveGame,
  assessment: Assessment,
  options: VerifyOptions = {},
): boolean | 'undecided' {
  const v = checkSequential(game, assessment, options);
  return v.status === 'undecided' ? 'undecided' : v.status === 'sequential';
}
