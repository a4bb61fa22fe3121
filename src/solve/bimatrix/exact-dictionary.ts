/**
 * The exact side of the reverse search of `reverse-search.ts`: fraction-free BigInt dictionaries of
 * `{ z ≥ 0 : M z ≤ 1 }` and the reverse-search decisions on them (lexicographic minimality, children).
 * A dictionary holds `det·B⁻¹N`, `det·B⁻¹1` and the reduced costs `det·(c_N − c_B B⁻¹N)` (objective
 * `Σ z`), with `det = |det B|` (Edmonds 1967; Bareiss 1968), so it depends only on the basis and the order
 * of its rows and columns: it can be reached by one exchange from a neighbour or rebuilt from scratch.
 * @remarks Since 0.1.0
 */

/** A fraction-free dictionary: `rows[r][t]` (`r < k`), `rows[r][d]` the right-hand side, `rows[k]` the costs. */
export type ExactDictionary = { readonly rows: bigint[][]; det: bigint };

/**
 * The labelling of a basis: `basis[r]` and `nonbasic[t]` are label indices (`0 … k−1` the slacks of rows
 * `k−1 … 0`, then `k … k+d−1` the variables `z_1 … z_d`); `where[label]` is `t` for a nonbasic label and
 * `−1 − r` for a basic one.
 */
export type BasisLabels = {
  readonly basis: Int32Array;
  readonly nonbasic: Int32Array;
  readonly where: Int32Array;
};

/**
 * The dictionary of the all-slack basis (row `i` holds the slack of row `i`, label `k − 1 − i`).
 * @remarks Since 0.1.0
 */
export function rootDictionary(M: readonly (readonly bigint[])[]): ExactDictionary {
  const d = M[0]?.length ?? 0;
  const rows = M.map((r) => [...r, 1n]);
  const cost = new Array<bigint>(d + 1).fill(1n);
  cost[d] = 0n;
  rows.push(cost);
  return { rows, det: 1n };
}

/** A copy of a dictionary. @remarks Since 0.1.0 */
export function copyDictionary(D: ExactDictionary): ExactDictionary {
  return { rows: D.rows.map((row) => row.slice()), det: D.det };
}

/**
 * Fraction-free Jordan exchange of basic row `r` with nonbasic column `t`, keeping `det > 0` (as Gambit's
 * `Tableau<Rational>::Pivot`); the caller updates the labels.
 * @remarks Since 0.1.0
 */
export function exchangeExact(D: ExactDictionary, r: number, t: number): void {
  const rows = D.rows;
  const pr = rows[r] as bigint[];
  const p = pr[t] as bigint;
  const det = D.det;
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
  D.det = p;
  if (p < 0n) {
    D.det = -p;
    for (const row of rows) for (let u = 0; u < width; u++) row[u] = -(row[u] as bigint);
  }
}

/**
 * The dictionary of a basis, rebuilt from `M` by Gauss–Jordan exchanges from the all-slack basis (at most
 * `min(k, d)` of them), with rows and columns in the order of `labels`.
 * @remarks Since 0.1.0
 */
export function dictionaryOf(M: readonly (readonly bigint[])[], labels: BasisLabels): ExactDictionary {
  const k = M.length;
  const d = M[0]?.length ?? 0;
  const D = rootDictionary(M);
  const rowLabel = Array.from({ length: k }, (_, i) => k - 1 - i);
  const colLabel = Array.from({ length: d }, (_, j) => k + j);
  for (let r = 0; r < k; r++) {
    const L = labels.basis[r] as number;
    if (L < k) continue;
    const t = colLabel.indexOf(L);
    // a row whose slack leaves the target basis, with a nonzero entry (exists: the target basis is regular)
    let row = -1;
    for (let i = 0; i < k && row < 0; i++) {
      const li = rowLabel[i] as number;
      if (li < k && (labels.where[li] as number) >= 0 && (D.rows[i] as bigint[])[t] !== 0n) row = i;
    }
    if (row < 0) throw new RangeError('dictionaryOf(): the basis is singular');
    exchangeExact(D, row, t);
    colLabel[t] = rowLabel[row] as number;
    rowLabel[row] = L;
  }
  const rowAt = new Int32Array(k + d);
  rowLabel.forEach((L, i) => {
    rowAt[L] = i;
  });
  const colAt = new Int32Array(k + d);
  colLabel.forEach((L, j) => {
    colAt[L] = j;
  });
  const perm = (src: readonly bigint[]): bigint[] => {
    const out = new Array<bigint>(d + 1);
    for (let t = 0; t < d; t++) out[t] = src[colAt[labels.nonbasic[t] as number] as number] as bigint;
    out[d] = src[d] as bigint;
    return out;
  };
  const rows: bigint[][] = [];
  for (let r = 0; r < k; r++) rows.push(perm(D.rows[rowAt[labels.basis[r] as number] as number] as bigint[]));
  rows.push(perm(D.rows[k] as bigint[]));
  return { rows, det: D.det };
}

/**
 * Whether the basis is the lexicographically minimal one of its vertex (Avis–Fukuda 1992, §3): every row
 * whose basic variable is zero has no negative entry in a nonbasic column of smaller label.
 * @remarks Since 0.1.0
 */
export function isLexMinExact(D: ExactDictionary, labels: BasisLabels): boolean {
  const k = D.rows.length - 1;
  const d = (D.rows[0]?.length ?? 1) - 1;
  for (let r = 0; r < k; r++) {
    const row = D.rows[r] as bigint[];
    if (row[d] !== 0n) continue;
    const own = labels.basis[r] as number;
    for (let li = 0; li < own; li++) {
      const t = labels.where[li] as number;
      if (t >= 0 && (row[t] as bigint) < 0n) return false;
    }
  }
  return true;
}

/**
 * The reverse-search children of a basis, appended to `out` as (row, column) pairs, by entering label then
 * row (Gambit's `ReversePivots`, `src/solvers/linalg/vertenum.imp`): the pivots whose result has this basis
 * as its Bland parent (Avis–Fukuda 1992, §3, the reverse of the simplex pivot rule).
 * @remarks Since 0.1.0
 */
export function childrenExact(D: ExactDictionary, labels: BasisLabels, out: number[]): void {
  const T = D.rows;
  const k = T.length - 1;
  const d = (T[0]?.length ?? 1) - 1;
  const { basis, where } = labels;
  const obj = T[k] as bigint[];
  for (let L = 0; L < k + d; L++) {
    const c = where[L] as number;
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
        if (row[d] === 0n && (row[c] as bigint) < 0n && (basis[q] as number) < L) ok = false;
      }
      if (!ok) continue;
      // dual: in the child, the leaving variable is the smallest label with negative reduced cost
      const enter = basis[i] as number;
      const aiL = rowI[c] as bigint;
      for (let u = 0; u < enter && ok; u++) {
        const cu = where[u] as number;
        if (cu < 0) continue;
        if ((obj[cu] as bigint) * aiL - (rowI[cu] as bigint) * zL < 0n) ok = false;
      }
      if (ok) out.push(i, c);
    }
  }
}
