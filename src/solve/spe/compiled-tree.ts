/**
 * A compact, typed-array form of a perfect-information tree (or of a DAG of shared subtrees) for backward
 * induction on very large games: about 16 bytes per node plus the integer payoff table, instead of the
 * object model's hundreds. It lives with the solver (not in `src/game/`) because only backward induction
 * needs it; the object model stays the contract between layers.
 *
 * Nodes are numbered bottom-up: every child has a smaller index than its parent and the root is the last
 * node, so one increasing scan solves the tree. Children are stored in CSR form (`childStart`, `children`),
 * which also lets identical subtrees be stored once (a DAG: a node may have several parents).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import { type Rational, lcm } from '../../numeric/rational.js';

/** `mover` value of a terminal node. */
export const TERMINAL_MOVER = -1;

/** The `mover` value of a chance node using chance distribution `k` (`-2 - k`). @remarks Since 0.1.0 */
export const chanceMover = (k: number): number => -2 - k;

/** The chance distribution index of a chance `mover` value (inverse of {@link chanceMover}). @remarks Since 0.1.0 */
export const chanceIndexOf = (mover: number): number => -2 - mover;

/**
 * Payoffs as integers: player `p`'s payoff of outcome `o` is `num[o·players + p] / scale[p]`. Scaling each
 * player's payoffs by a positive constant changes none of that player's comparisons, so backward
 * induction runs on the integers and divides once at the end.
 */
export type PayoffTable = {
  readonly outcomeCount: number;
  /** the integer numerators when all are safe integers (|x| < 2^53), else `null` */
  readonly num: Float64Array | null;
  /** the integer numerators as bigints, when `num` is `null` */
  readonly big: readonly bigint[] | null;
  /** per player: the positive common denominator of that player's payoffs */
  readonly scale: readonly bigint[];
};

/**
 * A chance distribution as integers: player `p` believes action `a` has probability `num[p][a] / den[p]`.
 * With common priors every row is the same.
 */
export type ChanceDistribution = {
  readonly probs: readonly Rational[];
  /** non-common priors: one vector per player */
  readonly beliefs?: readonly (readonly Rational[])[];
  readonly num: readonly (readonly bigint[])[];
  readonly den: readonly bigint[];
  /** `num` and `den` as doubles (exact when `safe`) */
  readonly numF: readonly Float64Array[];
  readonly denF: Float64Array;
  readonly safe: boolean;
};

/** A compiled perfect-information tree (or DAG of shared subtrees). */
export type CompiledTree = {
  readonly playerCount: number;
  readonly nodeCount: number;
  /** `≥ 0`: the player to move; {@link TERMINAL_MOVER}; `≤ -2`: chance, see {@link chanceIndexOf} */
  readonly mover: Int32Array;
  /** `children[childStart[v] … childStart[v+1])` are `v`'s children in action order; length `nodeCount + 1` */
  readonly childStart: Uint32Array;
  readonly children: Uint32Array;
  /** index into the payoff table of the outcome attached to the node, or `-1` */
  readonly outcome: Int32Array;
  readonly payoffs: PayoffTable;
  readonly chance: readonly ChanceDistribution[];
  /** whether every node has at most one parent (no shared subtrees) */
  readonly isTree: boolean;
};

/** The root of a compiled tree (its last node). @remarks Since 0.1.0 */
export function rootOf(tree: CompiledTree): number {
  return tree.nodeCount - 1;
}

/**
 * Builds the integer payoff table from exact payoff rows (one row per outcome, one entry per player).
 * @remarks Since 0.1.0
 */
export function payoffTable(rows: readonly (readonly Rational[])[], players: number): PayoffTable {
  const scale: bigint[] = new Array<bigint>(players).fill(1n);
  for (const row of rows) for (let p = 0; p < players; p++) scale[p] = lcm(scale[p] as bigint, (row[p] as Rational).d);
  const big: bigint[] = new Array<bigint>(rows.length * players);
  let safe = true;
  rows.forEach((row, o) => {
    for (let p = 0; p < players; p++) {
      const r = row[p] as Rational;
      const v = (r.s * r.n * (scale[p] as bigint)) / r.d;
      big[o * players + p] = v;
      if (v > MAX_SAFE || v < -MAX_SAFE) safe = false;
    }
  });
  return {
    outcomeCount: rows.length,
    num: safe ? Float64Array.from(big, Number) : null,
    big: safe ? null : big,
    scale,
  };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Player `p`'s integer payoff numerator of outcome `o`, as a bigint. @remarks Since 0.1.0 */
export function payoffBig(table: PayoffTable, players: number, o: number, p: number): bigint {
  const i = o * players + p;
  if (table.num !== null) return BigInt(table.num[i] as number);
  return (table.big as readonly bigint[])[i] as bigint;
}

/**
 * Builds a chance distribution's integer form.
 * @param probs - common probabilities (sum 1)
 * @param beliefs - optional non-common priors, one vector per player
 * @param players - number of players
 * @remarks Since 0.1.0
 */
export function chanceDistribution(
  probs: readonly Rational[],
  beliefs: readonly (readonly Rational[])[] | undefined,
  players: number,
): ChanceDistribution {
  const rows = Array.from({ length: players }, (_, p) => beliefs?.[p] ?? probs);
  const num: bigint[][] = [];
  const den: bigint[] = [];
  let safe = true;
  for (const row of rows) {
    let d = 1n;
    for (const r of row) d = lcm(d, r.d);
    const n = row.map((r) => (r.s * r.n * d) / r.d);
    if (d > MAX_SAFE) safe = false;
    num.push(n);
    den.push(d);
  }
  return {
    probs,
    ...(beliefs !== undefined ? { beliefs } : {}),
    num,
    den,
    numF: num.map((n) => Float64Array.from(n, Number)),
    denF: Float64Array.from(den, Number),
    safe,
  };
}

/**
 * Bytes held by a compiled tree's typed arrays and payoff table (the tree itself; solver work arrays are
 * counted separately by the solver's stats).
 * @remarks Since 0.1.0
 */
export function compiledTreeBytes(tree: CompiledTree): number {
  const pay = tree.payoffs.num?.byteLength ?? (tree.payoffs.big?.length ?? 0) * 16;
  return tree.mover.byteLength + tree.childStart.byteLength + tree.children.byteLength + tree.outcome.byteLength + pay;
}

/**
 * Checks the structural invariants of a compiled tree (children before parents, arities, indices).
 * @throws InvalidArgumentError naming the first broken invariant
 * @remarks Since 0.1.0
 */
export function validateCompiledTree(tree: CompiledTree): void {
  const fail = (msg: string): never => {
    throw new InvalidArgumentError(`validateCompiledTree(): ${msg}`);
  };
  const n = tree.nodeCount;
  if (n < 1) fail('the tree needs at least one node');
  if (tree.childStart.length !== n + 1 || tree.mover.length !== n || tree.outcome.length !== n) {
    fail('array lengths do not match nodeCount');
  }
  for (let v = 0; v < n; v++) {
    const m = tree.mover[v] as number;
    const s = tree.childStart[v] as number;
    const e = tree.childStart[v + 1] as number;
    if (m >= tree.playerCount) fail(`node ${v} has player ${m}; the tree has ${tree.playerCount} players`);
    if (m === TERMINAL_MOVER && e !== s) fail(`terminal node ${v} has children`);
    if (m !== TERMINAL_MOVER && e === s) fail(`node ${v} is not terminal but has no children`);
    if (m <= -2) {
      const dist = tree.chance[chanceIndexOf(m)];
      if (dist === undefined) fail(`node ${v} uses an unknown chance distribution`);
      else if (dist.probs.length !== e - s)
        fail(`chance node ${v} has ${e - s} children and ${dist.probs.length} probabilities`);
    }
    for (let i = s; i < e; i++)
      if ((tree.children[i] as number) >= v) fail(`child ${tree.children[i]} of ${v} is not below it`);
    const o = tree.outcome[v] as number;
    if (o >= tree.payoffs.outcomeCount) fail(`node ${v} has an unknown outcome ${o}`);
  }
}
