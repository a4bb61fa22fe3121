/**
 * The Lemke–Howson tableau pair of a bimatrix game, as in Gambit's `LHTableau` (`src/solvers/linalg/
 * lhtab.imp`, `lemketab.imp`): `T1` holds `A1 y + s = 1` (rows 1 … m), `T2` holds `A2 x + t = 1`
 * (rows m+1 … m+n), with `A1`, `A2` positive (Lemke and Howson 1964; von Stengel 2007, §3.6).
 * Labels follow Gambit: `i` (1 … m) is `x_i`, `m + j` is `y_j`, and `−r` the slack of row `r`; `r` and `−r`
 * are complementary. Pivoting is fraction-free (shared kernel `pivotInteger`) with a positive determinant
 * per tableau, and the leaving row is chosen by the lexicographic minimum-ratio rule over `[B⁻¹1, −B⁻¹]`
 * (Gambit's `ExitIndex`, Eaves 1971), so degenerate games cannot cycle.
 * @remarks Since 0.1.0
 */
import { type IntegerTableau, integerTableau, pivotInteger } from '../../numeric/integer-pivot.js';

/** One of the two tableaux: rows `[A | I | 1]·det`, the labels of its basis, and its first row number. */
type Half = { tab: IntegerTableau; basis: number[]; firstRow: number; structural: number };

/** The state of a Lemke–Howson computation. */
export type LHState = { readonly m: number; readonly n: number; readonly halves: readonly [Half, Half] };

/**
 * The artificial equilibrium (all slacks basic) of the positive matrices `A1` (m×n) and `A2` (n×m).
 * @remarks Since 0.1.0
 */
export function lhStart(A1: readonly (readonly bigint[])[], A2: readonly (readonly bigint[])[]): LHState {
  const m = A1.length;
  const n = A2.length;
  const half = (M: readonly (readonly bigint[])[], firstRow: number, structural: number): Half => {
    const rows = M.map((r, i) => {
      const row = [...r, ...new Array<bigint>(M.length).fill(0n), 1n];
      row[r.length + i] = 1n;
      return row;
    });
    return { tab: integerTableau(rows), basis: M.map((_, i) => -(firstRow + i)), firstRow, structural };
  };
  return { m, n, halves: [half(A1, 1, n), half(A2, m + 1, m)] };
}

/** A deep copy of a state. @remarks Since 0.1.0 */
export function lhCopy(s: LHState): LHState {
  const copy = (h: Half): Half => ({
    tab: { rows: h.tab.rows.map((r) => r.slice()), det: h.tab.det },
    basis: h.basis.slice(),
    firstRow: h.firstRow,
    structural: h.structural,
  });
  return { m: s.m, n: s.n, halves: [copy(s.halves[0]), copy(s.halves[1])] };
}

/** The half whose columns hold a label, and the column. */
function locate(s: LHState, label: number): { h: Half; col: number } {
  const [h1, h2] = s.halves;
  if (label > 0) return label <= s.m ? { h: h2, col: label - 1 } : { h: h1, col: label - s.m - 1 };
  const r = -label;
  return r <= s.m ? { h: h1, col: s.n + r - 1 } : { h: h2, col: r - 1 };
}

/** Whether a label is basic. @remarks Since 0.1.0 */
export function lhIsBasic(s: LHState, label: number): boolean {
  return s.halves[0].basis.includes(label) || s.halves[1].basis.includes(label);
}

/** Brings `enter` into the basis; returns the label that leaves. */
function pivotIn(s: LHState, enter: number): number {
  const { h, col } = locate(s, enter);
  const T = h.tab.rows;
  const rhs = h.structural + h.basis.length;
  let best: number[] = [];
  for (let r = 0; r < T.length; r++) if (((T[r] as bigint[])[col] as bigint) > 0n) best.push(r);
  if (best.length === 0) throw new RangeError('lemkePath(): unbounded column; the payoff matrices must be positive');
  // lexicographic minimum ratio: first B⁻¹1, then −B⁻¹ column by column
  for (let stage = -1; best.length > 1 && stage < h.basis.length; stage++) {
    const c = stage < 0 ? rhs : h.structural + stage;
    const sign = stage < 0 ? 1n : -1n;
    let keep: number[] = [];
    let bn = 0n;
    let bd = 1n;
    for (const r of best) {
      const row = T[r] as bigint[];
      const num = sign * (row[c] as bigint);
      const den = row[col] as bigint;
      const cmp = keep.length === 0 ? -1n : num * bd - bn * den;
      if (cmp < 0n) {
        keep = [r];
        bn = num;
        bd = den;
      } else if (cmp === 0n) keep.push(r);
    }
    best = keep;
  }
  const r = best[0] as number;
  const leaving = h.basis[r] as number;
  pivotInteger(h.tab, r, col);
  if (h.tab.det < 0n) {
    h.tab.det = -h.tab.det;
    for (const row of T) for (let j = 0; j < row.length; j++) row[j] = -(row[j] as bigint);
  }
  h.basis[r] = enter;
  return leaving;
}

/**
 * Follows the Lemke–Howson path that drops label `dup` (1 … m+n) from the current completely labelled
 * basis to the next one (Gambit's `LemkePath`), pivoting in place.
 * @param onPivot - called once per pivot; returning `false` abandons the path
 * @returns whether the path was completed
 * @remarks Since 0.1.0
 */
export function lemkePath(s: LHState, dup: number, onPivot: () => boolean): boolean {
  let enter = lhIsBasic(s, dup) ? -dup : dup;
  for (;;) {
    if (!onPivot()) return false;
    const exit = pivotIn(s, enter);
    if (exit === dup || exit === -dup) return true;
    enter = -exit;
  }
}

/**
 * The basic structural variables and their values: `x` (length m) and `y` (length n) as integer vectors
 * proportional to the basic solution of each tableau.
 * @remarks Since 0.1.0
 */
export function lhSolution(s: LHState): { x: bigint[]; y: bigint[]; key: string } {
  const x = new Array<bigint>(s.m).fill(0n);
  const y = new Array<bigint>(s.n).fill(0n);
  const keys: number[] = [];
  for (const h of s.halves) {
    const rhs = h.structural + h.basis.length;
    h.basis.forEach((label, r) => {
      if (label <= 0) return;
      keys.push(label);
      const v = (h.tab.rows[r] as bigint[])[rhs] as bigint;
      if (label <= s.m) x[label - 1] = v;
      else y[label - s.m - 1] = v;
    });
  }
  return { x, y, key: keys.sort((a, b) => a - b).join(',') };
}
