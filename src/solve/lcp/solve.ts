/**
 * The driver shared by `lcp` and `lp`: one equilibrium of a sequence form by Lemke's algorithm on the LCP of
 * `problem.ts`. Default route (`'float-certify'`): pivot in floating point, certify the final basis exactly
 * (`certify.ts`), and fall back to fraction-free BigInt pivoting (`lemke-exact.ts`) when the float run or
 * its certificate fails; `'exact'` pivots in BigInt throughout. The answer is exact either way, and both
 * realization plans are checked exactly (`E x = e`, `F y = f`, `x, y ≥ 0`) before they are returned.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import { isRealizationPlan, type SequenceForm } from '../../game/sequence-form.js';
import { type Rational, Fraction } from '../../numeric/rational.js';
import { startBudget } from '../budget.js';
import type { Budget, StopReason } from '../types.js';
import { certifyBasis } from './certify.js';
import { lemkeExact } from './lemke-exact.js';
import { lemkeFloat } from './lemke-float.js';
import { sequenceFormLcp } from './problem.js';

/** How the pivoting is done. */
export type LcpArithmetic = 'float-certify' | 'exact';

/** Options of {@link solveSequenceForm}. */
export type SequenceLcpOptions = Budget & {
  /** @defaultValue 'float-certify' */
  readonly arithmetic?: LcpArithmetic;
  /** starting pair of behaviour strategies per player (own information-set order); default the centroid */
  readonly prior?: readonly [readonly (readonly Rational[])[], readonly (readonly Rational[])[]];
};

/** What {@link solveSequenceForm} found. */
export type SequenceLcpOutcome = {
  /** the realization plans of the equilibrium, or `null` when stopped */
  readonly plans: readonly [Rational[], Rational[]] | null;
  readonly stopped: StopReason | null;
  readonly warnings: string[];
  readonly stats: Record<string, number>;
};

/**
 * Solves the sequence-form LCP of a two-player game for one equilibrium.
 * @param solver - the calling solver's name, for messages
 * @throws InvalidArgumentError on a bad budget
 * @throws Error if Lemke's algorithm ends in a secondary ray (impossible for the sequence-form LCP,
 *   Koller, Megiddo and von Stengel 1996 show Lemke's algorithm solves it; it would signal a bug)
 * @remarks Since 0.1.0
 */
export function solveSequenceForm(form: SequenceForm, options: SequenceLcpOptions, solver: string): SequenceLcpOutcome {
  const arithmetic = options.arithmetic ?? 'float-certify';
  if (arithmetic !== 'float-certify' && arithmetic !== 'exact') {
    throw new InvalidArgumentError(
      `${solver}(): arithmetic must be 'float-certify' or 'exact'; got ${String(arithmetic)}`,
    );
  }
  const meter = startBudget(options, solver, 1);
  const t0 = performance.now();
  const problem = sequenceFormLcp(form, options.prior);
  const stats: Record<string, number> = { size: problem.n, floatPivots: 0, exactPivots: 0, certified: 0 };
  const warnings: string[] = [];
  const { n1, n2 } = problem.layout;
  const plansOf = (z: { readonly num: readonly bigint[]; readonly den: bigint }): [Rational[], Rational[]] | null => {
    const x = z.num.slice(0, n1).map((v) => new Fraction(v, z.den));
    const y = z.num.slice(n1, n1 + n2).map((v) => new Fraction(v, z.den));
    return isRealizationPlan(form.players[0], x) && isRealizationPlan(form.players[1], y) ? [x, y] : null;
  };
  const done = (plans: [Rational[], Rational[]] | null, stopped: StopReason | null): SequenceLcpOutcome => {
    stats['ms'] = performance.now() - t0;
    return { plans, stopped, warnings, stats };
  };
  stats['buildMs'] = performance.now() - t0;

  if (arithmetic === 'float-certify') {
    const run = lemkeFloat(problem, meter, 50 * problem.n + 1000);
    stats['floatPivots'] = run.pivots;
    stats['floatMs'] = performance.now() - t0 - (stats['buildMs'] as number);
    if (run.kind === 'stopped') return done(null, run.reason);
    if (run.kind === 'solution') {
      const t1 = performance.now();
      const z = certifyBasis(problem, run.basis);
      const plans = z === null ? null : plansOf(z);
      stats['certifyMs'] = performance.now() - t1;
      if (plans !== null) {
        stats['certified'] = 1;
        return done(plans, null);
      }
      warnings.push(
        `${solver}: the floating-point path ended in a basis that failed the exact check; solved again with exact pivoting`,
      );
    } else {
      warnings.push(`${solver}: the floating-point path failed (${run.kind}); solved again with exact pivoting`);
    }
  }
  const t2 = performance.now();
  const run = lemkeExact(problem, meter);
  stats['exactPivots'] = run.pivots;
  stats['exactMs'] = performance.now() - t2;
  if (run.kind === 'stopped') return done(null, run.reason);
  if (run.kind === 'ray' || run.values === undefined) {
    throw new Error(
      `${solver}(): Lemke's algorithm ended in a secondary ray on a sequence-form LCP (a bug; please report)`,
    );
  }
  const plans = plansOf(run.values);
  if (plans === null) {
    throw new Error(`${solver}(): the exact Lemke solution is not a pair of realization plans (a bug; please report)`);
  }
  return done(plans, null);
}
