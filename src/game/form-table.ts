/**
 * The payoff table shared by the derived strategic forms (full, reduced, agent). Each "table player"
 * (a player, or an agent) owns some information sets and has a list of strategies, each fixing an action or
 * `null` at each owned set. The expected payoff of a pure profile is
 * `u_i(s) = Σ_z P_i(z) · 1[s reaches z] · h_i(z)` over terminal nodes `z`, where `h_i(z)` is the sum of the
 * outcomes on the path (Gambit's incremental payoffs) and `P_i(z)` the product of chance probabilities
 * on the path, as player `i` believes them (its own prior `beliefs[i]` where a chance set has non-common
 * priors, the common `probs` otherwise). The set of profiles reaching `z` is a product of per-player sets, so
 * one walk over the tree, filtering each table player's strategies at its own nodes, fills the table
 * (Kuhn 1953; Osborne and Rubinstein 1994, Section 11.2).
 * @remarks Since 0.1.0
 */
import { Fraction, type Rational, lcm } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import type { ChanceInfosetId, InfosetId, PlayerId } from './ids.js';
import { accumulatedPayoffs } from './queries.js';
import type { ChanceInfoset, ExtensiveGame, StrategicGame, TreeNode } from './types.js';

/** One player of a derived strategic form. */
export type FormUnit = {
  /** whose payoff this table player receives */
  readonly owner: PlayerId;
  /** the information sets it decides */
  readonly infosets: readonly InfosetId[];
  /** its strategies: per owned information set (same order), an action index or `null` (unspecified) */
  readonly strategies: readonly (readonly (number | null)[])[];
};

/** @internal one terminal node's contribution: the strategies of each unit reaching it, and per-player values */
type Contribution<V> = { readonly lists: readonly (readonly number[])[]; readonly values: readonly V[] };

/** Calls `f` with the table index of every profile in the product of `lists`. */
function forEachProfile(
  lists: readonly (readonly number[])[],
  strides: readonly number[],
  f: (index: number) => void,
): void {
  const n = lists.length;
  const pos = new Array<number>(n).fill(0);
  for (;;) {
    let index = 0;
    for (let i = 0; i < n; i++)
      index += ((lists[i] as readonly number[])[pos[i] as number] as number) * (strides[i] as number);
    f(index);
    let i = 0;
    while (i < n && (pos[i] as number) + 1 === (lists[i] as readonly number[]).length) pos[i++] = 0;
    if (i === n) return;
    pos[i] = (pos[i] as number) + 1;
  }
}

/**
 * Fills the payoff table of a derived form: `table[profileIndex][unit]`, profiles numbered as in `.nfg`
 * files (first table player fastest). The caller checks the size first. Sums are kept per player (units of
 * one player share them); with exact rationals they are accumulated as BigInt numerators over one common
 * denominator and reduced once at the end.
 * @param game - the tree
 * @param units - the table players; every personal information set must belong to exactly one of them
 * @param arithmetic - the value arithmetic
 * @remarks Since 0.1.0
 */
export function tabulateForm<V>(game: ExtensiveGame<V>, units: readonly FormUnit[], arithmetic: Arithmetic<V>): V[][] {
  const ar = arithmetic;
  const nPlayers = game.players.length;
  const owner = new Map<InfosetId, readonly [number, number]>();
  units.forEach((u, i) => {
    u.infosets.forEach((id, k) => {
      owner.set(id, [i, k]);
    });
  });
  const strides: number[] = [];
  let size = 1;
  for (const u of units) {
    strides.push(size);
    size *= u.strategies.length;
  }
  const acc = accumulatedPayoffs(game, ar);
  const contributions: Contribution<V>[] = [];

  const visit = (id: number, weights: readonly V[], lists: (readonly number[])[]): void => {
    const node = game.nodes[id] as TreeNode;
    if (lists.some((l) => l.length === 0)) return;
    if (node.type === 'terminal') {
      const pay = acc[node.id] as readonly V[];
      const values = weights.map((w, p) => ar.mul(w, pay[p] as V));
      if (!values.every((v) => ar.isZero(v))) contributions.push({ lists: [...lists], values });
      return;
    }
    if (node.type === 'chance') {
      const c = game.chanceInfosets[node.infoset as ChanceInfosetId] as ChanceInfoset<V>;
      node.children.forEach((child, a) => {
        const w = weights.map((x, p) => ar.mul(x, ((c.beliefs?.[p] ?? c.probs)[a] ?? ar.zero) as V));
        if (!w.every((x) => ar.isZero(x))) visit(child, w, lists);
      });
      return;
    }
    const [u, k] = owner.get(node.infoset as InfosetId) as readonly [number, number];
    const strategies = (units[u] as FormUnit).strategies;
    const buckets: number[][] = node.children.map(() => []);
    for (const s of lists[u] as readonly number[]) {
      const a = (strategies[s] as readonly (number | null)[])[k];
      if (a !== null && a !== undefined) buckets[a]?.push(s);
    }
    node.children.forEach((child, a) => {
      const saved = lists[u] as readonly number[];
      lists[u] = buckets[a] as number[];
      visit(child, weights, lists);
      lists[u] = saved;
    });
  };
  visit(
    0,
    new Array<V>(nPlayers).fill(ar.one),
    units.map((u) => u.strategies.map((_, i) => i)),
  );

  const owners = units.map((u) => u.owner as number);
  const used = [...new Set(owners)];
  if ((ar as unknown) === RATIONAL) {
    // exact rationals: BigInt numerators over the common denominator of all contributions
    let den = 1n;
    for (const c of contributions) for (const p of used) den = lcm(den, (c.values[p] as unknown as Rational).d);
    const sums: bigint[][] = used.map(() => new Array<bigint>(size).fill(0n));
    for (const c of contributions) {
      used.forEach((p, j) => {
        const v = c.values[p] as unknown as Rational;
        if (v.n === 0n) return;
        const num = (v.s * v.n * den) / v.d;
        const column = sums[j] as bigint[];
        forEachProfile(c.lists, strides, (i) => {
          column[i] = (column[i] as bigint) + num;
        });
      });
    }
    const column = owners.map((p) => used.indexOf(p));
    const table: V[][] = new Array(size);
    const cache = new Map<bigint, V>();
    const value = (num: bigint): V => {
      let v = cache.get(num);
      if (v === undefined) {
        v = new Fraction(num, den) as unknown as V;
        cache.set(num, v);
      }
      return v;
    };
    for (let i = 0; i < size; i++) table[i] = column.map((j) => value((sums[j] as bigint[])[i] as bigint));
    return table;
  }
  const sums: V[][] = used.map(() => new Array<V>(size).fill(ar.zero));
  for (const c of contributions) {
    used.forEach((p, j) => {
      const v = c.values[p] as V;
      if (ar.isZero(v)) return;
      const column = sums[j] as V[];
      forEachProfile(c.lists, strides, (i) => {
        column[i] = ar.add(column[i] as V, v);
      });
    });
  }
  const column = owners.map((p) => used.indexOf(p));
  const table: V[][] = new Array(size);
  for (let i = 0; i < size; i++) table[i] = column.map((j) => (sums[j] as V[])[i] as V);
  return table;
}

/**
 * Wraps a filled table as an immutable {@link StrategicGame} (same shape as `strategicGame()` builds, for any
 * value type).
 * @remarks Since 0.1.0
 */
export function strategicOfTable<V>(
  meta: { readonly title: string; readonly comment: string },
  players: readonly string[],
  strategies: readonly (readonly string[])[],
  table: readonly (readonly V[])[],
): StrategicGame<V> {
  return Object.freeze({
    kind: 'strategic' as const,
    title: meta.title,
    comment: meta.comment,
    players: Object.freeze([...players]),
    strategies: Object.freeze(strategies.map((s) => Object.freeze([...s]))),
    payoffs: Object.freeze(table.map((row) => Object.freeze([...row]))),
  });
}
