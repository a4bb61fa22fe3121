/**
 * Value-set backward induction for the stage-1 state graph: at a decision node, every continuation value
 * some subgame-perfect profile produces, with the number of such profiles; at a chance node, every
 * combination. The recurrence is the one of `src/solve/spe/value-sets.ts` (Kuhn 1953, Selten 1965), written
 * here over {@link CountedValue}s (payoffs plus the outcome distribution) so that isomorphic subgames of the
 * negotiation tree — every continuation after an offer in round `t` — are solved once per state.
 *
 * Decision node of player `i` with children `c_1…c_k`: a value `x` of child `a` with count `m` belongs to
 * `m · Π_{b≠a} G_b(x_i)` profiles, where `G_b(t)` counts child `b`'s profiles giving `i` at most `t` (no other
 * action may be better, whatever is played below it); it is an SPE value iff that product is positive, i.e.
 * `x_i ≥ max_b min_{y ∈ c_b} y_i`.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type BargainValue, type CountedValue, mergePieces, scalePieces, valueKey } from './negotiation-outcome.js';

/** Which player's payoff a node's mover maximises. */
export type Mover = 'g' | 's';

/**
 * Counts saturate: the number of pure SPE grows doubly exponentially with the rounds (every offer's
 * subgame multiplies it), so a count above `2^COUNT_BITS` is replaced by {@link TOO_MANY} and stays so.
 */
export const COUNT_BITS = 4096;
/** The saturated count ("more than `2^COUNT_BITS`"). */
export const TOO_MANY = -1n;
const LIMIT = 1n << BigInt(COUNT_BITS);
const sat = (x: bigint): bigint => (x > LIMIT ? TOO_MANY : x);
/** Saturating product of counts. @remarks Since 0.1.0 */
export function mulCount(a: bigint, b: bigint): bigint {
  return a === TOO_MANY || b === TOO_MANY ? TOO_MANY : sat(a * b);
}
/** Saturating sum of counts. @remarks Since 0.1.0 */
export function addCount(a: bigint, b: bigint): bigint {
  return a === TOO_MANY || b === TOO_MANY ? TOO_MANY : sat(a + b);
}

/** Adds counts of equal values (same payoffs and outcome). @remarks Since 0.1.0 */
export function dedupe(values: Iterable<CountedValue>): CountedValue[] {
  const byKey = new Map<string, CountedValue>();
  for (const v of values) {
    const k = valueKey(v);
    const prev = byKey.get(k);
    byKey.set(k, prev === undefined ? v : { ...prev, count: addCount(prev.count, v.count) });
  }
  return [...byKey.values()];
}

function minOf(set: readonly CountedValue[], m: Mover): Rational | undefined {
  let best: Rational | undefined;
  for (const v of set) if (best === undefined || v[m].compare(best) < 0) best = v[m];
  return best;
}

/** `G(t)`: profiles of a child giving the mover at most `t`. */
function atMost(set: readonly CountedValue[], m: Mover, t: Rational): bigint {
  let c = 0n;
  for (const v of set) if (v[m].compare(t) <= 0) c = addCount(c, v.count);
  return c;
}

/**
 * The SPE value set of a decision node (see the module comment), with exact counts.
 * @param children - each child's SPE value set (nonempty)
 * @param mover - whose payoff the node's player maximises
 * @remarks Since 0.1.0
 */
export function decisionSet(children: readonly (readonly CountedValue[])[], mover: Mover): CountedValue[] {
  let tau: Rational | undefined;
  for (const c of children) {
    const m = minOf(c, mover);
    if (m !== undefined && (tau === undefined || m.compare(tau) > 0)) tau = m;
  }
  if (tau === undefined) return [];
  const thresholds = new Map<string, { t: Rational; perChild: bigint[]; all: bigint }>();
  const prod = (t: Rational) => {
    const key = t.toFraction();
    let e = thresholds.get(key);
    if (e === undefined) {
      const perChild = children.map((c) => atMost(c, mover, t));
      e = { t, perChild, all: perChild.reduce(mulCount, 1n) };
      thresholds.set(key, e);
    }
    return e;
  };
  const out: CountedValue[] = [];
  children.forEach((c, i) => {
    for (const v of c) {
      if (v[mover].compare(tau as Rational) < 0) continue;
      const e = prod(v[mover]);
      const own = e.perChild[i] as bigint;
      // the product over the other children: all / own, unless saturated (then recompute without own)
      const others =
        e.all !== TOO_MANY && own !== TOO_MANY
          ? e.all / own
          : e.perChild.reduce((a, b, j) => (j === i ? a : mulCount(a, b)), 1n);
      out.push({ ...v, count: mulCount(v.count, others) });
    }
  });
  return dedupe(out);
}

/** One branch of a chance node: its set, its (modeller's) probability and each player's own probability. */
export type ChanceBranch = {
  readonly set: readonly CountedValue[];
  readonly prob: Rational;
  readonly beliefG: Rational;
  readonly beliefS: Rational;
};

/**
 * The SPE value set of a chance node: every combination of the branches' values, each player weighting
 * with its own probabilities; counts multiply.
 * @remarks Since 0.1.0
 */
export function chanceSet(branches: readonly ChanceBranch[], maxSize: number = Infinity): CountedValue[] | null {
  let acc: { g: Rational; s: Rational; pieces: BargainValue['outcome']; count: bigint }[] = [];
  branches.forEach((b, i) => {
    const next: typeof acc = [];
    for (const v of b.set) {
      const part = {
        g: v.g.mul(b.beliefG),
        s: v.s.mul(b.beliefS),
        pieces: scalePieces(v.outcome, b.prob),
        count: v.count,
      };
      if (i === 0) next.push(part);
      else
        for (const a of acc)
          next.push({
            g: a.g.add(part.g),
            s: a.s.add(part.s),
            pieces: [...a.pieces, ...part.pieces],
            count: a.count * part.count,
          });
    }
    acc = next;
  });
  if (acc.length > maxSize) return null;
  return dedupe(acc.map((a) => ({ g: a.g, s: a.s, outcome: mergePieces(a.pieces), count: a.count })));
}

/** The canonical choice: the first child whose canonical value is best for the mover. @remarks Since 0.1.0 */
export function firstBest<T extends BargainValue>(children: readonly T[], mover: Mover): number {
  let best = 0;
  for (let i = 1; i < children.length; i++)
    if ((children[i] as T)[mover].compare((children[best] as T)[mover]) > 0) best = i;
  return best;
}

/** A value discounted by one round (each player by its own factor). @remarks Since 0.1.0 */
export function discount<T extends BargainValue>(v: T, dG: Rational, dS: Rational): T {
  return { ...v, g: v.g.mul(dG), s: v.s.mul(dS) };
}
