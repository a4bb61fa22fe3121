/**
 * Stopping a family's escalation: the cases of a family are grouped into series (same parameters, growing
 * size); once one case of a series takes longer than the per-run cap (or fails or times out), the larger
 * cases of that series are skipped, so a full run stays within its time budget.
 * @remarks Since 0.1.0
 */
import type { BenchCase } from '../family.js';
import { formatMs } from './markdown.js';
import type { CaseResult } from './results.js';

/**
 * The series of a case: its explicit `series`, else its parameters (sorted, as `key=value` pairs), else
 * `''` (the whole family is one series).
 * @remarks Since 0.1.0
 */
export function seriesKey(c: BenchCase): string {
  if (c.series !== undefined) return c.series;
  const params = c.params ?? {};
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${String(params[k])}`)
    .join(',');
}

/** Whether a result ends its series: it failed, was stopped, or its median exceeded `capMs`. @remarks Since 0.1.0 */
export function exceedsCap(r: CaseResult, capMs: number): boolean {
  return r.error !== undefined || r.truncated !== undefined || !(r.medianMs <= capMs);
}

/**
 * Tracks which series of one family have exceeded the cap.
 * @remarks Since 0.1.0
 */
export class Escalation {
  readonly #stopped = new Map<string, string>();
  constructor(readonly capMs: number) {}

  /** Why a case is skipped, or `null` when it should run. */
  skipReason(c: BenchCase): string | null {
    return this.#stopped.get(seriesKey(c)) ?? null;
  }

  /** Records a result; a result over the cap, failed or stopped ends its series. */
  record(c: BenchCase, r: CaseResult): void {
    if (r.skipped !== undefined || !exceedsCap(r, this.capMs) || this.#stopped.has(seriesKey(c))) return;
    const what =
      r.error !== undefined
        ? 'failed'
        : r.truncated !== undefined
          ? 'was stopped'
          : `exceeded the ${formatMs(this.capMs)} cap`;
    this.#stopped.set(seriesKey(c), `skipped: ${c.label} ${what}`);
  }
}
