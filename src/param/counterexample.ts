/**
 * Counterexample search: a point of exact rational parameter values that satisfies every atom (assumption)
 * and one of several target systems (e.g. "some region constraint is negative"). Three strategies, in order:
 * 1. exact LP: fix variables (at simple rationals) until every polynomial is linear in the rest, then
 *    maximize a common slack `t` (`p − t ≥ 0` for strict, `p ≥ 0` for weak conditions) with the simplex
 *    method of `src/numeric/lp.ts`; when nothing needs fixing this is complete for the linear case;
 * 2. random simple rationals (small integers, halves, thirds, quarters) in a box;
 * 3. with a stated bounded box: exact subdivision, testing cell centres, pruning cells where interval bounds
 *    show an atom fails everywhere (Moore, "Interval Analysis", 1966, for the range bounds).
 * Every point returned has been checked exactly against the atoms and the system.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import { type LpConstraint, solveLp } from '../numeric/lp.js';
import {
  type Polynomial,
  polyDegree,
  polyEvaluate,
  polyNeg,
  polySubstitute,
  polyVariables,
} from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { mulberry32 as rng } from '../numeric/random.js';

/** A condition `poly ≥ 0` or `poly > 0`. */
export type Cond = { readonly poly: Polynomial; readonly strict: boolean };

/** Options of {@link searchPoint}. */
export type SearchOptions = {
  /** LP attempts with random fixings (default 40) */
  readonly lpTries?: number;
  /** random sample points (default 3000) */
  readonly samples?: number;
  /** sampling box `[-bound, bound]` (`[0, bound]` for nonnegative parameters); default 10 */
  readonly bound?: number;
  /** PRNG seed (default 1) */
  readonly seed?: number;
  /** a bounded box for exact subdivision: per parameter `[lo, hi]` */
  readonly box?: Readonly<Record<string, readonly [Rational, Rational]>>;
  /** largest number of subdivision cells (default 4000) */
  readonly maxCells?: number;
  /** parameters known to be nonnegative (sampled in `[0, bound]`) */
  readonly nonnegative?: readonly string[];
  /** an extra acceptance test on a candidate (e.g. the game is defined there) */
  readonly accept?: (values: ReadonlyMap<string, Rational>) => boolean;
};

function simpleRational(rand: () => number, lo: number, hi: number): Rational {
  const dens = [1, 1, 1, 2, 2, 3, 4, 5, 10];
  const d = dens[Math.floor(rand() * dens.length)] as number;
  const n = Math.floor(lo * d + rand() * (hi - lo) * d + 0.5);
  return new Fraction(n, d);
}

function holds(conds: readonly Cond[], vals: ReadonlyMap<string, Rational>): boolean {
  return conds.every((c) => {
    const v = polyEvaluate(c.poly, vals);
    return c.strict ? v.compare(0) > 0 : v.compare(0) >= 0;
  });
}

/** Fix variables (at simple rationals) until every polynomial has degree ≤ 1 in the rest. */
function linearize(
  conds: readonly Cond[],
  rand: () => number,
  opts: SearchOptions,
  bound: number,
): Map<string, Rational> {
  const fixed = new Map<string, Rational>();
  for (;;) {
    const bad = conds.map((c) => polySubstitute(c.poly, fixed)).find((p) => polyDegree(p) > 1);
    if (bad === undefined) return fixed;
    const candidates = [...bad.terms.values()].filter((t) => t.monomial.reduce((s, [, e]) => s + e, 0) > 1);
    const mono = candidates[Math.floor(rand() * candidates.length)]?.monomial ?? [];
    const v = mono[Math.floor(rand() * mono.length)]?.[0] as string;
    const nonneg = opts.nonnegative?.includes(v) ?? false;
    fixed.set(v, simpleRational(rand, nonneg ? 0 : -bound, bound));
  }
}

function lpPoint(
  conds: readonly Cond[],
  vars: readonly string[],
  fixed: ReadonlyMap<string, Rational>,
  bound: number,
): Map<string, Rational> | undefined {
  const free = vars.filter((v) => !fixed.has(v));
  const index = new Map(free.map((v, i) => [v, i]));
  const tIndex = free.length;
  const constraints: LpConstraint[] = [];
  for (const c of conds) {
    const p = polySubstitute(c.poly, fixed);
    const coefs = new Map<number, Rational>();
    let constant = new Fraction(0);
    for (const t of p.terms.values()) {
      const m = t.monomial[0];
      if (m === undefined) constant = t.coefficient;
      else coefs.set(index.get(m[0]) as number, t.coefficient);
    }
    if (c.strict) coefs.set(tIndex, new Fraction(-1));
    constraints.push({ coefs, op: '>=', rhs: constant.neg() });
  }
  // keep the point in a box so the LP is bounded and values stay readable
  free.forEach((_, i) => {
    constraints.push({ coefs: new Map([[i, new Fraction(1)]]), op: '<=', rhs: new Fraction(bound * 10) });
    constraints.push({ coefs: new Map([[i, new Fraction(1)]]), op: '>=', rhs: new Fraction(-bound * 10) });
  });
  constraints.push({ coefs: new Map([[tIndex, new Fraction(1)]]), op: '<=', rhs: new Fraction(1) });
  const freeSet = new Set(free.map((_, i) => i).concat([tIndex]));
  const res = solveLp({
    vars: free.length + 1,
    constraints,
    objective: new Map([[tIndex, new Fraction(1)]]),
    free: freeSet,
  });
  if (res.status !== 'optimal' || res.value.compare(0) <= 0) return undefined;
  // Second stage, for readable values: keep half the slack and minimize Σ|x_j| (u_j ≥ ±x_j).
  const n = free.length + 1;
  const second: LpConstraint[] = [
    ...constraints,
    { coefs: new Map([[tIndex, new Fraction(1)]]), op: '>=', rhs: res.value.div(2) },
  ];
  free.forEach((_, i) => {
    second.push({
      coefs: new Map([
        [n + i, new Fraction(1)],
        [i, new Fraction(-1)],
      ]),
      op: '>=',
      rhs: new Fraction(0),
    });
    second.push({
      coefs: new Map([
        [n + i, new Fraction(1)],
        [i, new Fraction(1)],
      ]),
      op: '>=',
      rhs: new Fraction(0),
    });
  });
  const small = solveLp({
    vars: n + free.length,
    constraints: second,
    objective: new Map(free.map((_, i) => [n + i, new Fraction(-1)])),
    free: freeSet,
  });
  const x = small.status === 'optimal' ? small.x : res.x;
  const out = new Map(fixed);
  free.forEach((v, i) => out.set(v, x[i] as Rational));
  return out;
}

/**
 * Searches a point satisfying all `atoms` and all conditions of at least one of `systems`.
 * @param vars - every parameter that needs a value
 * @returns the point and the index of the system it satisfies, or `undefined`
 * @remarks Since 0.1.0
 */
export function searchPoint(
  atoms: readonly Cond[],
  systems: readonly (readonly Cond[])[],
  vars: readonly string[],
  options: SearchOptions = {},
): { values: Map<string, Rational>; system: number; method: string } | undefined {
  const rand = rng(options.seed ?? 1);
  const bound = options.bound ?? 10;
  const accept = options.accept ?? (() => true);
  const allVars = [
    ...new Set([
      ...vars,
      ...atoms.flatMap((a) => polyVariables(a.poly)),
      ...systems.flat().flatMap((c) => polyVariables(c.poly)),
    ]),
  ].sort();
  const found = (vals: Map<string, Rational>, s: number) =>
    holds(atoms, vals) && holds(systems[s] as Cond[], vals) && accept(vals);
  const lpTries = options.lpTries ?? 40;
  for (let s = 0; s < systems.length; s++) {
    const conds = [...atoms, ...(systems[s] as Cond[])];
    for (let k = 0; k < lpTries; k++) {
      const fixed = linearize(conds, rand, options, bound);
      const p = lpPoint(conds, allVars, fixed, bound);
      if (p !== undefined && found(p, s))
        return { values: p, system: s, method: fixed.size === 0 ? 'exact LP' : 'LP with fixed values' };
      if (fixed.size === 0 && k > 0) break;
    }
  }
  const samples = options.samples ?? 3000;
  for (let k = 0; k < samples; k++) {
    const vals = new Map<string, Rational>();
    for (const v of allVars)
      vals.set(v, simpleRational(rand, options.nonnegative?.includes(v) === true ? 0 : -bound, bound));
    if (!holds(atoms, vals)) continue;
    for (let s = 0; s < systems.length; s++) if (found(vals, s)) return { values: vals, system: s, method: 'sampling' };
  }
  if (options.box !== undefined) return subdivide(atoms, systems, allVars, options, found);
  return undefined;
}

function subdivide(
  atoms: readonly Cond[],
  systems: readonly (readonly Cond[])[],
  vars: readonly string[],
  options: SearchOptions,
  found: (vals: Map<string, Rational>, s: number) => boolean,
): { values: Map<string, Rational>; system: number; method: string } | undefined {
  const box = options.box as Readonly<Record<string, readonly [Rational, Rational]>>;
  const queue: Map<string, readonly [Rational, Rational]>[] = [
    new Map(vars.map((v) => [v, box[v] ?? ([new Fraction(0), new Fraction(1)] as const)])),
  ];
  const max = options.maxCells ?? 4000;
  for (let cells = 0; cells < max && queue.length > 0; cells++) {
    const cell = queue.shift() as Map<string, readonly [Rational, Rational]>;
    if (
      atoms.some(
        (a) => upperBound(a.poly, cell).compare(0) < 0 || (a.strict && upperBound(a.poly, cell).compare(0) <= 0),
      )
    )
      continue;
    const centre = new Map([...cell].map(([v, [lo, hi]]) => [v, lo.add(hi).div(2)]));
    for (let s = 0; s < systems.length; s++)
      if (found(centre, s)) return { values: centre, system: s, method: 'box subdivision' };
    // split along the widest side
    let widest = '';
    let width = new Fraction(-1);
    for (const [v, [lo, hi]] of cell) if (hi.sub(lo).compare(width) > 0) [widest, width] = [v, hi.sub(lo)];
    const [lo, hi] = cell.get(widest) as readonly [Rational, Rational];
    const mid = lo.add(hi).div(2);
    queue.push(new Map([...cell, [widest, [lo, mid] as const]]), new Map([...cell, [widest, [mid, hi] as const]]));
  }
  return undefined;
}

/** An upper bound of a polynomial on a box, by interval arithmetic on each term. */
function upperBound(p: Polynomial, cell: ReadonlyMap<string, readonly [Rational, Rational]>): Rational {
  let hi = new Fraction(0);
  for (const t of p.terms.values()) {
    let lo1 = t.coefficient;
    let hi1 = t.coefficient;
    for (const [v, e] of t.monomial) {
      const [a, b] = cell.get(v) ?? [new Fraction(0), new Fraction(0)];
      const cands = [a.pow(e), b.pow(e)];
      if (e % 2 === 0 && a.compare(0) < 0 && b.compare(0) > 0) cands.push(new Fraction(0));
      const ends = [lo1, hi1].flatMap((x) => cands.map((y) => x.mul(y)));
      lo1 = ends.reduce((m, x) => (x.compare(m) < 0 ? x : m));
      hi1 = ends.reduce((m, x) => (x.compare(m) > 0 ? x : m));
    }
    hi = hi.add(hi1);
  }
  return hi;
}

/** For each goal `g ≥ 0` (or `> 0`) the system "the goal fails": `−g > 0` (or `−g ≥ 0`). @remarks Since 0.1.0 */
export function violationSystems(goals: readonly Cond[]): Cond[][] {
  return goals.map((g) => [{ poly: polyNeg(g.poly), strict: !g.strict }]);
}
