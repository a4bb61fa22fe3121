/**
 * MODEL.md N3 with many types: one-sided offers by an uninformed seller (G) to a buyer (S) whose value is
 * private, solved by backward induction over the seller's cutoff beliefs (Sobel and Takahashi 1983, "A
 * multistage model of bargaining", RES 50, §3; Fudenberg, Levine and Tirole 1985, "Infinite-horizon models
 * of bargaining with one-sided incomplete information", §2–3; Fudenberg and Tirole 1991, *Game Theory*,
 * §10.2). Buyers skim: higher values accept earlier, so after rejections the seller knows only that the
 * value is among the lowest `m` types. In state `(t, m)` the seller picks the next cutoff `m' ≤ m`: types
 * above `m'` buy now, at the price that leaves type `m'+1` indifferent between buying now and facing the
 * continuation from `(t+1, m')` (accept when indifferent), `p = v_{m'+1} − δ W_{t+1}(v_{m'+1}, m')`, where
 * `W` is a buyer's best value of waiting along the seller's future prices; `m' = m` posts a price nobody
 * accepts. Single crossing (`v − δW(v)` has slope at least `1 − δ > 0`) makes exactly the types above `m'`
 * accept. Ties between cutoffs go to the larger sale (smaller `m'`).
 *
 * This computes the seller's best equilibrium among those where every type plays a pure cutoff strategy;
 * with few types the seller can sometimes do better when the marginal type mixes (MODEL.md N3's third
 * two-type regime), which this method does not represent — with a continuum of types no mixing is needed,
 * and the discretised values converge to the continuum's.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { ONE, type Rational, type RationalLike, ZERO, rat } from '../numeric/rational.js';

/** Input of {@link cutoffScreening}. */
export type CutoffScreeningInput = {
  /** the buyer's possible values, strictly increasing and nonnegative */
  readonly values: readonly RationalLike[];
  /** their probabilities (default uniform) */
  readonly prior?: readonly RationalLike[];
  /** common discount factor, `0 ≤ δ < 1` */
  readonly delta: RationalLike;
  /** number of rounds `T ≥ 1` */
  readonly rounds: number;
};

/** Arithmetic the dynamic program runs in: exact rationals, or labelled doubles for long horizons. */
type Num<T> = {
  zero: T;
  from(r: Rational): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  cmp(a: T, b: T): number;
};
const EXACT: Num<Rational> = {
  zero: ZERO,
  from: (r) => r,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  cmp: (a, b) => a.compare(b),
};
const FLOAT: Num<number> = {
  zero: 0,
  from: (r) => r.valueOf(),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  cmp: (a, b) => a - b,
};

/** The seller's policy at one state. */
type Step<T> = { next: number; price: T | null };

/** One round of the equilibrium path. */
export type CutoffStep<T> = {
  readonly round: number;
  /** remaining types (the lowest `m`) when the round starts */
  readonly remaining: number;
  /** the price posted (`null`: a price nobody remaining accepts) */
  readonly price: T | null;
  /** types that remain after this round */
  readonly cutoff: number;
  /** probability (unconditional) that the sale happens this round */
  readonly sold: T;
};

/** What {@link cutoffScreening} returns. */
export type CutoffScreeningResult<T> = {
  /** the seller's expected payoff (round-1 units) */
  readonly value: T;
  /** the equilibrium path from all types remaining */
  readonly path: readonly CutoffStep<T>[];
  /** every price the policy posts at some state (for a generic solver's price grid) */
  readonly prices: readonly T[];
};

function solve<T>(num: Num<T>, input: CutoffScreeningInput, fn: string): CutoffScreeningResult<T> {
  const vs = input.values.map((v) => rat(v));
  const n = vs.length;
  if (n === 0) throw new InvalidArgumentError(`${fn}: values must not be empty`);
  vs.forEach((v, i) => {
    if (v.compare(ZERO) < 0 || (i > 0 && v.compare(vs[i - 1] as Rational) <= 0))
      throw new InvalidArgumentError(`${fn}: values must be nonnegative and strictly increasing (index ${i})`);
  });
  const pr = input.prior?.map((q) => rat(q)) ?? vs.map(() => rat(1, n));
  if (pr.length !== n || !pr.reduce((a, b) => a.add(b), ZERO).equals(ONE) || pr.some((q) => q.compare(ZERO) < 0))
    throw new InvalidArgumentError(`${fn}: prior must have ${n} nonnegative probabilities summing to 1`);
  const d = rat(input.delta);
  if (d.compare(ZERO) < 0 || d.compare(ONE) >= 0)
    throw new InvalidArgumentError(`${fn}: delta must lie in [0, 1); got ${d.toFraction()}`);
  const T = input.rounds;
  if (!Number.isInteger(T) || T < 1)
    throw new InvalidArgumentError(`${fn}: rounds must be a positive integer; got ${T}`);
  const v = vs.map(num.from);
  const delta = num.from(d);
  const mass: T[] = [num.zero]; // mass[m] = probability of the lowest m types
  pr.forEach((q, i) => mass.push(num.add(mass[i] as T, num.from(q))));
  // policy[t][m], value[t][m] for t = 1..T (index t-1), m = 0..n
  const policy: Step<T>[][] = Array.from({ length: T }, () => []);
  const value: T[][] = Array.from({ length: T + 1 }, () => Array.from({ length: n + 1 }, () => num.zero));
  /** W_t(v_j, m): a buyer of value v_j facing state m from round t on — its best discounted surplus along the prices (memoised) */
  const memo: Map<number, T>[] = Array.from({ length: T + 2 }, () => new Map<number, T>());
  const waitValue = (j: number, t: number, m: number): T => {
    if (t > T) return num.zero;
    const key = m * n + j;
    const hit = (memo[t] as Map<number, T>).get(key);
    if (hit !== undefined) return hit;
    const step = (policy[t - 1] as Step<T>[])[m] as Step<T>;
    let best = num.mul(delta, waitValue(j, t + 1, step.next));
    if (step.price !== null) {
      const now = num.sub(v[j] as T, step.price);
      if (num.cmp(now, best) > 0) best = now;
    }
    if (num.cmp(best, num.zero) < 0) best = num.zero;
    (memo[t] as Map<number, T>).set(key, best);
    return best;
  };
  for (let t = T; t >= 1; t--) {
    const row = policy[t - 1] as Step<T>[];
    const vals = value[t - 1] as T[];
    const later = value[t] as T[];
    for (let m = 0; m <= n; m++) {
      let best: { value: T; step: Step<T> } = { value: num.mul(delta, later[m] as T), step: { next: m, price: null } };
      for (let k = m - 1; k >= 0; k--) {
        const marginal = v[k] as T;
        const price = num.sub(marginal, num.mul(delta, waitValue(k, t + 1, k)));
        const total = num.add(num.mul(price, num.sub(mass[m] as T, mass[k] as T)), num.mul(delta, later[k] as T));
        if (num.cmp(total, best.value) >= 0) best = { value: total, step: { next: k, price } };
      }
      row[m] = best.step;
      vals[m] = best.value;
    }
  }
  const path: CutoffStep<T>[] = [];
  for (let t = 1, m = n; t <= T && m > 0; t++) {
    const step = (policy[t - 1] as Step<T>[])[m] as Step<T>;
    path.push({
      round: t,
      remaining: m,
      price: step.price,
      cutoff: step.next,
      sold: num.sub(mass[m] as T, mass[step.next] as T),
    });
    m = step.next;
  }
  const prices: T[] = [];
  for (const row of policy)
    for (const s of row)
      if (s.price !== null && !prices.some((p) => num.cmp(p, s.price as T) === 0)) prices.push(s.price);
  prices.sort(num.cmp);
  return { value: (value[0] as T[])[n] as T, path, prices };
}

/**
 * The seller's value and equilibrium path by backward induction over cutoff beliefs, exactly (see the
 * module comment).
 * @throws InvalidArgumentError for values not strictly increasing, a bad prior, `δ ∉ [0, 1)` or `rounds < 1`
 * @remarks Since 0.1.0
 */
export function cutoffScreening(input: CutoffScreeningInput): CutoffScreeningResult<Rational> {
  return solve(EXACT, input, 'cutoffScreening()');
}

/**
 * The same dynamic program in double precision (labelled floating point), for long horizons where exact
 * rationals grow large.
 * @remarks Since 0.1.0
 */
export function cutoffScreeningFloat(input: CutoffScreeningInput): CutoffScreeningResult<number> {
  return solve(FLOAT, input, 'cutoffScreeningFloat()');
}

/** Values of `n` types uniform on [0, 1]: the midpoints `(2i − 1)/(2n)`, `i = 1..n`. @remarks Since 0.1.0 */
export function uniformMidpoints(n: number): Rational[] {
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`uniformMidpoints(): n must be a positive integer; got ${n}`);
  return Array.from({ length: n }, (_, i) => rat(2 * i + 1, 2 * n));
}
