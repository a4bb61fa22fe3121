/**
 * The simplex route of `lp`: for each player, build the sequence-form LP in which that player maximizes
 * (`sequence-lp.ts`) and run the floating-point simplex method from a crash basis (`simplex-float.ts`); then
 * make both plans exact — the floats rounded to small-denominator rationals, or else the basis systems
 * solved exactly — and certify them (`certify-lp.ts`): both are realization plans (`x, y ≥ 0`, `E x = e`,
 * `F y = f`, exactly) and what player 1's plan guarantees equals what player 2's plan concedes, so both are
 * optimal (weak duality). When the float run or the certificate fails, the certified sequence-form Lemke of
 * `src/solve/lcp/` solves the same game (the LP pair's optimality conditions are that LCP), so the answer is
 * exact either way.
 * @remarks Since 0.1.0
 */
import type { SequenceForm } from '../../game/sequence-form.js';
import type { RationalVector } from '../../numeric/dixon.js';
import { Fraction, type Rational } from '../../numeric/rational.js';
import { startBudget } from '../budget.js';
import { type SequenceLcpOptions, type SequenceLcpOutcome, solveSequenceForm } from '../lcp/solve.js';
import { basisPlan, guaranteedPayoff, roundedPlan } from './certify-lp.js';
import { type SequenceLp, sequenceFormLp } from './sequence-lp.js';
import { simplexFloat } from './simplex-float.js';

/**
 * Optimal realization plans of a two-player zero-sum sequence form (player 1's payoffs in
 * `entries[·].payoffs[0]`) by the certified simplex method, with the Lemke route as the fallback.
 * @param solver - the calling solver's name, for messages
 * @returns the plans (or `null` when stopped), warnings (a fallback is reported) and `stats`: `size` (rows
 *   of both players' LPs), `floatPivots`, `exactPivots` (of a fallback), `certified`, `rounded` (1 if the
 *   rounded floats certified, 0 if the exact basis solve was needed), and times in ms
 * @throws InvalidArgumentError on a bad budget
 * @remarks Since 0.1.0
 */
export function solveZeroSumSimplex(
  form: SequenceForm,
  options: SequenceLcpOptions,
  solver: string,
): SequenceLcpOutcome {
  const meter = startBudget(options, solver, 64);
  const t0 = performance.now();
  const stats: Record<string, number> = { size: 0, floatPivots: 0, exactPivots: 0, certified: 0 };
  const time = (key: string, since: number): void => {
    stats[key] = (stats[key] ?? 0) + performance.now() - since;
  };
  const runs: { lp: SequenceLp; basis: Int32Array; x: Float64Array }[] = [];
  let reason = '';
  // Each player's plan from the LP in which that player maximizes (ties broken by the payoff against the
  // opponent's centroid, see simplex-float.ts).
  for (const side of [0, 1] as const) {
    const t1 = performance.now();
    const lp = sequenceFormLp(form, side);
    stats['size'] = (stats['size'] as number) + lp.m;
    time('buildMs', t1);
    const t2 = performance.now();
    const run = simplexFloat(lp, meter, 20 * (lp.m + lp.cols) + 1000);
    stats['floatPivots'] = (stats['floatPivots'] as number) + run.pivots;
    time('floatMs', t2);
    if (run.kind === 'stopped') {
      stats['ms'] = performance.now() - t0;
      return { plans: null, stopped: run.reason, warnings: [], stats };
    }
    if (run.kind === 'failed') {
      reason = run.reason;
      break;
    }
    runs.push({ lp, basis: run.basis, x: run.x });
  }
  if (runs.length === 2) {
    // The exact plans: first the floats rounded to small-denominator rationals, then (if that does not
    // certify) the exact solutions of the basis systems. Player 1's plan guarantees g₀ and player 2's
    // guarantees g₁ (of the negated payoffs); g₀ = −g₁ certifies both as optimal.
    const t3 = performance.now();
    for (const exact of [false, true]) {
      const plans = runs.map((r) => (exact ? basisPlan(r.lp, r.basis) : roundedPlan(r.lp, r.x)));
      const [x, y] = plans;
      if (x === null || y === null || x === undefined || y === undefined) continue;
      const g0 = guaranteedPayoff((runs[0] as (typeof runs)[0]).lp, x);
      const g1 = guaranteedPayoff((runs[1] as (typeof runs)[0]).lp, y);
      if (g0.num * g1.den + g1.num * g0.den !== 0n) continue;
      time('certifyMs', t3);
      stats['certified'] = 1;
      stats['rounded'] = exact ? 0 : 1;
      stats['ms'] = performance.now() - t0;
      const toRationals = (v: RationalVector): Rational[] => v.num.map((n) => new Fraction(n, v.den));
      return { plans: [toRationals(x), toRationals(y)], stopped: null, warnings: [], stats };
    }
    time('certifyMs', t3);
    reason = 'certificate';
  }
  const fallback = solveSequenceForm(form, options, solver);
  return {
    ...fallback,
    warnings: [
      `${solver}: the floating-point simplex did not give a certified optimal basis (${reason}); solved with the sequence-form LCP instead`,
      ...fallback.warnings,
    ],
    stats: { ...fallback.stats, simplexPivots: stats['floatPivots'] as number, ms: performance.now() - t0 },
  };
}
