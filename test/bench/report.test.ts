import { describe, expect, it } from 'vitest';
import { compareResults, comparisonLines, formatRatio, summarizeComparison } from '../../bench/lib/compare.js';
import { type GambitReference, gambitComparison, largestWithinCap } from '../../bench/lib/gambit.js';
import { fmt, formatMs, markdown, table } from '../../bench/lib/markdown.js';
import { unmeasured } from '../../bench/lib/results.js';
import { caseResult, resultsFile } from './helpers.js';

describe('compareResults', () => {
  it('divides the earlier median by the current one, per family and label', () => {
    // Arrange
    const earlier = resultsFile([
      caseResult('a', 'x', 1, 200),
      caseResult('a', 'y', 2, 50),
      caseResult('b', 'z', 1, 10),
    ]);
    const current = resultsFile([
      caseResult('a', 'x', 1, 100),
      caseResult('a', 'y', 2, 100),
      caseResult('a', 'new', 3, 1),
      unmeasured({ family: 'b', label: 'z', size: 1, unit: 'u' }, { skipped: 'skipped' }),
    ]);
    // Act
    const rows = compareResults(current, earlier);
    // Assert
    expect(rows.map((r) => r.ratio)).toEqual([2, 0.5, null, null]);
    const [a, b] = summarizeComparison(rows);
    expect(a?.cases).toBe(2);
    expect(a?.geometricMean).toBeCloseTo(1, 12); // sqrt(2 · 0.5)
    expect(b).toEqual({ family: 'b', cases: 0, geometricMean: null });
    expect(comparisonLines(rows, 'old.json')[1]).toBe('  a x: 200.0 ms → 100.0 ms  2.00×');
  });

  it('formats ratios', () => {
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(12.34)).toBe('12.3×');
    expect(formatRatio(413.9)).toBe('414×');
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('gambitComparison', () => {
  const refs: GambitReference[] = [
    { family: 'f', size: 8, game: 'g8', tool: 'G', seconds: 2 },
    { family: 'f', size: 9, game: 'g9', tool: 'G', seconds: [10, 40] },
    { family: 'f', size: 10, game: 'g10', tool: 'G', seconds: 100, didNotFinish: true },
    { family: 'f', size: 11, game: 'g11', tool: 'G', seconds: 1 },
    { family: 'h', size: 1, game: 'h1', tool: 'G', seconds: 1 },
  ];

  it('divides Gambit’s time by our median at the same size, and says why a ratio is missing', () => {
    const results = [
      caseResult('f', 'n=8', 8, 500),
      caseResult('f', 'n=9', 9, 1000),
      caseResult('f', 'n=10', 10, 2000),
      unmeasured({ family: 'f', label: 'n=11', size: 11, unit: 'u' }, { skipped: 'skipped: n=10 exceeded' }),
    ];
    const rows = gambitComparison(results, refs);
    expect(rows.map((r) => r.ratio)).toEqual([4, [10, 40], 50, null, null]);
    expect(rows.map((r) => r.missing)).toEqual([null, null, null, 'skipped: n=10 exceeded', 'not run']);
  });

  it('finds the largest size within the cap per series, and the next one', () => {
    const results = [
      caseResult('f', 'a1', 1, 10, 'a'),
      caseResult('f', 'a2', 2, 20_000, 'a'),
      caseResult('f', 'a3', 3, 40_000, 'a'),
      unmeasured({ family: 'f', label: 'a4', size: 4, unit: 'u', series: 'a' }, { skipped: 'skipped' }),
      caseResult('f', 'b1', 1, 10, 'b'),
    ];
    const rows = largestWithinCap(results, 30_000);
    expect(rows.map((r) => [r.series, r.largest?.label, r.beyond?.label ?? null])).toEqual([
      ['a', 'a2', 'a3'],
      ['b', 'b1', null],
    ]);
  });
});

describe('markdown', () => {
  it('formats numbers, durations and tables', () => {
    expect(fmt(1234567.891, 1)).toBe('1,234,567.9');
    expect(fmt(Number.NaN)).toBe('—');
    expect([0.5, 12.34, 1234, 41_234, 30_000].map(formatMs)).toEqual([
      '0.50 ms',
      '12.3 ms',
      '1.23 s',
      '41.2 s',
      '30 s',
    ]);
    expect(table(['a', 'b'], [['1', 'x|y']])).toEqual(['| a | b |', '|---|---|', '| 1 | x\\|y |']);
  });

  it('states the machine, the load, the Gambit comparison and one table per family', () => {
    // Arrange
    const file = {
      ...resultsFile([
        caseResult('kuhn/lcp', 'N=8', 8, 400),
        caseResult('bimatrix/enummixed', 'n=12', 12, 200),
        caseResult('spe/binary-tree', 'd=14', 14, 500),
        caseResult('other', 'n=1', 1, 3),
      ]),
      loadAverage: { start: [1.5, 1, 0.5], end: [2, 1, 0.5] },
      descriptions: { 'kuhn/lcp': 'Lemke on Kuhn poker' },
    };
    // Act
    const md = markdown(file, compareResults(file, resultsFile([caseResult('kuhn/lcp', 'N=8', 8, 800)])));
    // Assert
    expect(md).toContain('Machine: test, 1 cores');
    expect(md).toContain('1.50 / 1.00 / 0.50 at the start');
    expect(md).toContain('## Gambit comparison');
    expect(md).toContain('**whole processes**');
    expect(md).toContain('**in-process**');
    expect(md).toContain(
      '| 8-card Kuhn poker | Gambit 17 gambit-lcp | 1.6 s | kuhn/lcp (float pivoting, exact certificate) | N=8 | 400.0 ms, 1 MB | 4.00× |',
    );
    expect(md).toContain(
      '| 12-card Kuhn poker | Gambit 17 gambit-lcp | 29 s | kuhn/lcp-exact (exact BigInt pivoting) | size 12 | — (not run) | — |',
    );
    expect(md).toContain('| 200.0 ms, 1 MB | 140–445× |'); // 28–89 s ÷ 0.2 s
    expect(md).toContain(
      '| did not finish in 100 s | spe/binary-tree (backward induction, exact) | d=14 | 500.0 ms, 1 MB | > 200× |',
    );
    expect(md).toContain('## kuhn/lcp\n\nLemke on Kuhn poker\n');
    expect(md).toContain('speed vs compare');
    expect(md).toContain('| N=8 | 100 | 400.0 ms | 1 |');
    expect(md).toContain('| 2.00× |');
  });
});
