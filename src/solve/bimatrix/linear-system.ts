/**
 * Exact solution of small integer linear systems by fraction-free Gauss–Jordan elimination (Edmonds 1967;
 * Bareiss 1968), on the shared kernel `pivotInteger` of `src/numeric/integer-pivot.ts`.
 * @remarks Since 0.1.0
 */
import { integerTableau, pivotInteger } from '../../numeric/integer-pivot.js';

/** What {@link solveIntegerSystem} found. */
export type LinearSolution =
  /** exactly one solution `x = num / den` (`den > 0`) */
  | { readonly kind: 'unique'; readonly num: readonly bigint[]; readonly den: bigint }
  /** infinitely many solutions (the coefficient matrix has rank below the number of unknowns) */
  | { readonly kind: 'many' }
  /** no solution */
  | { readonly kind: 'none' };

/**
 * Solves `M x = b` exactly, for any number of equations and unknowns.
 * @param M - the coefficient rows (each of the same length, the number of unknowns)
 * @param b - the right-hand side, one entry per row
 * @remarks Since 0.1.0
 */
export function solveIntegerSystem(M: readonly (readonly bigint[])[], b: readonly bigint[]): LinearSolution {
  const rows = M.length;
  const cols = M[0]?.length ?? 0;
  const tab = integerTableau(M.map((r, i) => [...r, b[i] as bigint]));
  const used = new Array<boolean>(rows).fill(false);
  const pivotRowOf = new Array<number>(cols).fill(-1);
  let rank = 0;
  for (let c = 0; c < cols; c++) {
    let r = -1;
    for (let i = 0; i < rows; i++) {
      if (!used[i] && (tab.rows[i] as bigint[])[c] !== 0n) {
        r = i;
        break;
      }
    }
    if (r < 0) continue;
    pivotInteger(tab, r, c);
    used[r] = true;
    pivotRowOf[c] = r;
    rank++;
  }
  for (let i = 0; i < rows; i++) if (!used[i] && (tab.rows[i] as bigint[])[cols] !== 0n) return { kind: 'none' };
  if (rank < cols) return { kind: 'many' };
  const sign = tab.det < 0n ? -1n : 1n;
  const num = pivotRowOf.map((r) => ((tab.rows[r] as bigint[])[cols] as bigint) * sign);
  return { kind: 'unique', num, den: tab.det * sign };
}
