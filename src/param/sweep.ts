/**
 * Sweeps: which profiles are equilibria at each point of a 2-D grid of exact rational parameter values.
 * Each region's constraints are first reduced to the two swept parameters (the others substituted), then
 * evaluated exactly at every grid point. Large grids are split by rows over `node:worker_threads`; a budget
 * (cells, time, abort signal) stops the sweep early, leaving the remaining cells `null`.
 * @remarks Since 0.1.0
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import Fraction from 'fraction.js';
import { InvalidArgumentError } from '../game/errors.js';
import { type Polynomial, polyFromTerms, polySubstitute } from '../numeric/polynomial.js';
import { type Rational, type RationalLike, formatRational, rat } from '../numeric/rational.js';
import type { CertificatePolyJson } from '../verify/certificate.js';
import { polyToJson } from './certificate.js';
import type { Region } from './region.js';

/** One axis: a parameter from `from` to `to` in `steps` equal steps (`steps + 1` grid values). */
export type SweepAxis = {
  readonly parameter: string;
  readonly from: RationalLike;
  readonly to: RationalLike;
  readonly steps: number;
};

/** Input of {@link sweepRegions}. */
export type SweepInput = {
  readonly regions: readonly { readonly label: string; readonly region: Region }[];
  readonly x: SweepAxis;
  readonly y: SweepAxis;
  /** values of every other parameter */
  readonly fixed?: Readonly<Record<string, RationalLike>>;
  /** worker threads: `0` none, a number, or `'auto'` (default: workers only above 20 000 cells) */
  readonly workers?: number | 'auto';
  readonly maxCells?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
};

/** The answer of {@link sweepRegions}. */
export type SweepResult = {
  readonly labels: readonly string[];
  readonly xParameter: string;
  readonly yParameter: string;
  readonly xs: readonly Rational[];
  readonly ys: readonly Rational[];
  /** `cells[j][i]` at `(xs[i], ys[j])`: indices of the regions that hold, or `null` when not computed */
  readonly cells: readonly (readonly (readonly number[] | null)[])[];
  readonly stopped: 'cells' | 'time' | 'signal' | null;
  readonly workers: number;
};

/** A region reduced to the swept parameters, as JSON (what a worker receives). @internal */
export type ReducedRegion = {
  readonly constraints: readonly CertificatePolyJson[];
  readonly denominators: readonly CertificatePolyJson[];
  readonly empty: boolean;
};

function axisValues(a: SweepAxis): Rational[] {
  if (!Number.isInteger(a.steps) || a.steps < 1)
    throw new InvalidArgumentError(
      `sweepRegions(): steps of ${a.parameter} must be a positive integer; got ${a.steps}`,
    );
  const from = rat(a.from);
  const step = rat(a.to).sub(from).div(a.steps);
  return Array.from({ length: a.steps + 1 }, (_, i) => from.add(step.mul(i)));
}

/** Evaluates reduced regions on rows of the grid (shared by the main thread and the workers). @internal */
export function evaluateRows(
  regions: readonly ReducedRegion[],
  xName: string,
  yName: string,
  xs: readonly string[],
  ys: readonly string[],
): number[][][] {
  const polys = regions.map((r) => ({
    empty: r.empty,
    cons: r.constraints.map((c) => polyFromTerms(c)),
    dens: r.denominators.map((c) => polyFromTerms(c)),
  }));
  const xv = xs.map((s) => rat(s));
  return ys.map((ys1) => {
    const y = rat(ys1);
    const rowPolys = polys.map((r) => ({
      empty: r.empty,
      cons: r.cons.map((p) => polySubstitute(p, { [yName]: y })),
      dens: r.dens.map((p) => polySubstitute(p, { [yName]: y })),
    }));
    return xv.map((x) => {
      const at = (p: Polynomial): Rational =>
        polySubstitute(p, { [xName]: x }).terms.get('')?.coefficient ?? new Fraction(0);
      const hold: number[] = [];
      rowPolys.forEach((r, k) => {
        if (!r.empty && r.dens.every((d) => at(d).n !== 0n) && r.cons.every((c) => at(c).compare(0) >= 0)) hold.push(k);
      });
      return hold;
    });
  });
}

function reduce(region: Region, fixed: Readonly<Record<string, Rational>>, x: string, y: string): ReducedRegion {
  const check = (p: Polynomial): CertificatePolyJson => {
    const q = polySubstitute(p, fixed);
    for (const t of q.terms.values()) {
      for (const [v] of t.monomial) {
        if (v !== x && v !== y)
          throw new InvalidArgumentError(`sweepRegions(): parameter "${v}" needs a value in fixed`);
      }
    }
    return polyToJson(q);
  };
  return {
    constraints: region.constraints.map((c) => check(c.poly)),
    denominators: region.denominators.map(check),
    empty: region.empty,
  };
}

/**
 * Sweeps a 2-D grid and reports, per cell, which regions hold.
 * @throws InvalidArgumentError for bad axes or a parameter without a value
 * @remarks Since 0.1.0
 */
export async function sweepRegions(input: SweepInput): Promise<SweepResult> {
  const xs = axisValues(input.x);
  const ys = axisValues(input.y);
  const fixed = Object.fromEntries(Object.entries(input.fixed ?? {}).map(([k, v]) => [k, rat(v)]));
  const xName = input.x.parameter;
  const yName = input.y.parameter;
  const reduced = input.regions.map((r) => reduce(r.region, fixed, xName, yName));
  const total = xs.length * ys.length;
  const maxRows =
    input.maxCells === undefined ? ys.length : Math.min(ys.length, Math.floor(input.maxCells / xs.length));
  const wanted = input.workers === undefined ? (total > 20_000 ? 'auto' : 0) : input.workers;
  const workers = wanted === 'auto' ? Math.max(1, Math.min(8, availableParallelism() - 1)) : wanted;
  const start = performance.now();
  const cells: (number[] | null)[][] = ys.map(() => xs.map(() => null));
  let stopped: SweepResult['stopped'] = maxRows < ys.length ? 'cells' : null;
  const xText = xs.map(formatRational);
  const stop = (): boolean => {
    if (input.signal?.aborted === true) stopped = 'signal';
    else if (input.timeoutMs !== undefined && performance.now() - start > input.timeoutMs) stopped = 'time';
    return stopped === 'signal' || stopped === 'time';
  };
  const chunk = Math.max(1, Math.ceil(maxRows / Math.max(1, workers * 4)));
  const jobs: number[] = [];
  for (let r = 0; r < maxRows; r += chunk) jobs.push(r);
  let used = 0;
  if (workers > 0) {
    try {
      used = await runWorkers(workers, jobs, chunk, maxRows, reduced, xName, yName, xText, ys, cells, stop);
    } catch {
      used = 0; // no worker support here (e.g. no loader for TypeScript sources): fall back to this thread
    }
  }
  if (used === 0) {
    for (const r of jobs) {
      if (stop()) break;
      const rows = evaluateRows(
        reduced,
        xName,
        yName,
        xText,
        ys.slice(r, Math.min(r + chunk, maxRows)).map(formatRational),
      );
      rows.forEach((row, k) => {
        cells[r + k] = row;
      });
    }
  }
  return {
    labels: input.regions.map((r) => r.label),
    xParameter: xName,
    yParameter: yName,
    xs,
    ys,
    cells,
    stopped,
    workers: used,
  };
}

async function runWorkers(
  n: number,
  jobs: number[],
  chunk: number,
  maxRows: number,
  reduced: readonly ReducedRegion[],
  xName: string,
  yName: string,
  xText: readonly string[],
  ys: readonly Rational[],
  cells: (number[] | null)[][],
  stop: () => boolean,
): Promise<number> {
  // from the TypeScript sources (tests, tsx) a small JavaScript bootstrap registers tsx in the worker first
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(source ? './sweep-worker.ts' : './sweep-worker.js', import.meta.url);
  const pool = Array.from({ length: Math.min(n, jobs.length) }, () =>
    source
      ? new Worker(new URL('./sweep-worker-dev.mjs', import.meta.url), { workerData: { entry: entry.href } })
      : new Worker(entry),
  );
  const queue = [...jobs];
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const r = queue.shift();
              if (r === undefined || stop()) return resolve();
              w.postMessage({
                regions: reduced,
                xName,
                yName,
                xs: xText,
                ys: ys.slice(r, Math.min(r + chunk, maxRows)).map(formatRational),
                row: r,
              });
            };
            w.on('message', (m: { row: number; rows: number[][][] }) => {
              m.rows.forEach((row, k) => {
                cells[m.row + k] = row;
              });
              next();
            });
            w.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return pool.length;
}
