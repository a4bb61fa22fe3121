/**
 * Random perfect-information trees generated directly in compiled form (no node objects), deterministic
 * by seed, for benchmarks and property tests at any size (10^7 nodes take a few hundred megabytes).
 *
 * Shape: start from a single leaf and repeatedly expand a uniformly chosen leaf into `k` children (`k`
 * drawn from `branching`) until the node count reaches `nodes` — a random recursive tree of logarithmic
 * expected depth. Inner nodes are chance nodes with probability `chanceFraction`, else a uniformly chosen
 * player; leaves get integer payoffs uniform in `[0, payoffRange)`. Nodes are numbered in postorder, so
 * each subtree occupies a contiguous index range and a bottom-up scan reads recently written memory.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import { rat } from '../../numeric/rational.js';
import {
  type ChanceDistribution,
  type CompiledTree,
  TERMINAL_MOVER,
  chanceDistribution,
  chanceMover,
} from './compiled-tree.js';
import { mulberry32 } from '../../numeric/random.js';

/** Options of {@link randomPerfectInfoTree}. */
export type RandomTreeOptions = {
  /** target number of nodes (the result has at least this many, at most `max(branching) - 1` more) */
  readonly nodes: number;
  /** children per inner node: a number or a list drawn uniformly; default `[2, 3]` */
  readonly branching?: number | readonly number[];
  /** number of players; default 2 */
  readonly players?: number;
  /** share of inner nodes that are chance nodes; default 0.05 */
  readonly chanceFraction?: number;
  /** payoffs are integers in `[0, payoffRange)`; default 1000 (small ranges make many ties) */
  readonly payoffRange?: number;
  /** share of inner (non-chance) nodes that also carry an outcome (Gambit's nonterminal payoffs); default 0 */
  readonly innerOutcomeFraction?: number;
  /** give each player its own prior at chance nodes; default `false` */
  readonly nonCommonPriors?: boolean;
  /** PRNG seed (any 32-bit integer); default 1 */
  readonly seed?: number;
};

/** Defaults of {@link randomPerfectInfoTree}. @remarks Since 0.1.0 */
export const defaultRandomTreeOptions: Required<Omit<RandomTreeOptions, 'nodes'>> = {
  branching: [2, 3],
  players: 2,
  chanceFraction: 0.05,
  payoffRange: 1000,
  innerOutcomeFraction: 0,
  nonCommonPriors: false,
  seed: 1,
};

const DISTRIBUTIONS: Readonly<Record<number, readonly string[][]>> = {
  2: [
    ['1/2', '1/2'],
    ['1/3', '2/3'],
    ['1/4', '3/4'],
  ],
  3: [
    ['1/3', '1/3', '1/3'],
    ['1/6', '1/3', '1/2'],
    ['1/2', '1/4', '1/4'],
  ],
};

function distributionsFor(arity: number): string[][] {
  const known = DISTRIBUTIONS[arity];
  if (known !== undefined) return known.map((d) => [...d]);
  return [Array.from({ length: arity }, () => `1/${arity}`)];
}

/**
 * Generates a random perfect-information tree in compiled form.
 * @throws InvalidArgumentError if `nodes < 1`, a branching factor is below 2, or players is not in 1…250
 * @remarks Since 0.1.0
 */
export function randomPerfectInfoTree(options: RandomTreeOptions): CompiledTree {
  const o = { ...defaultRandomTreeOptions, ...options };
  const where = 'randomPerfectInfoTree()';
  const branching = typeof o.branching === 'number' ? [o.branching] : [...o.branching];
  if (!Number.isInteger(o.nodes) || o.nodes < 1)
    throw new InvalidArgumentError(`${where}: nodes must be ≥ 1; got ${o.nodes}`);
  if (branching.length === 0 || branching.some((b) => !Number.isInteger(b) || b < 2 || b > 64)) {
    throw new InvalidArgumentError(`${where}: branching factors must be integers in 2…64; got ${branching.join(',')}`);
  }
  if (!Number.isInteger(o.players) || o.players < 1 || o.players > 250) {
    throw new InvalidArgumentError(`${where}: players must be in 1…250; got ${o.players}`);
  }
  const rand = mulberry32(o.seed);
  const maxB = Math.max(...branching);
  const cap = o.nodes + maxB;
  const np = o.players;

  // 1. Shape, in creation order (children after parents, siblings contiguous).
  const first = new Int32Array(cap).fill(-1);
  const arity = new Uint8Array(cap);
  const frontier = new Uint32Array(cap);
  let leaves = 1;
  let count = 1;
  while (count < o.nodes) {
    const k = branching[Math.floor(rand() * branching.length)] as number;
    const at = Math.floor(rand() * leaves);
    const v = frontier[at] as number;
    frontier[at] = frontier[leaves - 1] as number;
    leaves -= 1;
    first[v] = count;
    arity[v] = k;
    for (let i = 0; i < k; i++) frontier[leaves++] = count + i;
    count += k;
  }

  // 2. Chance distributions, per arity.
  const dists: ChanceDistribution[] = [];
  const distsByArity = new Map<number, number[]>();
  for (const k of new Set(branching)) {
    const list = distributionsFor(k);
    const ids: number[] = [];
    list.forEach((probs, j) => {
      const beliefs = o.nonCommonPriors
        ? Array.from({ length: np }, (_, p) => (list[(j + p) % list.length] as string[]).map((x) => rat(x)))
        : undefined;
      ids.push(dists.length);
      dists.push(
        chanceDistribution(
          probs.map((x) => rat(x)),
          beliefs,
          np,
        ),
      );
    });
    distsByArity.set(k, ids);
  }

  // 3. Postorder numbering (children before parents, each subtree contiguous: good locality when solving).
  const post = new Int32Array(count);
  const byPost = new Int32Array(count);
  {
    const stackV = new Int32Array(count);
    const stackI = new Int32Array(count);
    let top = 0;
    let next = 0;
    stackV[0] = 0;
    stackI[0] = 0;
    while (top >= 0) {
      const v = stackV[top] as number;
      const i = stackI[top] as number;
      if (i < (arity[v] as number)) {
        stackI[top] = i + 1;
        top += 1;
        stackV[top] = (first[v] as number) + i;
        stackI[top] = 0;
      } else {
        post[v] = next;
        byPost[next] = v;
        next += 1;
        top -= 1;
      }
    }
  }

  // 4. Movers and outcomes, in postorder.
  const mover = new Int32Array(count);
  const outcome = new Int32Array(count).fill(-1);
  const childStart = new Uint32Array(count + 1);
  const children = new Uint32Array(count - 1);
  let outcomes = 0;
  const maxOutcomes = leaves + (o.innerOutcomeFraction > 0 ? count - leaves : 0);
  const payoffs = new Float64Array(maxOutcomes * np);
  let edge = 0;
  for (let id = 0; id < count; id++) {
    const v = byPost[id] as number;
    childStart[id] = edge;
    const k = arity[v] as number;
    if (k === 0) {
      mover[id] = TERMINAL_MOVER;
      for (let p = 0; p < np; p++) payoffs[outcomes * np + p] = Math.floor(rand() * o.payoffRange);
      outcome[id] = outcomes++;
      continue;
    }
    const f = first[v] as number;
    for (let a = 0; a < k; a++) children[edge++] = post[f + a] as number;
    if (rand() < o.chanceFraction) {
      const ids = distsByArity.get(k) as number[];
      mover[id] = chanceMover(ids[Math.floor(rand() * ids.length)] as number);
    } else {
      mover[id] = Math.floor(rand() * np);
      if (o.innerOutcomeFraction > 0 && rand() < o.innerOutcomeFraction) {
        for (let p = 0; p < np; p++) payoffs[outcomes * np + p] = Math.floor(rand() * 5) - 2;
        outcome[id] = outcomes++;
      }
    }
  }
  childStart[count] = edge;
  return {
    playerCount: np,
    nodeCount: count,
    mover,
    childStart,
    children,
    outcome,
    payoffs: {
      outcomeCount: outcomes,
      num: payoffs.subarray(0, outcomes * np),
      big: null,
      scale: new Array<bigint>(np).fill(1n),
    },
    chance: dists,
    isTree: true,
  };
}
