/**
 * The shape of a results file (`bench/results/<date>.json`) and the pure helpers that build and merge it.
 * @remarks Since 0.1.0
 */

/** One measured (or skipped) case. */
export type CaseResult = {
  readonly family: string;
  readonly label: string;
  readonly size: number;
  /** the escalation series the case belongs to (see `seriesKey` in `escalation.ts`) */
  readonly series?: string;
  readonly unit: string;
  readonly units: number;
  /** timed runs (ms); when the warm-up alone exceeded the budget, the warm-up is the single entry */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** the first, untimed-by-median run (ms), which includes JIT warm-up */
  readonly warmupMs?: number;
  readonly unitsPerSecond: number;
  readonly accountedBytesPerUnit: number | null;
  readonly peakRssBytes: number;
  readonly peakRssBytesPerUnit: number;
  readonly setupMs: number;
  readonly extra: Readonly<Record<string, number | string>>;
  /** 1-minute load average when the case started */
  readonly loadAverage?: number;
  /** the child failed or was stopped (timeout) before a measurement */
  readonly error?: string;
  /** the child failed or was stopped after the warm-up run, which is then the only measurement */
  readonly truncated?: string;
  /** not run, and why (a smaller size of the same series exceeded the per-run cap) */
  readonly skipped?: string;
};

/** A results file. */
export type ResultsFile = {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly method: string;
  /** 1-, 5- and 15-minute load averages at the start and at the end of the (last) run */
  readonly loadAverage?: { readonly start: readonly number[]; readonly end: readonly number[] };
  /** per-run cap in ms beyond which a series stops escalating */
  readonly capMs?: number;
  /** one sentence per family */
  readonly descriptions?: Readonly<Record<string, string>>;
  readonly results: readonly CaseResult[];
};

/** A placeholder result for a case that did not produce a measurement. */
export function unmeasured(
  base: Pick<CaseResult, 'family' | 'label' | 'size' | 'unit'> & { readonly series?: string },
  why: { readonly error: string } | { readonly skipped: string },
  loadAverage?: number,
): CaseResult {
  return {
    ...base,
    units: 0,
    runsMs: [],
    medianMs: Number.NaN,
    unitsPerSecond: Number.NaN,
    accountedBytesPerUnit: null,
    peakRssBytes: 0,
    peakRssBytesPerUnit: Number.NaN,
    setupMs: Number.NaN,
    extra: {},
    ...(loadAverage !== undefined ? { loadAverage } : {}),
    ...why,
  };
}

/** Whether a case has a usable time. */
export const measured = (r: CaseResult): boolean =>
  r.error === undefined && r.skipped === undefined && Number.isFinite(r.medianMs);

/**
 * Merges a partial run into an earlier file of the same date and mode: every family that was run now
 * replaces that family's earlier rows (kept in the earlier order, new families appended).
 * @remarks Since 0.1.0
 */
export function mergeResults(earlier: ResultsFile | null, now: ResultsFile): ResultsFile {
  if (earlier === null || earlier.quick !== now.quick) return now;
  const rerun = new Set(now.results.map((r) => r.family));
  const families = [...new Set([...earlier.results.map((r) => r.family), ...now.results.map((r) => r.family)])];
  const results = families.flatMap((f) => (rerun.has(f) ? now.results : earlier.results).filter((r) => r.family === f));
  const start = earlier.loadAverage?.start ?? now.loadAverage?.start;
  const end = now.loadAverage?.end;
  return {
    ...now,
    descriptions: { ...earlier.descriptions, ...now.descriptions },
    ...(start !== undefined && end !== undefined ? { loadAverage: { start, end } } : {}),
    results,
  };
}
