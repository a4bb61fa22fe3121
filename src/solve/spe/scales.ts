/**
 * Integer scaling for exact backward induction without rational objects.
 *
 * Player `p`'s value at node `v` is kept as an integer `W_p(v) = Q_p(v) · V_p(v)` (in units of the payoff
 * table's `1/scale[p]`), where the scale `Q_p(v)` depends only on the tree (not on the choices):
 * `Q = 1` at a terminal node, `Q(v) = lcm_a Q(c_a)` at a personal node and `Q(v) = d_p · lcm_a Q(c_a)` at
 * a chance node whose probabilities for `p` are `n_a / d_p`. Then
 * `W(v) = Σ_a n_a · (lcm/Q(c_a)) · W(c_a)` at chance and `W(v) = (Q(v)/Q(c_a)) · W(c_a)` at a personal node,
 * all integers. `Q(c)` divides `Q(v)` for every child, so `Q(root)` is the largest.
 *
 * Doubles are exact on integers below 2^53. `|W_p(v)| ≤ Q_p(v) · R_p(v)`, with `R_p(v)` the largest sum of
 * `|payoff|` along a path of the subtree, bounds every intermediate sum, so when `Q·R < 2^52` at every node
 * the solver runs on doubles (the `'number'` mode) and otherwise on bigints.
 * @remarks Since 0.1.0
 */
import { type CompiledTree, chanceIndexOf, payoffBig } from './compiled-tree.js';

/** The per-node scales. */
export type Scales = {
  readonly mode: 'number' | 'bigint';
  /** 0: no chance node, every `Q` is 1; 1: common priors, one `Q` per node; `players`: one per node and player */
  readonly qDim: number;
  /** `Q` as doubles (number mode, `qDim > 0`) */
  readonly qF: Float64Array | null;
  /** `Q` as bigints (bigint mode, `qDim > 0`) */
  readonly qB: readonly bigint[] | null;
};

const LIMIT = 2 ** 52;

const gcdF = (a: number, b: number): number => {
  let x = a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
};

const gcdB = (a: bigint, b: bigint): bigint => {
  let x = a;
  let y = b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
};

/**
 * Computes the scales of a tree and chooses the number mode when it is exact.
 * @param scratch - optional work array of at least `nodeCount · players` doubles (overwritten)
 * @remarks Since 0.1.0
 */
export function computeScales(tree: CompiledTree, scratch?: Float64Array): Scales {
  const n = tree.nodeCount;
  const np = tree.playerCount;
  const hasChance = tree.chance.length > 0;
  const nonCommon = tree.chance.some((c) => c.beliefs !== undefined);
  const qDim = hasChance ? (nonCommon ? np : 1) : 0;
  const pay = tree.payoffs.num;
  let numberOk = pay !== null && tree.chance.every((c) => c.safe);
  let qF: Float64Array | null = null;
  if (numberOk && qDim > 0) qF = new Float64Array(n * qDim);
  if (numberOk && pay !== null) {
    // One bottom-up pass: Q, and R_p(v) (the largest |payoff| path sum below v); Q·R must stay below 2^52.
    const r = scratch !== undefined && scratch.length >= n * np ? scratch : new Float64Array(n * np);
    const { mover, childStart, children, outcome } = tree;
    for (let v = 0; v < n && numberOk; v++) {
      const s = childStart[v] as number;
      const e = childStart[v + 1] as number;
      if (qF !== null) {
        const m = mover[v] as number;
        const dist = m <= -2 ? tree.chance[chanceIndexOf(m)] : undefined;
        for (let k = 0; k < qDim; k++) {
          let l = s < e ? (qF[(children[s] as number) * qDim + k] as number) : 1;
          for (let i = s + 1; i < e; i++) {
            const q = qF[(children[i] as number) * qDim + k] as number;
            if (q !== l) l = (l / gcdF(l, q)) * q;
          }
          if (dist !== undefined) l *= dist.denF[k] as number;
          if (l > LIMIT) numberOk = false;
          qF[v * qDim + k] = l;
        }
      }
      const o = outcome[v] as number;
      for (let p = 0; p < np; p++) {
        let best = 0;
        for (let i = s; i < e; i++) {
          const x = r[(children[i] as number) * np + p] as number;
          if (x > best) best = x;
        }
        if (o >= 0) best += Math.abs(pay[o * np + p] as number);
        r[v * np + p] = best;
        const q = qF === null ? 1 : (qF[v * qDim + (qDim === 1 ? 0 : p)] as number);
        if (best * q > LIMIT) numberOk = false;
      }
    }
  }
  if (numberOk) return { mode: 'number', qDim, qF, qB: null };
  return { mode: 'bigint', qDim, qF: null, qB: qDim > 0 ? bigScales(tree, qDim) : null };
}

function bigScales(tree: CompiledTree, qDim: number): bigint[] {
  const n = tree.nodeCount;
  const qB = new Array<bigint>(n * qDim);
  for (let v = 0; v < n; v++) {
    const m = tree.mover[v] as number;
    for (let k = 0; k < qDim; k++) {
      let l = 1n;
      for (let i = tree.childStart[v] as number; i < (tree.childStart[v + 1] as number); i++) {
        const q = qB[(tree.children[i] as number) * qDim + k] as bigint;
        l = (l / gcdB(l, q)) * q;
      }
      if (m <= -2) l *= tree.chance[chanceIndexOf(m)]?.den[k] ?? 1n;
      qB[v * qDim + k] = l;
    }
  }
  return qB;
}

/** `Q_p(v)` as a bigint. @remarks Since 0.1.0 */
export function scaleOf(scales: Scales, v: number, p: number): bigint {
  if (scales.qDim === 0) return 1n;
  const i = v * scales.qDim + (scales.qDim === 1 ? 0 : p);
  if (scales.qF !== null) return BigInt(scales.qF[i] as number);
  return (scales.qB as readonly bigint[])[i] as bigint;
}

/**
 * Player `p`'s scaled outcome contribution at node `v`: `payoff · Q_p(v)` (0 without an outcome).
 * @remarks Since 0.1.0
 */
export function outcomeTerm(tree: CompiledTree, scales: Scales, v: number, p: number): bigint {
  const o = tree.outcome[v] as number;
  if (o < 0) return 0n;
  return payoffBig(tree.payoffs, tree.playerCount, o, p) * scaleOf(scales, v, p);
}
