/**
 * Fraction-free (integer-preserving) Gauss–Jordan pivoting with BigInt, as in Edmonds (1967) and
 * Bareiss (1968): every entry of the tableau stays an integer, equal to a minor of the original matrix, and
 * the previous pivot divides each update exactly. von Stengel (2002, "Computing equilibria for two-person
 * games", Handbook of Game Theory 3, §4) describes its use for Lemke's algorithm; the solvers of
 * `src/solve/` share this kernel.
 * @remarks Since 0.1.0
 */

/** A dense integer tableau; rows are mutable BigInt arrays. */
export type IntegerTableau = {
  /** rows × columns entries */
  readonly rows: bigint[][];
  /** the determinant of the current basis (the last pivot element); starts at 1 */
  det: bigint;
};

/**
 * Creates a tableau from integer rows (copied).
 * @remarks Since 0.1.0
 */
export function integerTableau(rows: readonly (readonly bigint[])[]): IntegerTableau {
  return { rows: rows.map((r) => r.slice()), det: 1n };
}

/**
 * One fraction-free pivot on entry (`pivotRow`, `pivotCol`): for every other row `i`,
 * `A[i][j] ← (A[i][j]·p − A[i][pivotCol]·A[pivotRow][j]) / det` with `p` the pivot element, which divides
 * exactly; the pivot row is unchanged and `det` becomes `p`.
 * The sign convention keeps `det` the (signed) basis determinant; callers that need a positive determinant
 * negate rows as they see fit.
 * @throws RangeError if the pivot element is zero
 * @remarks Since 0.1.0
 */
export function pivotInteger(tableau: IntegerTableau, pivotRow: number, pivotCol: number): void {
  const rows = tableau.rows;
  const pr = rows[pivotRow];
  if (pr === undefined) throw new RangeError(`pivotInteger(): no row ${pivotRow}`);
  const p = pr[pivotCol];
  if (p === undefined || p === 0n) throw new RangeError(`pivotInteger(): zero pivot at (${pivotRow}, ${pivotCol})`);
  const det = tableau.det;
  const width = pr.length;
  for (let i = 0; i < rows.length; i++) {
    if (i === pivotRow) continue;
    const row = rows[i] as bigint[];
    const f = row[pivotCol] as bigint;
    if (f === 0n) {
      if (p !== det) for (let j = 0; j < width; j++) row[j] = ((row[j] as bigint) * p) / det;
      continue;
    }
    for (let j = 0; j < width; j++) {
      row[j] = ((row[j] as bigint) * p - f * (pr[j] as bigint)) / det;
    }
  }
  tableau.det = p;
}
