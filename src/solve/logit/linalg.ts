/**
 * Dense floating-point linear algebra for the logit path follower: Gaussian elimination with partial
 * pivoting. Floating point by design (the logit method is labelled `exact: false`).
 * @remarks Since 0.1.0
 */

/**
 * Solves `A x = b` for a square matrix given by rows (copied, not modified).
 * @returns the solution, or `null` when `A` is numerically singular
 * @remarks Since 0.1.0
 */
export function solveDense(rows: readonly Float64Array[], b: Float64Array): Float64Array | null {
  const n = rows.length;
  const a: Float64Array[] = rows.map((r, i) => {
    const row = new Float64Array(n + 1);
    row.set(r.subarray(0, n));
    row[n] = b[i] as number;
    return row;
  });
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((a[r] as Float64Array)[c] as number) > Math.abs((a[piv] as Float64Array)[c] as number)) piv = r;
    const p = a[piv] as Float64Array;
    const pv = p[c] as number;
    if (!(Math.abs(pv) > 1e-300)) return null;
    a[piv] = a[c] as Float64Array;
    a[c] = p;
    for (let r = c + 1; r < n; r++) {
      const row = a[r] as Float64Array;
      const f = (row[c] as number) / pv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (p[k] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as Float64Array;
    let s = row[n] as number;
    for (let k = r + 1; k < n; k++) s -= (row[k] as number) * (x[k] as number);
    x[r] = s / (row[r] as number);
  }
  return x.every(Number.isFinite) ? x : null;
}

/** Euclidean norm. @remarks Since 0.1.0 */
export function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}
