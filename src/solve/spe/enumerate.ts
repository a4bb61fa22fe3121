/**
 * Lists the pure subgame-perfect equilibria counted by the dynamic program (`spe-dp.ts`), lazily, each
 * exactly once. The walk goes over *occurrences* (tree nodes), not compiled nodes: two copies of a shared
 * subtree choose independently among their equilibria.
 *
 * A profile is built top-down by choosing, at each node, a target vector from its value set: at a
 * personal node of player `i` with target `x`, an action `a` whose child can produce `x` and, for every
 * other action `b`, any child-`b` vector giving `i` at most `x_i`; at a chance node, any combination of
 * child vectors whose weighted sum is `x`. Subtrees with a single equilibrium are written in one pass.
 * @remarks Since 0.1.0
 */
import { TERMINAL_MOVER, chanceIndexOf } from './compiled-tree.js';
import { outcomeTerm, scaleOf } from './scales.js';
import type { SpeDp } from './spe-dp.js';
import { type ValueSet, keyOf, singleton } from './value-sets.js';

/** How the tree's nodes (occurrences) map to compiled nodes and to output slots. */
export type OccurrenceView = {
  readonly root: number;
  /** the compiled node solving the occurrence's subtree */
  dagOf(occ: number): number;
  /** the occurrence reached by action `a` */
  childOcc(occ: number, a: number): number;
  /** the output slot (information set) of a personal occurrence */
  slot(occ: number): number;
};

type Item = { readonly occ: number; readonly vecs: readonly (readonly bigint[])[] };

/**
 * Enumerates equilibria: after each `yield`, `out[slot]` holds the chosen action of every personal
 * occurrence. The caller copies `out` and may stop iterating at any time.
 * @param dp - a dynamic program run with `retainSets: true` that was not stopped
 * @remarks Since 0.1.0
 */
export function* enumerateSpe(dp: SpeDp, view: OccurrenceView, out: Int32Array): Generator<void, void, undefined> {
  const { tree, scales } = dp;
  const np = tree.playerCount;
  const indexCache = new Map<ValueSet, Map<string, number>>();
  const setOf = (v: number): ValueSet => {
    const s = dp.sets.get(v);
    if (s !== undefined) return s;
    const vf = dp.valF as Float64Array;
    return singleton(Array.from({ length: np }, (_, p) => BigInt(vf[v * np + p] as number)));
  };
  const has = (set: ValueSet, vec: readonly bigint[]): boolean => {
    let idx = indexCache.get(set);
    if (idx === undefined) {
      idx = new Map(set.vecs.map((x, k) => [keyOf(x), k]));
      indexCache.set(set, idx);
    }
    return idx.has(keyOf(vec));
  };
  const arity = (v: number): number => (tree.childStart[v + 1] as number) - (tree.childStart[v] as number);
  const child = (v: number, a: number): number => tree.children[(tree.childStart[v] as number) + a] as number;

  const writeCanonical = (occ0: number): void => {
    const stack = [occ0];
    while (stack.length > 0) {
      const occ = stack.pop() as number;
      const v = view.dagOf(occ);
      const m = tree.mover[v] as number;
      if (m >= 0) out[view.slot(occ)] = dp.choice[v] as number;
      for (let a = arity(v) - 1; a >= 0; a--) stack.push(view.childOcc(occ, a));
    }
  };

  function* product(items: readonly Item[], i: number): Generator<void, void, undefined> {
    if (i === items.length) {
      yield;
      return;
    }
    const it = items[i] as Item;
    for (const vec of it.vecs) for (const _ of realize(it.occ, vec)) yield* product(items, i + 1);
  }

  function* realize(occ: number, x: readonly bigint[]): Generator<void, void, undefined> {
    const v = view.dagOf(occ);
    const set = dp.sets.get(v);
    const m = tree.mover[v] as number;
    if (set === undefined || set.total === 1n || m === TERMINAL_MOVER) {
      writeCanonical(occ);
      yield;
      return;
    }
    const y = x.map((xp, p) => xp - outcomeTerm(tree, scales, v, p));
    const k = arity(v);
    if (m >= 0) {
      for (let a = 0; a < k; a++) {
        const c = child(v, a);
        const f = Array.from({ length: np }, (_, p) => scaleOf(scales, v, p) / scaleOf(scales, c, p));
        if (y.some((yp, p) => yp % (f[p] as bigint) !== 0n)) continue;
        const z = y.map((yp, p) => yp / (f[p] as bigint));
        if (!has(setOf(c), z)) continue;
        const items: Item[] = [{ occ: view.childOcc(occ, a), vecs: [z] }];
        let ok = true;
        for (let b = 0; b < k && ok; b++) {
          if (b === a) continue;
          const cb = child(v, b);
          const fb = scaleOf(scales, v, m) / scaleOf(scales, cb, m);
          const cands = setOf(cb).vecs.filter((w) => (w[m] as bigint) * fb <= (y[m] as bigint));
          if (cands.length === 0) ok = false;
          items.push({ occ: view.childOcc(occ, b), vecs: cands });
        }
        if (!ok) continue;
        for (const _ of product(items, 0)) {
          out[view.slot(occ)] = a;
          yield;
        }
      }
      return;
    }
    // Chance: combinations of child vectors whose weighted sum is y.
    const dist = tree.chance[chanceIndexOf(m)];
    if (dist === undefined) return;
    const kidSets = Array.from({ length: k }, (_, a) => setOf(child(v, a)));
    const w = kidSets.map((_, a) =>
      Array.from(
        { length: np },
        (_, p) =>
          (((dist.num[p] as readonly bigint[])[a] as bigint) * (scaleOf(scales, v, p) / (dist.den[p] as bigint))) /
          scaleOf(scales, child(v, a), p),
      ),
    );
    const idx = new Array<number>(k).fill(0);
    for (;;) {
      let match = true;
      for (let p = 0; p < np && match; p++) {
        let sum = 0n;
        for (let a = 0; a < k; a++) {
          const vec = (kidSets[a] as ValueSet).vecs[idx[a] as number] as readonly bigint[];
          sum += (vec[p] as bigint) * ((w[a] as bigint[])[p] as bigint);
        }
        match = sum === y[p];
      }
      if (match) {
        const items = kidSets.map((s, a) => ({
          occ: view.childOcc(occ, a),
          vecs: [s.vecs[idx[a] as number] as bigint[]],
        }));
        yield* product(items, 0);
      }
      let a = 0;
      while (a < k && (idx[a] = (idx[a] as number) + 1) === (kidSets[a] as ValueSet).vecs.length) {
        idx[a] = 0;
        a += 1;
      }
      if (a === k) return;
    }
  }

  const root = view.dagOf(view.root);
  const rootSet = setOf(root);
  for (const vec of rootSet.vecs) yield* realize(view.root, vec);
}

/**
 * Output slots of a compiled tree without shared subtrees, in Gambit's order: player by player, and within
 * a player in preorder (the order of `game.infosets` for the same tree read from a file).
 * @returns `slot[v]` for personal nodes (`-1` elsewhere) and the number of slots
 * @remarks Since 0.1.0
 */
export function preorderSlots(dp: Pick<SpeDp, 'tree'>): { slot: Int32Array; count: number; perPlayer: number[] } {
  const { tree } = dp;
  const n = tree.nodeCount;
  const perPlayer = new Array<number>(tree.playerCount).fill(0);
  const slot = new Int32Array(n).fill(-1);
  const stack = [n - 1];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    const m = tree.mover[v] as number;
    if (m >= 0) {
      slot[v] = perPlayer[m] as number;
      perPlayer[m] = (perPlayer[m] as number) + 1;
    }
    for (let i = (tree.childStart[v + 1] as number) - 1; i >= (tree.childStart[v] as number); i--) {
      stack.push(tree.children[i] as number);
    }
  }
  const offset: number[] = [];
  let total = 0;
  for (const c of perPlayer) {
    offset.push(total);
    total += c;
  }
  for (let v = 0; v < n; v++) {
    const m = tree.mover[v] as number;
    if (m >= 0) slot[v] = (slot[v] as number) + (offset[m] as number);
  }
  return { slot, count: total, perPlayer };
}
