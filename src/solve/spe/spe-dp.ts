/**
 * Backward induction on a compiled tree by dynamic programming over value sets (`value-sets.ts`): one
 * bottom-up scan computes, at every node, the canonical choice (first optimal action given the canonical
 * continuation, which is a subgame-perfect profile), the canonical value and — where ties make it
 * necessary — the set of equilibrium value vectors with their counts. The count at the root is the exact
 * number of pure subgame-perfect equilibria, obtained without listing them.
 *
 * Nodes whose subtree has a single equilibrium ("simple" nodes) keep only a double-precision value vector
 * (exact: see `scales.ts`), so a tree without payoff ties costs a few typed-array reads per node.
 * Source: backward induction, Kuhn (1953) and Selten (1965); the counting recurrence is in `value-sets.ts`.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import type { StopReason } from '../types.js';
import { type CompiledTree, TERMINAL_MOVER, chanceIndexOf } from './compiled-tree.js';
import { type Scales, computeScales, outcomeTerm, scaleOf } from './scales.js';
import {
  type Cumulative,
  type ValueSet,
  addTo,
  countAtMost,
  cumulative,
  finish,
  newBuilder,
  singleton,
} from './value-sets.js';

/** Options of {@link speDynamicProgram}. */
export type SpeDpOptions = {
  readonly meter: BudgetMeter;
  /** keep every value set (needed to enumerate equilibria afterwards); default `true` */
  readonly retainSets?: boolean;
  /** skip the double-precision fast path (for testing that both paths agree); default `false` */
  readonly forceGeneral?: boolean;
  /** largest value set built before stopping with `'nodes'`; default 200 000 */
  readonly maxValueSet?: number;
};

/** The result of the dynamic program. */
export type SpeDp = {
  readonly tree: CompiledTree;
  readonly scales: Scales;
  /** canonical choice at each personal node (`-1` elsewhere) */
  readonly choice: Int32Array;
  /** value sets of non-simple nodes (bigint mode: of every node); only the root's unless retained */
  readonly sets: ReadonlyMap<number, ValueSet>;
  /** canonical values (number mode) */
  readonly valF: Float64Array | null;
  /** exact number of pure subgame-perfect equilibria; `null` when stopped */
  readonly count: bigint | null;
  /** the canonical equilibrium's value vector at the root, scaled (see `scales.ts`) */
  readonly rootVector: readonly bigint[] | null;
  /** personal nodes with several optimal actions in the canonical equilibrium */
  readonly tieNodes: number;
  /** nodes with a non-trivial value set, and the largest set */
  readonly setNodes: number;
  readonly maxSetSize: number;
  readonly stopped: StopReason | null;
  /** whether every value set was kept (enumeration possible) */
  readonly retained: boolean;
};

/**
 * Runs the dynamic program.
 * @remarks Since 0.1.0
 */
export function speDynamicProgram(tree: CompiledTree, options: SpeDpOptions): SpeDp {
  const { meter } = options;
  const retain = options.retainSets ?? true;
  const forceGeneral = options.forceGeneral ?? false;
  const maxSet = options.maxValueSet ?? 200_000;
  const n = tree.nodeCount;
  const np = tree.playerCount;
  const valScratch = new Float64Array(n * np);
  const scales = computeScales(tree, valScratch);
  const numberMode = scales.mode === 'number';
  const valF = numberMode ? valScratch : null;
  const choice = new Int32Array(n).fill(-1);
  const sets = new Map<number, ValueSet>();
  /** 1 where the node has a value set (non-simple) */
  const complex = new Uint8Array(n);
  const { mover, childStart, children, outcome } = tree;
  const pay = tree.payoffs.num;
  const { qDim, qF } = scales;
  let tieNodes = 0;
  let setNodes = 0;
  let maxSetSize = 1;
  let stopped: StopReason | null = null;

  const qAt = (v: number, p: number): number => (qF === null ? 1 : (qF[v * qDim + (qDim === 1 ? 0 : p)] as number));
  const setOf = (c: number): ValueSet => {
    const s = sets.get(c);
    if (s !== undefined) return s;
    const vec = new Array<bigint>(np);
    for (let p = 0; p < np; p++) vec[p] = BigInt((valF as Float64Array)[c * np + p] as number);
    return singleton(vec);
  };
  const factor = (v: number, c: number, p: number): bigint => scaleOf(scales, v, p) / scaleOf(scales, c, p);
  const store = (v: number, set: ValueSet): void => {
    if (numberMode && set.vecs.length === 1 && set.total === 1n) {
      const vec = set.vecs[0] as readonly bigint[];
      for (let p = 0; p < np; p++) (valF as Float64Array)[v * np + p] = Number(vec[p]);
      return;
    }
    sets.set(v, set);
    complex[v] = 1;
    if (set.vecs.length > 1 || set.total > 1n) setNodes += 1;
    if (set.vecs.length > maxSetSize) maxSetSize = set.vecs.length;
    if (valF !== null) {
      const vec = set.vecs[set.canon] as readonly bigint[];
      for (let p = 0; p < np; p++) valF[v * np + p] = Number(vec[p]);
    }
  };

  const general = (v: number): ValueSet | null => {
    const m = mover[v] as number;
    const s = childStart[v] as number;
    const e = childStart[v + 1] as number;
    const out = Array.from({ length: np }, (_, p) => outcomeTerm(tree, scales, v, p));
    if (m === TERMINAL_MOVER) return singleton(out);
    // Children's sets, rescaled to this node's scale (personal) or weighted (chance).
    const kids: { vecs: bigint[][]; counts: readonly bigint[]; canon: number }[] = [];
    for (let i = s; i < e; i++) {
      const c = children[i] as number;
      const cs = setOf(c);
      const w = Array.from({ length: np }, (_, p) => {
        const f = factor(v, c, p);
        if (m >= 0) return f;
        const dist = tree.chance[chanceIndexOf(m)];
        return dist === undefined
          ? 0n
          : (((dist.num[p] as readonly bigint[])[i - s] as bigint) * f) / (dist.den[p] as bigint);
      });
      kids.push({
        vecs: cs.vecs.map((x) => x.map((y, p) => y * (w[p] as bigint))),
        counts: cs.counts,
        canon: cs.canon,
      });
    }
    const b = newBuilder();
    if (m >= 0) {
      const cums: Cumulative[] = kids.map((k) => cumulative(k.vecs, k.counts, m));
      let work = 0;
      kids.forEach((k, a) => {
        k.vecs.forEach((x, j) => {
          let cnt = k.counts[j] as bigint;
          for (let bb = 0; bb < kids.length && cnt > 0n; bb++) {
            if (bb !== a) cnt *= countAtMost(cums[bb] as Cumulative, x[m] as bigint);
          }
          work += kids.length;
          if (cnt > 0n)
            addTo(
              b,
              x.map((y, p) => y + (out[p] as bigint)),
              cnt,
            );
        });
      });
      meter.step('nodes', work);
      let best = -1;
      let bestVal = 0n;
      let ties = 0;
      kids.forEach((k, a) => {
        const x = (k.vecs[k.canon] as bigint[])[m] as bigint;
        if (best < 0 || x > bestVal) {
          best = a;
          bestVal = x;
          ties = 1;
        } else if (x === bestVal) ties += 1;
      });
      if (ties > 1) tieNodes += 1;
      choice[v] = best;
      const kb = kids[best] as (typeof kids)[number];
      return finish(
        b,
        (kb.vecs[kb.canon] as bigint[]).map((y, p) => y + (out[p] as bigint)),
      );
    }
    // Chance: every combination of children's vectors.
    let size = 1;
    for (const k of kids) size *= k.vecs.length;
    if (size > maxSet) return null;
    meter.step('nodes', size * kids.length);
    const idx = new Array<number>(kids.length).fill(0);
    for (;;) {
      const vec = out.slice();
      let cnt = 1n;
      kids.forEach((k, a) => {
        const x = k.vecs[idx[a] as number] as bigint[];
        for (let p = 0; p < np; p++) vec[p] = (vec[p] as bigint) + (x[p] as bigint);
        cnt *= k.counts[idx[a] as number] as bigint;
      });
      addTo(b, vec, cnt);
      let a = 0;
      while (a < kids.length && (idx[a] = (idx[a] as number) + 1) === (kids[a] as (typeof kids)[number]).vecs.length) {
        idx[a] = 0;
        a += 1;
      }
      if (a === kids.length) break;
    }
    const canonVec = out.slice();
    for (const k of kids) {
      const x = k.vecs[k.canon] as bigint[];
      for (let p = 0; p < np; p++) canonVec[p] = (canonVec[p] as bigint) + (x[p] as bigint);
    }
    return finish(b, canonVec);
  };

  for (let v = 0; v < n; v++) {
    if ((v & 1023) === 0 && meter.step('nodes', Math.min(1024, n - v)) !== null) break;
    const m = mover[v] as number;
    const s = childStart[v] as number;
    const e = childStart[v + 1] as number;
    let simple = numberMode && !forceGeneral;
    if (simple) for (let i = s; i < e && simple; i++) if (complex[children[i] as number] === 1) simple = false;
    if (simple) {
      const vf = valF as Float64Array;
      const o = outcome[v] as number;
      const base = v * np;
      if (m === TERMINAL_MOVER) {
        for (let p = 0; p < np; p++) vf[base + p] = o >= 0 ? ((pay as Float64Array)[o * np + p] as number) : 0;
        continue;
      }
      if (m >= 0) {
        const qi = qAt(v, m);
        let best = -Infinity;
        let arg = -1;
        let ties = 0;
        for (let i = s; i < e; i++) {
          const c = children[i] as number;
          const x = (vf[c * np + m] as number) * (qi / qAt(c, m));
          if (x > best) {
            best = x;
            arg = i;
            ties = 1;
          } else if (x === best) ties += 1;
        }
        if (ties === 1) {
          const c = children[arg] as number;
          for (let p = 0; p < np; p++) {
            const q = qAt(v, p);
            vf[base + p] =
              (vf[c * np + p] as number) * (q / qAt(c, p)) +
              (o >= 0 ? ((pay as Float64Array)[o * np + p] as number) * q : 0);
          }
          choice[v] = arg - s;
          continue;
        }
      } else {
        const dist = tree.chance[chanceIndexOf(m)];
        if (dist !== undefined) {
          for (let p = 0; p < np; p++) {
            const q = qAt(v, p);
            const lq = q / (dist.denF[p] as number);
            const nums = dist.numF[p] as Float64Array;
            let acc = o >= 0 ? ((pay as Float64Array)[o * np + p] as number) * q : 0;
            for (let i = s; i < e; i++) {
              const c = children[i] as number;
              acc += (nums[i - s] as number) * (lq / qAt(c, p)) * (vf[c * np + p] as number);
            }
            vf[base + p] = acc;
          }
          continue;
        }
      }
    }
    const set = general(v);
    if (set === null || set.vecs.length > maxSet) {
      stopped = 'nodes';
      break;
    }
    store(v, set);
    if (!retain && tree.isTree) for (let i = s; i < e; i++) sets.delete(children[i] as number);
  }
  stopped ??= meter.stopped;
  const root = n - 1;
  let rootVector: bigint[] | null = null;
  let count: bigint | null = null;
  if (stopped === null) {
    const rs = sets.get(root);
    count = rs?.total ?? 1n;
    rootVector = rs !== undefined ? [...(rs.vecs[rs.canon] as bigint[])] : (setOf(root).vecs[0]?.slice() ?? null);
  }
  return {
    tree,
    scales,
    choice,
    sets,
    valF,
    count,
    rootVector,
    tieNodes,
    setNodes,
    maxSetSize,
    stopped,
    retained: retain || !tree.isTree,
  };
}
