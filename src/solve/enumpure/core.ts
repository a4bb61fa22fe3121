/**
 * Pure Nash equilibria by enumeration over pure profiles, for any number of players (Gambit's
 * `gambit-enumpure`, `src/solvers/enumpure/enumpure.h`): a profile is an equilibrium when every player's
 * payoff equals the best payoff it can get against the others' strategies. Profiles are visited in `.nfg`
 * order (player 1 fastest); the best payoff of each "slice" (one player's strategies against fixed
 * opponents) is computed once and cached, so a full table costs `profiles × players` payoff reads.
 * Payoffs come from an oracle, so a tree's reduced or agent form can be searched lazily, without a table.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../../numeric/rational.js';
import type { BudgetMeter } from '../budget.js';

/** Payoffs of a game whose pure profiles are numbered as in `.nfg` files. */
export type PureOracle = {
  /** strategies per (table) player */
  readonly counts: readonly number[];
  /** table player `p`'s payoff at the profile with index `index` */
  payoff(index: number, p: number): Rational;
};

const DENSE_LIMIT = 10_000_000;

/**
 * Yields every pure Nash equilibrium (strategy index per table player), visiting profiles in order and
 * charging one `'nodes'` unit per profile to the meter; stops early when the meter stops.
 * @remarks Since 0.1.0
 */
export function* pureNashProfiles(oracle: PureOracle, meter: BudgetMeter): Generator<number[], void, undefined> {
  const counts = oracle.counts;
  const np = counts.length;
  if (counts.some((c) => c === 0)) return;
  const strides: number[] = [];
  let total = 1;
  for (const c of counts) {
    strides.push(total);
    total *= c;
  }
  const indexable = Number.isSafeInteger(total);
  const caches = counts.map((c) =>
    indexable && total / c <= DENSE_LIMIT
      ? { dense: new Array<Rational | undefined>(total / c), sparse: null }
      : { dense: null, sparse: new Map<number, Rational>() },
  );
  const sliceMax = (idx: number, s: readonly number[], p: number): Rational => {
    const stride = strides[p] as number;
    const k = counts[p] as number;
    const base = idx - (s[p] as number) * stride;
    const key = (base % stride) + stride * Math.floor(base / (stride * k));
    const cache = caches[p] as (typeof caches)[number];
    const hit = cache.dense !== null ? cache.dense[key] : cache.sparse.get(key);
    if (hit !== undefined) return hit;
    let best = oracle.payoff(base, p);
    for (let t = 1; t < k; t++) {
      const u = oracle.payoff(base + t * stride, p);
      if (u.compare(best) > 0) best = u;
    }
    if (cache.dense !== null) cache.dense[key] = best;
    else {
      if (cache.sparse.size > DENSE_LIMIT) cache.sparse.clear();
      cache.sparse.set(key, best);
    }
    return best;
  };
  const s = new Array<number>(np).fill(0);
  let idx = 0;
  for (;;) {
    if (meter.step('nodes') !== null) return;
    let nash = true;
    for (let p = 0; p < np && nash; p++) {
      if (oracle.payoff(idx, p).compare(sliceMax(idx, s, p)) < 0) nash = false;
    }
    if (nash) yield [...s];
    let p = 0;
    while (p < np && (s[p] = (s[p] as number) + 1) === counts[p]) {
      s[p] = 0;
      p += 1;
    }
    if (p === np) return;
    idx += 1; // the odometer with player 1 fastest is the profile index plus one
  }
}
