/**
 * Small statistics of the harness: the median of the timed runs and how many timed runs a case gets.
 * @remarks Since 0.1.0
 */

/** The median (mean of the middle two for an even count); `NaN` for no values. @remarks Since 0.1.0 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * How many timed runs follow a warm-up run of `warmupMs`: `requested`, reduced so that the timed runs
 * together take about `budgetMs` (at least one), and never more than fit in `remainingMs` (the time left
 * before the parent stops the child). None when the warm-up alone exceeded `capMs` or not even one more run
 * fits — then the warm-up is the measurement.
 * @remarks Since 0.1.0
 */
export function plannedRuns(
  warmupMs: number,
  requested: number,
  budgetMs: number,
  capMs: number,
  remainingMs: number = Number.POSITIVE_INFINITY,
): number {
  if (!(warmupMs <= capMs)) return 0;
  if (warmupMs <= 0) return requested;
  const fit = Math.floor(remainingMs / warmupMs);
  return Math.max(0, Math.min(requested, Math.max(1, Math.floor(budgetMs / warmupMs)), fit));
}
