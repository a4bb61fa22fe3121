import { describe, expect, it } from 'vitest';
import { type BenchCase, normalizeFamily } from '../../bench/family.js';
import { parseBenchArgs, selected } from '../../bench/lib/args.js';
import { Escalation, exceedsCap, seriesKey } from '../../bench/lib/escalation.js';
import { mergeResults, unmeasured } from '../../bench/lib/results.js';
import { median, plannedRuns } from '../../bench/lib/stats.js';
import { caseResult, resultsFile } from './helpers.js';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});

describe('plannedRuns', () => {
  it('keeps the requested runs for fast cases, fewer for slow ones, none past the cap', () => {
    expect(plannedRuns(10, 5, 60_000, 30_000)).toBe(5);
    expect(plannedRuns(20_000, 5, 60_000, 30_000)).toBe(3);
    expect(plannedRuns(29_000, 5, 10_000, 30_000)).toBe(1);
    expect(plannedRuns(31_000, 5, 60_000, 30_000)).toBe(0);
    expect(plannedRuns(0, 3, 1000, 30_000)).toBe(3);
    expect(plannedRuns(5000, 3, 3000, 30_000)).toBe(1); // a slow quick case still gets one timed run
  });

  it('never plans more runs than fit before the timeout', () => {
    expect(plannedRuns(10_000, 5, 60_000, 30_000, 35_000)).toBe(3);
    expect(plannedRuns(10_000, 5, 60_000, 30_000, 9_000)).toBe(0);
  });
});

describe('escalation', () => {
  const c = (label: string, size: number, params?: BenchCase['params']): BenchCase =>
    params === undefined ? { label, size } : { label, size, params };

  it('groups cases by explicit series, else by sorted parameters', () => {
    expect(seriesKey(c('a', 1))).toBe('');
    expect(seriesKey(c('a', 1, { players: 2, branching: 3 }))).toBe('branching=3,players=2');
    expect(seriesKey({ label: 'a', size: 1, series: 's', params: { x: 1 } })).toBe('s');
  });

  it('stops a series after a run over the cap or a failure, and only that series', () => {
    // Arrange
    const e = new Escalation(30_000);
    const small2 = c('b2 small', 1, { b: 2 });
    const big2 = c('b2 big', 2, { b: 2 });
    const small3 = c('b3 small', 1, { b: 3 });
    // Act
    e.record(small2, caseResult('f', small2.label, 1, 31_000));
    e.record(small3, caseResult('f', small3.label, 1, 100));
    // Assert
    expect(e.skipReason(big2)).toContain('b2 small exceeded the 30 s cap');
    expect(e.skipReason(c('b3 big', 2, { b: 3 }))).toBeNull();
    expect(exceedsCap(unmeasured({ family: 'f', label: 'x', size: 1, unit: 'u' }, { error: 'boom' }), 30_000)).toBe(
      true,
    );
  });
});

describe('mergeResults', () => {
  it('replaces the rows of re-run families and keeps the others in order', () => {
    const earlier = resultsFile([caseResult('a', 'x', 1, 5), caseResult('b', 'y', 1, 6), caseResult('b', 'z', 2, 7)]);
    const now = resultsFile([caseResult('b', 'y', 1, 3), caseResult('c', 'w', 1, 1)]);
    const merged = mergeResults(earlier, now);
    expect(merged.results.map((r) => `${r.family}:${r.label}:${r.medianMs}`)).toEqual(['a:x:5', 'b:y:3', 'c:w:1']);
  });

  it('does not mix quick and full results', () => {
    const now = resultsFile([caseResult('b', 'y', 1, 3)], true);
    expect(mergeResults(resultsFile([caseResult('a', 'x', 1, 5)]), now)).toBe(now);
  });
});

describe('parseBenchArgs', () => {
  it('reads the flags with their defaults', () => {
    const a = parseBenchArgs(['--quick', '--family', 'kuhn,spe', '--family', 'bimatrix/enummixed', '--cap', '10']);
    expect(a).toMatchObject({ quick: true, runs: 3, capMs: 10_000, compare: null, writeGames: null, noRun: false });
    expect(a.families).toEqual(['kuhn', 'spe', 'bimatrix/enummixed']);
    expect(parseBenchArgs([])).toMatchObject({ quick: false, runs: 5, capMs: 30_000, timeoutMs: 120_000 });
  });

  it('refuses flags without a usable value', () => {
    expect(() => parseBenchArgs(['--runs', 'x'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--compare'])).toThrow(/--compare/);
    expect(() => parseBenchArgs(['--no-run'])).toThrow(/--write-games/);
  });

  it('selects families by exact name or by prefix', () => {
    expect(selected('kuhn/lcp', ['kuhn'])).toBe(true);
    expect(selected('kuhn/lcp', ['kuhn/lcp'])).toBe(true);
    expect(selected('kuhnx/lcp', ['kuhn'])).toBe(false);
    expect(selected('anything', [])).toBe(true);
  });
});

describe('normalizeFamily', () => {
  it('turns the simple shape into cases, counts pivots as units and keeps the writer', async () => {
    // Arrange
    const written: string[] = [];
    const f = normalizeFamily({
      name: 's',
      sizes: [2, 4],
      quickSizes: [2],
      unit: 'pivots',
      setup: (n: number) => n,
      run: (n: unknown) => ({ pivots: Number(n) * 10, equilibria: 1, note: 'x', ignored: [1] }),
      write: (n: unknown, path: string) => {
        written.push(`${String(n)}@${path}`);
      },
      extension: 'nfg',
    });
    // Act
    const r = await f.run(f.setup({ label: 'n=4', size: 4 }, 0));
    f.write?.(4, 'p');
    // Assert
    expect(f.cases(true).map((c) => c.label)).toEqual(['n=2']);
    expect(f.cases(false).map((c) => c.size)).toEqual([2, 4]);
    expect(r).toEqual({ units: 40, extra: { pivots: 40, equilibria: 1, note: 'x' } });
    expect(written).toEqual(['4@p']);
    expect(f.extension).toBe('nfg');
  });
});
