/**
 * `bench/RESULTS.md`: the machine and load, the method, the Gambit comparison, the largest sizes within the
 * cap, and one table per family (with the `--compare` ratio when given).
 * @remarks Since 0.1.0
 */
import { type CompareRow, formatRatio, ratioNumber } from './compare.js';
import { type GambitRow, gambitComparison, largestWithinCap } from './gambit.js';
import type { CaseResult, ResultsFile } from './results.js';

/** A number with thousands separators and fixed decimals; `—` when not finite. @remarks Since 0.1.0 */
export function fmt(x: number, digits = 0): string {
  return Number.isFinite(x)
    ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';
}

/** A duration: `0.42 ms`, `12.3 ms`, `1.23 s`, `41.2 s`, whole seconds as `30 s`; `—` when not finite. @remarks Since 0.1.0 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A markdown table row; `|` inside cells is escaped. @remarks Since 0.1.0 */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** A markdown table (header, separator, rows). @remarks Since 0.1.0 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [tableRow(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(tableRow)];
}

const load = (xs: readonly number[] | undefined): string =>
  xs === undefined ? '—' : xs.map((x) => x.toFixed(2)).join(' / ');

function ratioText(row: GambitRow): string {
  if (row.ratio === null) return '—';
  const r = row.ratio;
  const text = typeof r === 'number' ? formatRatio(r) : `${ratioNumber(r[0])}–${formatRatio(r[1])}`;
  return row.reference.didNotFinish === true ? `> ${text}` : text;
}

/** The "Gambit comparison" section. @remarks Since 0.1.0 */
export function gambitSection(file: ResultsFile): string[] {
  const cap = file.capMs ?? 30_000;
  const rows = gambitComparison(file.results).map((row) => {
    const g = row.reference;
    const s = g.seconds;
    const time =
      typeof s === 'number' ? `${g.didNotFinish === true ? 'did not finish in ' : ''}${s} s` : `${s[0]}–${s[1]} s`;
    const mem = g.peakMemoryMB === undefined ? '' : `, ${g.peakMemoryMB} MB`;
    const ours =
      row.ours === null
        ? `— (${row.missing ?? ''})`
        : `${formatMs(row.ours.medianMs)}${row.ours.peakRssBytes > 0 ? `, ${fmt(row.ours.peakRssBytes / 2 ** 20, 0)} MB` : ''}`;
    return [
      g.game,
      g.tool,
      `${time}${mem}`,
      `${g.family}${g.ours === undefined ? '' : ` (${g.ours})`}`,
      row.ours?.label ?? `size ${g.size}`,
      ours,
      ratioText(row),
    ];
  });
  const largest = largestWithinCap(file.results, cap).map((l) => [
    l.family,
    l.series === '' ? '—' : l.series,
    l.largest === null ? 'none' : l.largest.label,
    l.largest === null ? '—' : formatMs(l.largest.medianMs),
    l.beyond === null
      ? 'all listed sizes fit'
      : `${l.beyond.label}: ${l.beyond.skipped ?? l.beyond.error ?? formatMs(l.beyond.medianMs)}`,
  ]);
  return [
    '## Gambit comparison',
    '',
    "Gambit's figures were measured on this machine, exact arithmetic, one at a time, as **whole processes** " +
      '(start-up, reading the file, solving, printing). Ours are **in-process** medians of the solve alone (the ' +
      'game is built beforehand; Node start-up, parsing and printing are not included), so the ratio flatters ' +
      'us where Gambit’s own start-up matters (small games). Ratio = Gambit time ÷ our median (> 1: ours is ' +
      'faster). Memory: ours is the peak extra resident memory of building and solving the case. Gambit pivots ' +
      'in exact rationals throughout; our sequence-form solvers by default pivot in floating point and then ' +
      'certify the final basis exactly (falling back to exact pivoting), so the answer is exact either way — ' +
      'the `-exact` families pivot exactly all the way and are the like-for-like comparison. Gambit’s random ' +
      'games may differ from ours in their payoffs (same structure and size); `--write-games DIR` writes ours ' +
      'as `.efg`/`.nfg` so that Gambit can be timed on the very same files.',
    '',
    ...table(['game', 'Gambit', 'Gambit time', 'our family (method)', 'our case', 'our median', 'ratio'], rows),
    '',
    `### Largest sizes solved within ${formatMs(cap)} per run`,
    '',
    ...table(['family', 'series', 'largest case within the cap', 'median', 'next size'], largest),
    '',
  ];
}

function familyTable(rows: readonly CaseResult[], compare: readonly CompareRow[] | null): string[] {
  const unit = rows[0]?.unit ?? 'units';
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra)))];
  const head = ['case', unit, 'median', 'runs', `${unit}/s`, 'peak RSS MB', `accounted B/${unit}`, 'load'];
  head.push(...extras);
  if (compare !== null) head.push('speed vs compare');
  const body = rows.map((r) => {
    const status = r.skipped ?? r.error;
    const cells = [
      r.label,
      status === undefined ? fmt(r.units) : '—',
      status ?? formatMs(r.medianMs),
      status === undefined ? (r.truncated === undefined ? String(r.runsMs.length) : `1 (${r.truncated})`) : '—',
      status === undefined ? fmt(r.unitsPerSecond) : '—',
      status === undefined ? fmt(r.peakRssBytes / 2 ** 20, 1) : '—',
      r.accountedBytesPerUnit === null ? '—' : fmt(r.accountedBytesPerUnit, 1),
      r.loadAverage === undefined ? '—' : r.loadAverage.toFixed(1),
      ...extras.map((k) => String(r.extra[k] ?? '')),
    ];
    if (compare !== null) {
      cells.push(formatRatio(compare.find((c) => c.family === r.family && c.label === r.label)?.ratio ?? null));
    }
    return cells;
  });
  return table(head, body);
}

/**
 * The whole `RESULTS.md`.
 * @param compare - rows of `compareResults`, for the ratio column
 * @param compareName - the earlier file's name, for the text
 * @remarks Since 0.1.0
 */
export function markdown(
  file: ResultsFile,
  compare: readonly CompareRow[] | null = null,
  compareName: string | null = null,
): string {
  const m = file.machine;
  const cap = file.capMs ?? 30_000;
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npx tsx bench/run.ts${file.quick ? ' --quick' : ''}\` on ${file.date}` +
      `${file.quick ? ' (quick sizes)' : ''}. Regenerate with \`npm run bench\` (full, about 30 minutes) or ` +
      '`npm run bench:quick`; `--family NAME` re-runs one family and merges it into the same day’s file.',
    '',
    `Machine: ${m['cpu']}, ${m['cores']} cores, ${m['totalMemoryGiB']} GiB RAM, ${m['os']}, Node ${m['node']}.`,
    '',
    `Load average (1 / 5 / 15 min): ${load(file.loadAverage?.start)} at the start, ${load(file.loadAverage?.end)} ` +
      `at the end; the \`load\` column is the 1-minute load when each case started. A load above the core count ` +
      '(other work on the machine) makes every time here pessimistic.',
    '',
    `Method: ${file.method}`,
    '',
    `Escalation: the cases of a family (per series) run in increasing size; once one run takes more than ` +
      `${formatMs(cap)} (or fails or reaches the timeout), the larger sizes of that series are skipped.`,
    '',
    ...(compare === null
      ? []
      : [
          `Speed vs compare: earlier median ÷ current median against \`${compareName ?? 'an earlier file'}\`, for ` +
            'the cases of this run (> 1: faster now).',
          '',
        ]),
    ...gambitSection(file),
  ];
  for (const fam of new Set(file.results.map((r) => r.family))) {
    lines.push(`## ${fam}`, '');
    const d = file.descriptions?.[fam];
    if (d !== undefined && d !== '') lines.push(d, '');
    lines.push(
      ...familyTable(
        file.results.filter((r) => r.family === fam),
        compare,
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
