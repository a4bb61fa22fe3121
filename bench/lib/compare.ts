/**
 * `--compare FILE`: the speed ratio of each case against an earlier results file (earlier median ÷ current
 * median, so `2×` means twice as fast now), matched by family and case label, with a geometric mean per
 * family.
 * @remarks Since 0.1.0
 */
import { type CaseResult, type ResultsFile, measured } from './results.js';

/** One compared case. */
export type CompareRow = {
  readonly family: string;
  readonly label: string;
  readonly earlierMs: number | null;
  readonly currentMs: number | null;
  /** earlier ÷ current median; `null` when either side has no measurement */
  readonly ratio: number | null;
};

/** Per-family summary: geometric mean of the ratios of the cases measured on both sides. */
export type CompareSummary = { readonly family: string; readonly cases: number; readonly geometricMean: number | null };

const msOf = (r: CaseResult | undefined): number | null => (r !== undefined && measured(r) ? r.medianMs : null);

/**
 * Rows for every current case (earlier cases without a current counterpart are left out).
 * @remarks Since 0.1.0
 */
export function compareResults(current: ResultsFile, earlier: ResultsFile): CompareRow[] {
  const old = new Map(earlier.results.map((r) => [`${r.family}\u0000${r.label}`, r]));
  return current.results.map((r) => {
    const earlierMs = msOf(old.get(`${r.family}\u0000${r.label}`));
    const currentMs = msOf(r);
    const ratio = earlierMs !== null && currentMs !== null && currentMs > 0 ? earlierMs / currentMs : null;
    return { family: r.family, label: r.label, earlierMs, currentMs, ratio };
  });
}

/** Geometric mean of the ratios, per family in first-seen order. @remarks Since 0.1.0 */
export function summarizeComparison(rows: readonly CompareRow[]): CompareSummary[] {
  const families = [...new Set(rows.map((r) => r.family))];
  return families.map((family) => {
    const ratios = rows.filter((r) => r.family === family && r.ratio !== null).map((r) => r.ratio as number);
    const geometricMean =
      ratios.length === 0 ? null : Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length);
    return { family, cases: ratios.length, geometricMean };
  });
}

/** A ratio without the sign: two decimals below 10, one below 100, none above. @remarks Since 0.1.0 */
export function ratioNumber(ratio: number): string {
  return ratio.toFixed(ratio < 10 ? 2 : ratio < 100 ? 1 : 0);
}

/** `1.23×`, `12.3×`, `123×`, or `—` for no ratio. @remarks Since 0.1.0 */
export function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? '—' : `${ratioNumber(ratio)}×`;
}

/**
 * The comparison as plain-text lines for the console.
 * @remarks Since 0.1.0
 */
export function comparisonLines(rows: readonly CompareRow[], earlierName: string): string[] {
  const ms = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)} ms`);
  const lines = [`speed vs ${earlierName} (earlier median ÷ current median; > 1 = faster now):`];
  for (const r of rows)
    lines.push(`  ${r.family} ${r.label}: ${ms(r.earlierMs)} → ${ms(r.currentMs)}  ${formatRatio(r.ratio)}`);
  for (const s of summarizeComparison(rows)) {
    lines.push(`  ${s.family}: geometric mean ${formatRatio(s.geometricMean)} over ${s.cases} case(s)`);
  }
  return lines;
}
