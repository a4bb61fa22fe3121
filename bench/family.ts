/**
 * The shape of a benchmark family. A family file is `bench/families/<name>.ts`; `bench/run.ts` runs every
 * family it exports (default or named export, a single family or an array of families). Two shapes are
 * accepted: the full {@link BenchFamily} (cases with labels, accounted bytes, extra columns, `.efg` output)
 * and the minimal {@link SimpleBenchFamily} `{ name, sizes, setup(size, seed), run(input) }`, whose `run`
 * returns a number of work units or an object of numbers (`units`, else `pivots`, else `nodes`, counts as
 * the work; every number becomes a column).
 * @remarks Since 0.1.0
 */

/** One size of a family. */
export type BenchCase = {
  /** short label, unique within the family, e.g. `b2-p2-1e6` */
  readonly label: string;
  /** the size parameter handed to `setup` (nodes, strategies, …) */
  readonly size: number;
  /** free-form parameters the family understands */
  readonly params?: Readonly<Record<string, number | string | boolean>>;
  /**
   * the series the case belongs to: cases of one series differ only in size and run in increasing size; the
   * harness stops a series once a run exceeds the cap. Default: the parameters (`bench/lib/escalation.ts`)
   */
  readonly series?: string;
};

/** What one timed run reports. */
export type BenchRunResult = {
  /** work units done (nodes, pivots, profiles, …), for units/second */
  readonly units: number;
  /** bytes the family accounts for (data structures it allocated), for bytes/unit; optional */
  readonly accountedBytes?: number;
  /** anything else worth a column (counts, stats) */
  readonly extra?: Readonly<Record<string, number | string>>;
};

/** A benchmark family. */
export type BenchFamily<I = unknown> = {
  readonly name: string;
  readonly description: string;
  /** the unit `run` counts, e.g. `'nodes'` */
  readonly unit: string;
  /** cases of the quick run (CI-sized) and of the full run */
  readonly cases: (quick: boolean) => readonly BenchCase[];
  /** builds the input, deterministically from the seed (not timed) */
  readonly setup: (c: BenchCase, seed: number) => I;
  /** the timed part (may be asynchronous, e.g. a sweep over worker threads) */
  readonly run: (input: I) => BenchRunResult | Promise<BenchRunResult>;
  /** optional: writes the input as a file other tools can read (e.g. `.efg`) */
  readonly write?: (input: I, path: string) => void;
  /** optional: file extension of `write` */
  readonly extension?: string;
};

/** Identity helper giving a family its type. @remarks Since 0.1.0 */
export function defineFamily<I>(family: BenchFamily<I>): BenchFamily<I> {
  return family;
}

/** The minimal family shape: sizes, a seeded setup, and a run returning work units or numeric stats. */
export type SimpleBenchFamily<I = unknown> = {
  readonly name: string;
  readonly sizes: readonly number[];
  /** sizes of the quick run; default all `sizes` */
  readonly quickSizes?: readonly number[];
  readonly unit?: string;
  readonly description?: string;
  setup(size: number, seed: number): I;
  run(input: I): number | Readonly<Record<string, unknown>>;
  /** optional: writes the input as a file other tools can read (e.g. `.nfg`) */
  write?(input: I, path: string): void;
  /** optional: file extension of `write` */
  readonly extension?: string;
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Whether a module export is a family of either shape. @remarks Since 0.1.0 */
export function isFamily(x: unknown): x is BenchFamily | SimpleBenchFamily {
  return (
    isObject(x) &&
    typeof x['name'] === 'string' &&
    typeof x['setup'] === 'function' &&
    typeof x['run'] === 'function' &&
    (typeof x['cases'] === 'function' || Array.isArray(x['sizes']))
  );
}

/** Brings either shape to the full one. @remarks Since 0.1.0 */
export function normalizeFamily(f: BenchFamily | SimpleBenchFamily): BenchFamily {
  if ('cases' in f && typeof f.cases === 'function') return f as BenchFamily;
  const s = f as SimpleBenchFamily;
  return {
    name: s.name,
    description: s.description ?? '',
    unit: s.unit ?? 'units',
    cases: (quick) => (quick ? (s.quickSizes ?? s.sizes) : s.sizes).map((size) => ({ label: `n=${size}`, size })),
    setup: (c, seed) => s.setup(c.size, seed),
    run: (input) => {
      const r = s.run(input);
      if (typeof r === 'number') return { units: r };
      const extra: Record<string, number | string> = {};
      for (const [k, v] of Object.entries(r)) if (typeof v === 'number' || typeof v === 'string') extra[k] = v;
      const units = [r['units'], r['pivots'], r['nodes']].find((v): v is number => typeof v === 'number') ?? 1;
      return { units, extra };
    },
    ...(s.write !== undefined ? { write: s.write.bind(s) } : {}),
    ...(s.extension !== undefined ? { extension: s.extension } : {}),
  };
}
