/**
 * Benchmark harness: `npx tsx bench/run.ts [--quick] [--compare FILE] [--family NAME] [--runs N]
 * [--write-games DIR]`.
 *
 * Runs every family of `bench/families/*.ts` (see `family.ts`). Each case runs in its own child process
 * (same Node flags, plus `--expose-gc`), so that memory is measured per case: the child builds the input
 * (untimed), then times `run` several times in-process (`performance.now()`, median reported, garbage
 * collected between runs). Memory: the child's peak resident set size (`process.resourceUsage().maxRSS`)
 * minus its resident size before `setup` — i.e. the peak extra memory of building and solving the case —
 * and, separately, the bytes the family accounts for (its typed arrays). Results go to
 * `bench/results/<YYYY-MM-DD>.json` and `bench/RESULTS.md` is regenerated; `--compare` adds the speed
 * ratio against an earlier results file.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchCase, type BenchFamily, isFamily, normalizeFamily } from './family.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20_240_601;

/** One measured case. */
type CaseResult = {
  readonly family: string;
  readonly label: string;
  readonly size: number;
  readonly unit: string;
  readonly units: number;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly unitsPerSecond: number;
  readonly accountedBytesPerUnit: number | null;
  readonly peakRssBytes: number;
  readonly peakRssBytesPerUnit: number;
  readonly setupMs: number;
  readonly extra: Readonly<Record<string, number | string>>;
  readonly error?: string;
};

type ResultsFile = {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly method: string;
  readonly results: readonly CaseResult[];
};

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Every family a file exports (default or named; single or in arrays), by name. */
async function loadFamilies(file: string): Promise<BenchFamily[]> {
  const mod = (await import(file)) as Record<string, unknown>;
  const out = new Map<string, BenchFamily>();
  for (const value of Object.values(mod)) {
    for (const f of Array.isArray(value) ? value : [value]) {
      if (isFamily(f) && !out.has(f.name)) out.set(f.name, normalizeFamily(f));
    }
  }
  return [...out.values()];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Child: measure one case and send the result to the parent. */
async function child(): Promise<void> {
  const name = arg('--name') as string;
  const family = (await loadFamilies(arg('--child') as string)).find((f) => f.name === name) as BenchFamily;
  const label = arg('--label') as string;
  const runs = Number(arg('--runs') ?? 3);
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
  if (games !== undefined && family.write !== undefined) {
    family.write(input, join(games, `${family.name.replace(/[^\w.-]+/g, '_')}-${label}.${family.extension ?? 'txt'}`));
  }
  const runsMs: number[] = [];
  let last = family.run(input); // warm-up (not counted)
  for (let i = 0; i < runs; i++) {
    gc?.();
    t = performance.now();
    last = family.run(input);
    runsMs.push(performance.now() - t);
  }
  const peak = Math.max(0, process.resourceUsage().maxRSS * 1024 - baseRss);
  const med = median(runsMs);
  const result: CaseResult = {
    family: family.name,
    label,
    size: c.size,
    unit: family.unit,
    units: last.units,
    runsMs,
    medianMs: med,
    unitsPerSecond: last.units / (med / 1000),
    accountedBytesPerUnit: last.accountedBytes === undefined ? null : last.accountedBytes / last.units,
    peakRssBytes: peak,
    peakRssBytesPerUnit: peak / last.units,
    setupMs,
    extra: last.extra ?? {},
  };
  process.send?.(result);
}

function runCase(file: string, family: BenchFamily, c: BenchCase, runs: number): Promise<CaseResult> {
  return new Promise((done) => {
    const args = ['--child', file, '--name', family.name, '--label', c.label, '--runs', String(runs)];
    const games = arg('--write-games');
    if (games !== undefined) args.push('--write-games', games);
    const proc = fork(fileURLToPath(import.meta.url), args, {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=16384'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let got: CaseResult | undefined;
    proc.on('message', (m) => {
      got = m as CaseResult;
    });
    proc.on('exit', (code) => {
      done(
        got ?? {
          family: family.name,
          label: c.label,
          size: c.size,
          unit: family.unit,
          units: 0,
          runsMs: [],
          medianMs: Number.NaN,
          unitsPerSecond: Number.NaN,
          accountedBytesPerUnit: null,
          peakRssBytes: 0,
          peakRssBytesPerUnit: Number.NaN,
          setupMs: Number.NaN,
          extra: {},
          error: `child exited with code ${code}`,
        },
      );
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

const fmt = (x: number, digits = 0): string =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';

function markdown(file: ResultsFile, compare: ResultsFile | null): string {
  const m = file.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npx tsx bench/run.ts${file.quick ? ' --quick' : ''}\` on ${file.date}.`,
    '',
    `Machine: ${m['cpu']}, ${m['cores']} cores, ${m['totalMemoryGiB']} GiB RAM, ${m['os']}, Node ${m['node']}.`,
    '',
    `Method: ${file.method}`,
    '',
  ];
  const families = [...new Set(file.results.map((r) => r.family))];
  for (const fam of families) {
    const rows = file.results.filter((r) => r.family === fam);
    const unit = rows[0]?.unit ?? 'units';
    const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra)))];
    lines.push(`## ${fam}`, '');
    const head = ['case', unit, 'median ms', `${unit}/s`, `accounted B/${unit}`, `peak RSS B/${unit}`, ...extras];
    if (compare !== null) head.push('speed vs compare');
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const r of rows) {
      const cells = [
        r.label,
        fmt(r.units),
        r.error ?? fmt(r.medianMs, 1),
        fmt(r.unitsPerSecond),
        r.accountedBytesPerUnit === null ? '—' : fmt(r.accountedBytesPerUnit, 1),
        fmt(r.peakRssBytesPerUnit, 1),
        ...extras.map((k) => String(r.extra[k] ?? '')),
      ];
      if (compare !== null) {
        const old = compare.results.find((o) => o.family === r.family && o.label === r.label);
        cells.push(old === undefined ? '—' : `${fmt(old.medianMs / r.medianMs, 2)}×`);
      }
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = arg('--family');
  const runs = Number(arg('--runs') ?? (quick ? 3 : 5));
  const compareFile = arg('--compare');
  const games = arg('--write-games');
  if (games !== undefined) mkdirSync(games, { recursive: true });
  const dir = join(here, 'families');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => resolve(dir, f));
  const results: CaseResult[] = [];
  for (const file of files) {
    for (const family of await loadFamilies(file)) {
      if (only !== undefined && family.name !== only) continue;
      for (const c of family.cases(quick)) {
        const r = await runCase(file, family, c, runs);
        results.push(r);
        console.log(
          `${family.name} ${c.label}: ${r.error ?? `${fmt(r.medianMs, 1)} ms, ${fmt(r.unitsPerSecond)} ${family.unit}/s, peak ${fmt(r.peakRssBytesPerUnit, 1)} B/${family.unit}`}`,
        );
      }
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const file: ResultsFile = {
    date,
    quick,
    machine: machine(),
    method:
      'each case in a fresh child process; input built untimed; one warm-up run, then the median of ' +
      `${runs} timed runs (performance.now(), gc between runs); peak RSS = child's maxRSS (process.resourceUsage) ` +
      'minus its RSS before setup, so it covers building the input and solving; "accounted" bytes are the ' +
      'typed arrays the family reports (tree + solver work arrays).',
    results,
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', `${date}.json`), `${JSON.stringify(file, null, 2)}\n`);
  const compare =
    compareFile !== undefined && existsSync(compareFile)
      ? (JSON.parse(readFileSync(compareFile, 'utf8')) as ResultsFile)
      : null;
  writeFileSync(join(here, 'RESULTS.md'), markdown(file, compare));
  console.log(`wrote bench/results/${date}.json and bench/RESULTS.md`);
}

if (process.argv.includes('--child')) await child();
else await main();
