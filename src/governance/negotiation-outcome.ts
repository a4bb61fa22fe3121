/**
 * Outcomes of stage-1 bargaining as data: how play ends (agreement on S's share in some round, an exit, or
 * no agreement after the last round) with its probability, and the payoffs each player expects (each with
 * its own prior when priors are non-common). Shared by the state-graph solver and the tree analysis.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO, formatRational } from '../numeric/rational.js';

/** One way play can end, with its (modeller's) probability. */
export type OutcomePiece = {
  /** the round in which play ends (for `'none'`: the last round) */
  readonly round: number;
  /** agreement, an exit by the responder, or no agreement by the deadline (fallback / truncation) */
  readonly kind: 'agree' | 'exit' | 'none';
  /** S's share of the agreement (`null` unless `kind` is `'agree'`) */
  readonly shareS: Rational | null;
  readonly prob: Rational;
};

/** Payoffs (in the units of the round where the state starts) and the outcome distribution. */
export type BargainValue = {
  readonly g: Rational;
  readonly s: Rational;
  readonly outcome: readonly OutcomePiece[];
};

/** A bargaining value with the number of pure subgame-perfect profiles that produce it. */
export type CountedValue = BargainValue & { readonly count: bigint };

/** A canonical key of an outcome distribution. @remarks Since 0.1.0 */
export function outcomeKey(outcome: readonly OutcomePiece[]): string {
  return outcome
    .map((p) => `${p.kind}@${p.round}:${p.shareS === null ? '-' : formatRational(p.shareS)}:${formatRational(p.prob)}`)
    .sort()
    .join(';');
}

/** A canonical key of a value (payoffs and outcome). @remarks Since 0.1.0 */
export function valueKey(v: BargainValue): string {
  return `${formatRational(v.g)}|${formatRational(v.s)}|${outcomeKey(v.outcome)}`;
}

/** Merges pieces that end play the same way, adding their probabilities (drops zero-probability pieces). @remarks Since 0.1.0 */
export function mergePieces(pieces: readonly OutcomePiece[]): OutcomePiece[] {
  const byKey = new Map<string, OutcomePiece>();
  for (const p of pieces) {
    if (p.prob.n === 0n) continue;
    const k = `${p.kind}@${p.round}:${p.shareS === null ? '-' : formatRational(p.shareS)}`;
    const prev = byKey.get(k);
    byKey.set(k, prev === undefined ? p : { ...p, prob: prev.prob.add(p.prob) });
  }
  return [...byKey.values()].sort(
    (a, b) => a.round - b.round || a.kind.localeCompare(b.kind) || (a.shareS?.compare(b.shareS ?? ZERO) ?? 0),
  );
}

/** The outcome pieces scaled by a probability. @remarks Since 0.1.0 */
export function scalePieces(pieces: readonly OutcomePiece[], p: Rational): OutcomePiece[] {
  return pieces.map((x) => ({ ...x, prob: x.prob.mul(p) }));
}

/** Probability that play ends in agreement (in any round). @remarks Since 0.1.0 */
export function agreementProbability(outcome: readonly OutcomePiece[]): Rational {
  return outcome.filter((p) => p.kind === 'agree').reduce((a, p) => a.add(p.prob), ZERO);
}

/** Whether agreement is reached in round 1 with probability 1. @remarks Since 0.1.0 */
export function immediateAgreement(outcome: readonly OutcomePiece[]): boolean {
  return outcome
    .filter((p) => p.kind === 'agree' && p.round === 1)
    .reduce((a, p) => a.add(p.prob), ZERO)
    .equals(ONE);
}

/** The outcome as text, e.g. `agree in round 1 on S's share 2/25 (p = 1)`. @remarks Since 0.1.0 */
export function formatOutcome(outcome: readonly OutcomePiece[]): string {
  return outcome
    .map((p) => {
      const what =
        p.kind === 'agree'
          ? `agree in round ${p.round} on S's share ${formatRational(p.shareS ?? ZERO)}`
          : p.kind === 'exit'
            ? `exit in round ${p.round}`
            : `no agreement after round ${p.round}`;
      return `${what} (p = ${formatRational(p.prob)})`;
    })
    .join('; ');
}
