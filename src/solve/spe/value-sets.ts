/**
 * Value sets: for a subtree, every continuation payoff vector that some subgame-perfect profile of the
 * subtree produces, with the number of such profiles. With ties, different optimal choices can give the
 * mover equal payoffs but the others different ones, so a node's value is a set, and whether an action is
 * optimal depends on which equilibrium is played below the other actions.
 *
 * Recurrences (integers scaled as in `scales.ts`):
 * - personal node of player `i`, children `c_1…c_k`: action `a` with child vector `x` (count `m`) is part
 *   of `m · Π_{b≠a} G_b(x_i)` profiles, where `G_b(t)` counts the child-`b` profiles whose vector gives
 *   `i` at most `t` (every other action must be no better, whatever is played below it);
 * - chance node: each combination of child vectors gives the probability-weighted sum, with the product of
 *   the counts.
 * The total count is the number of pure subgame-perfect equilibria (Selten 1965; Kuhn 1953 for existence).
 * @remarks Since 0.1.0
 */

/** The value set of a subtree. */
export type ValueSet = {
  /** distinct scaled value vectors */
  readonly vecs: readonly (readonly bigint[])[];
  /** profiles of the subtree producing each vector (all positive) */
  readonly counts: readonly bigint[];
  /** index of the vector of the canonical equilibrium (first optimal action everywhere) */
  readonly canon: number;
  /** sum of `counts`: the number of subgame-perfect profiles of the subtree */
  readonly total: bigint;
};

/** A value set being built: vectors merged by key. */
export type SetBuilder = {
  readonly keys: Map<string, number>;
  readonly vecs: bigint[][];
  readonly counts: bigint[];
};

/** A new empty builder. @remarks Since 0.1.0 */
export function newBuilder(): SetBuilder {
  return { keys: new Map(), vecs: [], counts: [] };
}

/** The key of a vector. @remarks Since 0.1.0 */
export const keyOf = (vec: readonly bigint[]): string => vec.join(',');

/** Adds `count` profiles with vector `vec`. @remarks Since 0.1.0 */
export function addTo(b: SetBuilder, vec: bigint[], count: bigint): void {
  const key = keyOf(vec);
  const at = b.keys.get(key);
  if (at === undefined) {
    b.keys.set(key, b.vecs.length);
    b.vecs.push(vec);
    b.counts.push(count);
  } else b.counts[at] = (b.counts[at] as bigint) + count;
}

/**
 * Finishes a builder; `canonVec` must be one of its vectors.
 * @throws RangeError if the canonical vector is missing (an internal inconsistency)
 * @remarks Since 0.1.0
 */
export function finish(b: SetBuilder, canonVec: readonly bigint[]): ValueSet {
  const canon = b.keys.get(keyOf(canonVec));
  if (canon === undefined) throw new RangeError('value set: the canonical equilibrium vector is missing');
  let total = 0n;
  for (const c of b.counts) total += c;
  return { vecs: b.vecs, counts: b.counts, canon, total };
}

/** A value set with one vector and count 1. @remarks Since 0.1.0 */
export function singleton(vec: readonly bigint[]): ValueSet {
  return { vecs: [vec], counts: [1n], canon: 0, total: 1n };
}

/** A cumulative count of one child's profiles by the mover's payoff, for `G_b(t)` lookups. */
export type Cumulative = {
  readonly values: readonly bigint[];
  /** `prefix[k]`: total count of the `k` smallest values */
  readonly prefix: readonly bigint[];
};

/** Builds the cumulative count of `set`'s (rescaled) vectors by player `i`'s entry. @remarks Since 0.1.0 */
export function cumulative(vecs: readonly (readonly bigint[])[], counts: readonly bigint[], i: number): Cumulative {
  const order = vecs
    .map((_, k) => k)
    .sort((a, b) => {
      const x = (vecs[a] as readonly bigint[])[i] as bigint;
      const y = (vecs[b] as readonly bigint[])[i] as bigint;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const values = order.map((k) => (vecs[k] as readonly bigint[])[i] as bigint);
  const prefix = [0n];
  for (const k of order) prefix.push((prefix[prefix.length - 1] as bigint) + (counts[k] as bigint));
  return { values, prefix };
}

/** `G(t)`: the total count of vectors whose entry is at most `t`. @remarks Since 0.1.0 */
export function countAtMost(c: Cumulative, t: bigint): bigint {
  let lo = 0;
  let hi = c.values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.values[mid] as bigint) <= t) lo = mid + 1;
    else hi = mid;
  }
  return c.prefix[lo] as bigint;
}
