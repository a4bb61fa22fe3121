/**
 * Command-line options of `bench/run.ts`.
 * @remarks Since 0.1.0
 */

/** The options of one harness run. */
export type BenchArgs = {
  readonly quick: boolean;
  /** family names or prefixes (`kuhn` selects `kuhn/lcp` and `kuhn/lp`); empty: all */
  readonly families: readonly string[];
  /** timed runs per case (after one warm-up run) */
  readonly runs: number;
  /** the timed runs of a case together aim at this many ms (fewer runs for slow cases) */
  readonly budgetMs: number;
  /** per-run cap: a series stops escalating once a run takes longer */
  readonly capMs: number;
  /** a case's child process is stopped after this many ms (setup and all runs) */
  readonly timeoutMs: number;
  readonly compare: string | null;
  /** folder for the results (JSON and markdown) instead of `bench/results` and `bench/RESULTS.md` */
  readonly out: string | null;
  readonly writeGames: string | null;
  /** only write the games of `writeGames`, no timing */
  readonly noRun: boolean;
};

const number = (argv: readonly string[], name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`bench: ${name} needs a positive number; got ${String(argv[i + 1])}`);
  return v;
};

const text = (argv: readonly string[], name: string): string | null => {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`bench: ${name} needs a value`);
  return v;
};

/**
 * Reads `--quick`, `--family A,B` (repeatable), `--runs N`, `--budget S`, `--cap S`, `--timeout S`
 * (seconds), `--compare FILE`, `--out DIR`, `--write-games DIR`, `--no-run`. Defaults: 5 runs within 60 s, a 30 s cap,
 * a 120 s timeout; quick: 3 runs within 3 s, a 20 s timeout.
 * @throws Error for a flag without a usable value
 * @remarks Since 0.1.0
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const quick = argv.includes('--quick');
  const families: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--family') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error('bench: --family needs a value');
      families.push(...v.split(',').filter((f) => f !== ''));
    }
  });
  const writeGames = text(argv, '--write-games');
  const noRun = argv.includes('--no-run');
  if (noRun && writeGames === null) throw new Error('bench: --no-run only makes sense with --write-games DIR');
  return {
    quick,
    families,
    runs: Math.floor(number(argv, '--runs', quick ? 3 : 5)),
    budgetMs: number(argv, '--budget', quick ? 3 : 60) * 1000,
    capMs: number(argv, '--cap', 30) * 1000,
    timeoutMs: number(argv, '--timeout', quick ? 20 : 120) * 1000,
    compare: text(argv, '--compare'),
    out: text(argv, '--out'),
    writeGames,
    noRun,
  };
}

/** Whether a family is selected: no selection, its exact name, or a `prefix/` of it. @remarks Since 0.1.0 */
export function selected(family: string, wanted: readonly string[]): boolean {
  return wanted.length === 0 || wanted.some((w) => family === w || family.startsWith(`${w}/`));
}
