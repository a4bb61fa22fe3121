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
 * Arithmetic is filtered (`'filtered'`, the default): every basis carries a float dictionary with proved
 * error bounds (`certified-float.ts`), on which the decisions are taken when their signs are certified
 * (`float-decisions.ts`); otherwise — degenerate bases, near ties, lost precision — the exact fraction-free
 * BigInt dictionary of the basis (`exact-dictionary.ts`; one exchange from the parent's when it has one,
 * else rebuilt from `M`) decides, as Gambit's `Tableau<Rational>` would. Both give the same decisions, so
 * the same tree, order and output as `'exact'`, which uses the BigInt dictionary throughout. Exact
 * coordinates are computed only for the vertices a caller asks them of.
 * @remarks Since 0.1.0
 */
import type { BudgetMeter } from '../budget.js';
import { type FloatTableau, bigintToFloat, exchangeFloat, floatTableau, ratioToFloat } from './certified-float.js';
import {
  type BasisLabels,
  type ExactDictionary,
  childrenExact,
  copyDictionary,
  dictionaryOf,
  exchangeExact,
  isLexMinExact,
  rootDictionary,
} from './exact-dictionary.js';
import { decideFloat } from './float-decisions.js';
import { freshFloatDictionary } from './float-dictionary.js';
import { type PolytopeVertex, vertexFromDictionary, vertexFromLabels } from './polytope-vertex.js';

export type { PolytopeVertex } from './polytope-vertex.js';

/** How {@link enumerateVertices} computes: float filter with exact fallback, or exact throughout. */
export type VertexArithmetic = 'filtered' | 'exact';

/** Counts of a vertex enumeration. */
export type VertexSearchStats = {
  /** feasible bases visited (nodes of the reverse-search tree) */
  readonly bases: number;
  readonly vertices: number;
  /** bases decided with exact arithmetic (all of them under `'exact'`) */
  readonly exactBases: number;
  /** whether the search ran to the end (false: the budget stopped it, or the callback asked to stop) */
  readonly complete: boolean;
};

/** A basis of the search stack, with the exchange that produced it from its parent. */
type Node = BasisLabels & {
  readonly tab: FloatTableau;
  exact: ExactDictionary | null;
  readonly children: number[];
  next: number;
  pivotRow: number;
  pivotCol: number;
};

/** Whether a float dictionary lost so much accuracy that a refresh from the exact one pays. */
function blurred(val: Float64Array, err: Float64Array): boolean {
  for (let i = 0; i < val.length; i++)
    if (!((err[i] as number) <= 1e-9 * (1 + Math.abs(val[i] as number)))) return true;
  return false;
}

/**
 * Enumerates the vertices of `{ z ≥ 0 : M z ≤ 1 }` in Gambit's order, calling `onVertex` for each.
 * @param M - `k` rows of `d` positive integers
 * @param meter - counts one pivot per tree edge and stops the search when a limit is hit
 * @param onVertex - receives each vertex; returning `false` stops the search
 * @param arithmetic - `'filtered'` (default) or `'exact'`; both give the same vertices in the same order
 * @remarks Since 0.1.0
 */
export function enumerateVertices(
  M: readonly (readonly bigint[])[],
  meter: BudgetMeter,
  onVertex: (v: PolytopeVertex) => boolean,
  arithmetic: VertexArithmetic = 'filtered',
): VertexSearchStats {
  const k = M.length;
  const d = M[0]?.length ?? 0;
  const labelCount = k + d;
  const filtered = arithmetic === 'filtered';
  const pool: Node[] = [];
  const nodeAt = (depth: number): Node => {
    let node = pool[depth];
    if (node === undefined) {
      node = {
        basis: new Int32Array(k),
        nonbasic: new Int32Array(d),
        where: new Int32Array(labelCount),
        tab: floatTableau(k + 1, d + 1),
        exact: null,
        children: [],
        next: 0,
        pivotRow: -1,
        pivotCol: -1,
      };
      pool[depth] = node;
    }
    return node;
  };

  // root: basis = slacks (row i holds label k − 1 − i), nonbasic = structural variables, reduced costs 1
  const root = nodeAt(0);
  root.exact = rootDictionary(M);
  for (let i = 0; i < k; i++) {
    root.basis[i] = k - 1 - i;
    root.where[k - 1 - i] = -1 - i;
  }
  for (let j = 0; j < d; j++) {
    root.nonbasic[j] = k + j;
    root.where[k + j] = j;
  }
  root.exact.rows.forEach((row, r) => {
    row.forEach((x, u) => {
      const [v, e] = bigintToFloat(x);
      root.tab.val[r * (d + 1) + u] = v;
      root.tab.err[r * (d + 1) + u] = e;
    });
  });

  const rootTab = floatTableau(k + 1, d + 1);
  rootTab.val.set(root.tab.val);
  rootTab.err.set(root.tab.err);
  const scratch = floatTableau(k + 1, d + 1);

  let bases = 0;
  let vertices = 0;
  let exactBases = 0;
  // fresh float dictionaries are tried while they succeed often enough (they cannot help at degenerate bases)
  let freshTries = 0;
  let freshWins = 0;

  const ensureExact = (depth: number): ExactDictionary => {
    const node = pool[depth] as Node;
    if (node.exact !== null) return node.exact;
    const parent = depth > 0 ? (pool[depth - 1] as Node).exact : null;
    if (parent !== null) {
      node.exact = copyDictionary(parent);
      exchangeExact(node.exact, node.pivotRow, node.pivotCol);
    } else node.exact = dictionaryOf(M, node);
    return node.exact;
  };

  /** Decides the basis at `depth` (children, lexicographic minimality) and reports its vertex. */
  const visit = (depth: number): boolean => {
    const node = pool[depth] as Node;
    bases++;
    node.children.length = 0;
    node.next = 0;
    if (filtered) {
      let decided = decideFloat(node.tab, node, node.children);
      if (!decided && freshTries < 8 + 4 * freshWins) {
        freshTries++;
        node.children.length = 0;
        decided = freshFloatDictionary(rootTab, node, scratch, node.tab) && decideFloat(node.tab, node, node.children);
        if (decided) freshWins++;
      }
      if (decided) {
        vertices++;
        return onVertex(vertexFromLabels(M, node));
      }
    }
    node.children.length = 0;
    exactBases++;
    const D = ensureExact(depth);
    if (filtered && blurred(node.tab.val, node.tab.err)) {
      D.rows.forEach((row, r) => {
        row.forEach((x, u) => {
          const [v, e] = ratioToFloat(x, D.det);
          node.tab.val[r * (d + 1) + u] = v;
          node.tab.err[r * (d + 1) + u] = e;
        });
      });
    }
    childrenExact(D, node, node.children);
    if (!isLexMinExact(D, node)) return true;
    vertices++;
    return onVertex(vertexFromDictionary(D, node));
  };

  let depth = 0;
  let stoppedByCallback = !visit(0);
  if (stoppedByCallback) depth = -1;
  while (depth >= 0 && !stoppedByCallback) {
    const top = pool[depth] as Node;
    if (top.next >= top.children.length) {
      depth--;
      continue;
    }
    const r = top.children[top.next] as number;
    const t = top.children[top.next + 1] as number;
    top.next += 2;
    if (meter.step('pivots') !== null) break;
    const child = nodeAt(depth + 1);
    child.basis.set(top.basis);
    child.nonbasic.set(top.nonbasic);
    child.where.set(top.where);
    child.pivotRow = r;
    child.pivotCol = t;
    child.exact = null;
    if (filtered) {
      child.tab.val.set(top.tab.val);
      child.tab.err.set(top.tab.err);
      exchangeFloat(child.tab, r, t);
    } else {
      child.exact = copyDictionary(top.exact as ExactDictionary);
      exchangeExact(child.exact, r, t);
    }
    const leaving = child.basis[r] as number;
    const entering = child.nonbasic[t] as number;
    child.basis[r] = entering;
    child.nonbasic[t] = leaving;
    child.where[entering] = -1 - r;
    child.where[leaving] = t;
    depth++;
    if (!visit(depth)) stoppedByCallback = true;
  }
  return {
    bases,
    vertices,
    exactBases,
    complete: depth < 0 && !stoppedByCallback && meter.stopped === null,
  };
}
