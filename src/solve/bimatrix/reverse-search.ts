/**
 * Vertex enumeration of a polytope `{ z ≥ 0 : M z ≤ 1 }` (`M` with positive integer entries) by the reverse
 * search of Avis and Fukuda (1992, "A pivoting algorithm for convex hulls and vertex enumeration of
 * arrangements and polyhedra", Discrete Comput. Geom. 8:295–313), as in Gambit's `VertexEnumerator`
 * (`src/solvers/linalg/vertenum.imp`, `lptab.imp`), whose visiting order it reproduces:
 *
 * - the root is the basis of all slacks (the vertex `z = 0`, the unique minimum of `Σ z`);
 * - the parent of a feasible basis is the one Bland's rule reaches in one simplex pivot towards the root
 *   (entering: the smallest label with negative reduced cost; leaving: the minimum ratio, ties to the
 *   smallest label); labels are ordered slacks `−k … −1`, then structural variables `1 … d`;
 * - children are visited depth first, by entering label, then by row;
 * - a vertex is reported once, at its lexicographically minimal basis (Avis–Fukuda §3): every row whose
 *   basic variable is zero has no negative entry in a column of smaller label.
 *
 * The tableau is a fraction-free (Edmonds 1967; Bareiss 1968) BigInt dictionary over the nonbasic columns
 * (a Jordan exchange per pivot, as Gambit's `Tableau<Rational>`), with the reduced-cost row, kept with a
 * positive determinant: `det·B⁻¹N`, `det·B⁻¹1` and `det·(c_N − c_B B⁻¹N)`.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';

/** A vertex of `{ z ≥ 0 : M z ≤ 1 }` with its labels. */
export type PolytopeVertex = {
  /** the coordinates are `num[j] / den` */
  readonly num: readonly bigint[];
  readonly den: bigint;
  /** `tight[i]`: row `i` of `M z ≤ 1` holds with equality */
  readonly tight: readonly boolean[];
  /** whether the vertex has more tight constraints (zero coordinates and tight rows) than dimensions */
  readonly degenerate: boolean;
};

/** Counts of a vertex enumeration. */
export type VertexSearchStats = {
  /** feasible bases visited (nodes of the reverse-search tree) */
  readonly bases: number;
  readonly vertices: number;
  /** whether the search ran to the end (false: the budget stopped it, or the callback asked to stop) */
  readonly complete: boolean;
};

/**
 * A dictionary: `rows[r][t]` (r < k) is `det·(B⁻¹N)[r][t]`, `rows[r][d]` is `det·(B⁻¹1)[r]`, `rows[k]` the
 * reduced costs; `basis[r]` and `nonbasic[t]` are label indices (0 … k−1 slacks −k … −1, then k … k+d−1
 * structural 1 … d); `where[label]` is `t` for a nonbasic label, `−1 − r` for a basic one.
 */
type Node = {
  rows: bigint[][];
  det: bigint;
  basis: number[];
  nonbasic: number[];
  where: Int32Array;
  children: number[];
  next: number;
};

/** Jordan exchange of basic row `r` with nonbasic column `t`, fraction-free, keeping `det > 0`. */
function exchange(node: Node, r: number, t: number): void {
  const rows = node.rows;
  const pr = rows[r] as bigint[];
  const p = pr[t] as bigint;
  const det = node.det;
  const width = pr.length;
  for (let i = 0; i < rows.length; i++) {
    if (i === r) continue;
    const row = rows[i] as bigint[];
    const f = row[t] as bigint;
    if (f === 0n) {
      if (p !== det) for (let u = 0; u < width; u++) row[u] = ((row[u] as bigint) * p) / det;
    } else {
      for (let u = 0; u < width; u++) row[u] = ((row[u] as bigint) * p - (pr[u] as bigint) * f) / det;
      row[t] = -f;
    }
  }
  pr[t] = det;
  node.det = p;
  if (p < 0n) {
    node.det = -p;
    for (const row of rows) for (let u = 0; u < width; u++) row[u] = -(row[u] as bigint);
  }
  const leaving = node.basis[r] as number;
  const entering = node.nonbasic[t] as number;
  node.basis[r] = entering;
  node.nonbasic[t] = leaving;
  node.where[entering] = -1 - r;
  node.where[leaving] = t;
}

/**
 * Enumerates the vertices of `{ z ≥ 0 : M z ≤ 1 }` in Gambit's order, calling `onVertex` for each.
 * @param M - `k` rows of `d` positive integers
 * @param meter - counts one pivot per tree edge and stops the search when a limit is hit
 * @param onVertex - receives each vertex; returning `false` stops the search
 * @remarks Since 0.1.0
 */
export function enumerateVertices(
  M: readonly (readonly bigint[])[],
  meter: BudgetMeter,
  onVertex: (v: PolytopeVertex) => boolean,
): VertexSearchStats {
  const k = M.length;
  const d = M[0]?.length ?? 0;
  const labelCount = k + d;
  // initial dictionary: basis = slacks, nonbasic = structural variables; reduced costs 1
  const rows: bigint[][] = M.map((r) => [...r, 1n]);
  const cost = new Array<bigint>(d + 1).fill(1n);
  cost[d] = 0n;
  rows.push(cost);
  const where = new Int32Array(labelCount);
  // slack of row i (label −(i+1)) has label index k − 1 − i
  const basis = Array.from({ length: k }, (_, i) => k - 1 - i);
  for (let i = 0; i < k; i++) where[k - 1 - i] = -1 - i;
  const nonbasic = Array.from({ length: d }, (_, j) => k + j);
  for (let j = 0; j < d; j++) where[k + j] = j;
  const root: Node = { rows, det: 1n, basis, nonbasic, where, children: [], next: 0 };

  let bases = 0;
  let vertices = 0;

  const isLexMin = (node: Node): boolean => {
    for (let r = 0; r < k; r++) {
      const row = node.rows[r] as bigint[];
      if (row[d] !== 0n) continue;
      const own = node.basis[r] as number;
      for (let li = 0; li < own; li++) {
        const t = node.where[li] as number;
        if (t >= 0 && (row[t] as bigint) < 0n) return false;
      }
    }
    return true;
  };

  const report = (node: Node): boolean => {
    const num = new Array<bigint>(d).fill(0n);
    const tight = new Array<boolean>(k).fill(true);
    let zeros = 0;
    for (let r = 0; r < k; r++) {
      const li = node.basis[r] as number;
      const value = (node.rows[r] as bigint[])[d] as bigint;
      if (li >= k) num[li - k] = value;
      else tight[k - 1 - li] = value === 0n;
    }
    for (const x of num) if (x === 0n) zeros++;
    for (const t of tight) if (t) zeros++;
    vertices++;
    return onVertex({ num, den: node.det, tight, degenerate: zeros > d });
  };

  // children as (row, column) pairs, by entering label then row (Gambit's ReversePivots)
  const childrenOf = (node: Node): number[] => {
    const T = node.rows;
    const obj = T[k] as bigint[];
    const out: number[] = [];
    for (let L = 0; L < labelCount; L++) {
      const c = node.where[L] as number;
      if (c < 0) continue;
      const zL = obj[c] as bigint;
      if (zL <= 0n) continue; // the leaving variable would not re-enter by Bland's rule
      let best: number[] = [];
      let bn = 0n;
      let bd = 1n;
      for (let r = 0; r < k; r++) {
        const row = T[r] as bigint[];
        const a = row[c] as bigint;
        if (a <= 0n) continue;
        const b = row[d] as bigint;
        if (best.length === 0) {
          best = [r];
          bn = b;
          bd = a;
        } else {
          const cmp = b * bd - bn * a;
          if (cmp < 0n) {
            best = [r];
            bn = b;
            bd = a;
          } else if (cmp === 0n) best.push(r);
        }
      }
      for (const i of best) {
        const rowI = T[i] as bigint[];
        // primal: from the child, the minimum-ratio row for the re-entering variable (ties to the smallest
        // label) must be row i; the only competitors are degenerate rows with negative entries
        let ok = true;
        for (let q = 0; q < k && ok; q++) {
          if (q === i) continue;
          const row = T[q] as bigint[];
          if (row[d] === 0n && (row[c] as bigint) < 0n && (node.basis[q] as number) < L) ok = false;
        }
        if (!ok) continue;
        // dual: in the child, the leaving variable is the smallest label with negative reduced cost
        const enter = node.basis[i] as number;
        const aiL = rowI[c] as bigint;
        for (let u = 0; u < enter && ok; u++) {
          const cu = node.where[u] as number;
          if (cu < 0) continue;
          if ((obj[cu] as bigint) * aiL - (rowI[cu] as bigint) * zL < 0n) ok = false;
        }
        if (ok) out.push(i, c);
      }
    }
    return out;
  };

  const visit = (node: Node): boolean => {
    bases++;
    if (isLexMin(node) && !report(node)) return false;
    node.children = childrenOf(node);
    return true;
  };

  const stack: Node[] = [];
  let stoppedByCallback = !visit(root);
  if (!stoppedByCallback) stack.push(root);
  while (stack.length > 0 && !stoppedByCallback) {
    const top = stack[stack.length - 1] as Node;
    if (top.next >= top.children.length) {
      stack.pop();
      continue;
    }
    const r = top.children[top.next] as number;
    const t = top.children[top.next + 1] as number;
    top.next += 2;
    if (meter.step('pivots') !== null) break;
    const child: Node = {
      rows: top.rows.map((row) => row.slice()),
      det: top.det,
      basis: top.basis.slice(),
      nonbasic: top.nonbasic.slice(),
      where: top.where.slice(),
      children: [],
      next: 0,
    };
    exchange(child, r, t);
    if (visit(child)) stack.push(child);
    else stoppedByCallback = true;
  }
  return { bases, vertices, complete: stack.length === 0 && !stoppedByCallback && meter.stopped === null };
}
