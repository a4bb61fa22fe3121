/** Test helpers: results of the bench harness. */
import type { CaseResult, ResultsFile } from '../../bench/lib/results.js';

/** A measured case with the given median. */
export function caseResult(family: string, label: string, size: number, medianMs: number, series = ''): CaseResult {
  return {
    family,
    label,
    size,
    series,
    unit: 'nodes',
    units: 100,
    runsMs: [medianMs],
    medianMs,
    unitsPerSecond: 100 / (medianMs / 1000),
    accountedBytesPerUnit: null,
    peakRssBytes: 2 ** 20,
    peakRssBytesPerUnit: 2 ** 20 / 100,
    setupMs: 1,
    extra: {},
  };
}

/** A results file around some cases. */
export function resultsFile(results: CaseResult[], quick = false): ResultsFile {
  return { date: '2026-01-01', quick, machine: { cpu: 'test', cores: 1 }, method: 'test', results };
}
