/**
 * Benchmark harness: `npx tsx bench/run.ts [--quick] [--family NAME[,NAME…]] [--runs N] [--budget S]
 * [--cap S] [--timeout S] [--compare FILE] [--out DIR] [--write-games DIR [--no-run]]` (options: `lib/args.ts`).
 *
 * Runs every family of `bench/families/*.ts` (see `family.ts`). Each case runs in its own child process
 * (same Node flags, plus `--expose-gc`), so that memory is measured per case: the child builds the input
 * (untimed), runs `run` once as a warm-up, then times it several times in-process (`performance.now()`,
 * median reported, garbage collected between runs; fewer runs when one takes long, none beyond the warm-up
 * when the warm-up exceeded the cap). Memory: the child's peak resident set size
 * (`process.resourceUsage().maxRSS`) minus its resident size before `setup`. A family's cases run in
 * increasing size per series and a series stops once a run exceeds the cap (`lib/escalation.ts`); a child
 * is stopped at the timeout.
 *
 * Output: full runs `bench/results/<YYYY-MM-DD>.json` and `bench/RESULTS.md`; quick runs
 * `bench/results/<YYYY-MM-DD>-quick.json` and `-quick.md` (so a quick run never replaces the full table);
 * `--out DIR` writes `<date>[-quick].json` and `.md` to DIR instead.
 * A run restricted by `--family` is merged into that day's file. `--compare FILE` prints the speed ratio
 * against an earlier results file and adds it as a column.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchFamily } from './family.js';
import { type BenchArgs, parseBenchArgs, selected } from './lib/args.js';
import { comparisonLines, compareResults } from './lib/compare.js';
import { Escalation, seriesKey } from './lib/escalation.js';
import { familyFiles, loadFamilies } from './lib/load.js';
import { fmt, formatMs, markdown } from './lib/markdown.js';
import { type CaseResult, type ResultsFile, mergeResults, unmeasured } from './lib/results.js';
import { median, plannedRuns } from './lib/stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20_240_601;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** `DIR/<family>-<label before any parenthesis>.<ext>`, e.g. `kuhn_lcp-N=8.efg`. */
const gamePath = (dir: string, family: BenchFamily, label: string): string => {
  const short = label.split(' (')[0] ?? label;
  return join(dir, `${`${family.name}-${short}`.replace(/[^\w.=+-]+/g, '_')}.${family.extension ?? 'txt'}`);
};

/** Messages from a child: the warm-up (a fallback if the child is stopped later), then the result or an error. */
type ChildMessage =
  | { readonly kind: 'warmup' | 'done'; readonly result: CaseResult }
  | { readonly kind: 'error'; readonly message: string };

/** Child: measure one case and send the result to the parent. */
async function child(): Promise<void> {
  const name = arg('--name') as string;
  const family = (await loadFamilies(arg('--child') as string)).find((f) => f.name === name) as BenchFamily;
  const label = arg('--label') as string;
  const runs = Number(arg('--runs') ?? 3);
  const budgetMs = Number(arg('--budget') ?? 60_000);
  const capMs = Number(arg('--cap') ?? 30_000);
  const c = family
    .cases(false)
    .concat(family.cases(true))
    .find((x) => x.label === label) as BenchCase;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseRss = process.memoryUsage().rss;
  let t = performance.now();
  const input = family.setup(c, SEED);
  const setupMs = performance.now() - t;
  const games = arg('--write-games');
  if (games !== undefined && family.write !== undefined) family.write(input, gamePath(games, family, label));
  const report = (
    kind: 'warmup' | 'done',
    runsMs: number[],
    warmupMs: number,
    last: Awaited<ReturnType<BenchFamily['run']>>,
  ): void => {
    const peak = Math.max(0, process.resourceUsage().maxRSS * 1024 - baseRss);
    const med = median(runsMs);
    const result: CaseResult = {
      family: family.name,
      label,
      size: c.size,
      series: seriesKey(c),
      unit: family.unit,
      units: last.units,
      runsMs,
      medianMs: med,
      warmupMs,
      unitsPerSecond: last.units / (med / 1000),
      accountedBytesPerUnit: last.accountedBytes === undefined ? null : last.accountedBytes / last.units,
      peakRssBytes: peak,
      peakRssBytesPerUnit: peak / last.units,
      setupMs,
      extra: last.extra ?? {},
    };
    process.send?.({ kind, result } satisfies ChildMessage);
  };
  t = performance.now();
  let last = await family.run(input); // warm-up: not in the median unless it is the only run
  const warmupMs = performance.now() - t;
  // stay within the parent's timeout: performance.now() counts from this process's start
  const left = Number(arg('--timeout') ?? Number.POSITIVE_INFINITY) - performance.now();
  const timed = plannedRuns(warmupMs, runs, budgetMs, capMs, 0.8 * left);
  report('warmup', [warmupMs], warmupMs, last);
  const runsMs: number[] = [];
  for (let i = 0; i < timed; i++) {
    gc?.();
    t = performance.now();
    last = await family.run(input);
    runsMs.push(performance.now() - t);
  }
  report('done', timed === 0 ? [warmupMs] : runsMs, warmupMs, last);
}

function runCase(file: string, family: BenchFamily, c: BenchCase, a: BenchArgs): Promise<CaseResult> {
  const loadAverage = os.loadavg()[0] ?? 0;
  return new Promise((done) => {
    const args = ['--child', file, '--name', family.name, '--label', c.label, '--runs', String(a.runs)];
    args.push('--budget', String(a.budgetMs), '--cap', String(a.capMs), '--timeout', String(a.timeoutMs));
    if (a.writeGames !== null) args.push('--write-games', a.writeGames);
    const proc: ChildProcess = fork(fileURLToPath(import.meta.url), args, {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=16384'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let warm: CaseResult | undefined;
    let got: CaseResult | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, a.timeoutMs);
    let failure: string | undefined;
    proc.on('message', (m: ChildMessage) => {
      if (m.kind === 'error') failure = m.message;
      else if (m.kind === 'done') got = m.result;
      else warm = m.result;
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      const base = { family: family.name, label: c.label, size: c.size, unit: family.unit, series: seriesKey(c) };
      const why = timedOut
        ? `stopped after ${formatMs(a.timeoutMs)}`
        : (failure ?? `child exited with ${signal ?? `code ${code}`}`);
      if (got !== undefined) done({ ...got, loadAverage });
      else if (warm !== undefined) done({ ...warm, loadAverage, truncated: `${why}; warm-up run only` });
      else done(unmeasured(base, { error: why }, loadAverage));
    });
  });
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

const loadNow = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);

async function familiesOf(a: BenchArgs): Promise<{ file: string; family: BenchFamily }[]> {
  const files = familyFiles(join(here, 'families'));
  const out: { file: string; family: BenchFamily }[] = [];
  for (const file of files) {
    for (const family of await loadFamilies(file)) if (selected(family.name, a.families)) out.push({ file, family });
  }
  return out;
}

/** `--write-games DIR --no-run`: build and write every case's game, nothing timed. */
function writeOnly(list: readonly { family: BenchFamily }[], a: BenchArgs): void {
  const dir = a.writeGames as string;
  for (const { family } of list) {
    if (family.write === undefined) {
      console.log(`${family.name}: no game writer, skipped`);
      continue;
    }
    for (const c of family.cases(a.quick)) {
      const path = gamePath(dir, family, c.label);
      family.write(family.setup(c, SEED), path);
      console.log(`wrote ${path}`);
    }
  }
}

async function main(): Promise<void> {
  const a = parseBenchArgs(process.argv.slice(2));
  if (a.writeGames !== null) mkdirSync(a.writeGames, { recursive: true });
  const list = await familiesOf(a);
  if (list.length === 0) throw new Error(`bench: no family matches ${a.families.join(', ')}`);
  if (a.noRun) return writeOnly(list, a);
  const earlierCompare = a.compare === null ? null : (JSON.parse(readFileSync(a.compare, 'utf8')) as ResultsFile); // fails loudly if missing
  const start = loadNow();
  const results: CaseResult[] = [];
  const descriptions: Record<string, string> = {};
  for (const { file, family } of list) {
    descriptions[family.name] = family.description;
    const escalation = new Escalation(a.capMs);
    for (const c of family.cases(a.quick)) {
      const skip = escalation.skipReason(c);
      const base = { family: family.name, label: c.label, size: c.size, unit: family.unit, series: seriesKey(c) };
      const r = skip !== null ? unmeasured(base, { skipped: skip }) : await runCase(file, family, c, a);
      escalation.record(c, r);
      results.push(r);
      const status =
        r.skipped ??
        r.error ??
        `${formatMs(r.medianMs)} (median of ${r.runsMs.length}), ${fmt(r.unitsPerSecond)} ${family.unit}/s, ` +
          `peak ${fmt(r.peakRssBytes / 2 ** 20, 1)} MB, setup ${formatMs(r.setupMs)}, load ${(r.loadAverage ?? 0).toFixed(1)}`;
      console.log(`${family.name} ${c.label}: ${status}`);
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const now: ResultsFile = {
    date,
    quick: a.quick,
    machine: machine(),
    method:
      'each case in a fresh child process; input built untimed; one warm-up run, then the median of up to ' +
      `${a.runs} timed runs within about ${Math.round(a.budgetMs / 1000)} s (performance.now(), gc between runs; ` +
      'a case whose warm-up exceeds the cap reports the warm-up alone); peak RSS = the child’s maxRSS ' +
      '(process.resourceUsage) minus its RSS before setup, so it covers building the input and solving; ' +
      '"accounted" bytes are the typed arrays the family reports (tree + solver work arrays).',
    loadAverage: { start, end: loadNow() },
    capMs: a.capMs,
    descriptions,
    results,
  };
  const dir = a.out ?? join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const stem = `${date}${a.quick ? '-quick' : ''}`;
  const jsonPath = join(dir, `${stem}.json`);
  const earlier =
    a.families.length > 0 && existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as ResultsFile) : null;
  const file = mergeResults(earlier, now);
  writeFileSync(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  const compare = earlierCompare === null ? null : compareResults(now, earlierCompare);
  if (compare !== null) for (const line of comparisonLines(compare, basename(a.compare ?? ''))) console.log(line);
  const mdPath = a.quick || a.out !== null ? join(dir, `${stem}.md`) : join(here, 'RESULTS.md');
  writeFileSync(mdPath, markdown(file, compare, a.compare === null ? null : basename(a.compare)));
  console.log(`wrote ${jsonPath} and ${mdPath}`);
}

if (process.argv.includes('--child')) {
  try {
    await child();
  } catch (e) {
    process.send?.({ kind: 'error', message: e instanceof Error ? e.message : String(e) } satisfies ChildMessage);
    process.exitCode = 1;
  }
} else await main();
