/**
 * Exact feasibility of `A·x = b, x ≥ 0` over the rationals, by phase 1 of the simplex method with Bland's
 * rule (Bland 1977; Chvátal 1983, "Linear Programming", ch. 3 and 8), returning a certificate either way:
 * a feasible point, or a Farkas vector y with yᵀA ≤ 0 and yᵀb > 0 (Farkas 1902). Callers re-check the
 * certificate against their own constraints, so a result never rests on this code alone.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO } from '../numeric/rational.js';

/** A certificate of (in)feasibility of `A·x = b, x ≥ 0`. @remarks Since 0.1.0 */
export type LpFeasibility =
  | { readonly feasible: true; readonly x: readonly Rational[] }
  | { readonly feasible: false; readonly y: readonly Rational[] };

/**
 * Decides feasibility of `A·x = b, x ≥ 0` exactly.
 * @param A - m rows of n rationals
 * @param b - m rationals
 * @remarks Since 0.1.0
 */
export function exactFeasibility(
  A: readonly (readonly Rational[])[],
  b: readonly Rational[],
  n: number,
): LpFeasibility {
  const m = A.length;
  const sign = b.map((v) => (v.s < 0n && v.n !== 0n ? -1 : 1));
  // Tableau [A | I | b] with rows negated where b < 0, artificial basis.
  const T: Rational[][] = A.map((row, i) => {
    const s = sign[i] as number;
    const out: Rational[] = [];
    for (let j = 0; j < n; j++) out.push(s < 0 ? (row[j] ?? ZERO).neg() : (row[j] ?? ZERO));
    for (let k = 0; k < m; k++) out.push(k === i ? ONE : ZERO);
    out.push(s < 0 ? (b[i] as Rational).neg() : (b[i] as Rational));
    return out;
  });
  const width = n + m + 1;
  const basis = Array.from({ length: m }, (_, i) => n + i);
  // Reduced costs of the phase-1 objective (sum of artificials); last entry: −(objective value).
  const obj: Rational[] = new Array<Rational>(width).fill(ZERO);
  for (let j = 0; j < width; j++) {
    let v = j >= n && j < n + m ? ONE : ZERO;
    for (let i = 0; i < m; i++) v = v.sub((T[i] as Rational[])[j] as Rational);
    obj[j] = v;
  }
  for (;;) {
    let enter = -1;
    for (let j = 0; j < n + m; j++) {
      if ((obj[j] as Rational).s < 0n && (obj[j] as Rational).n !== 0n) {
        enter = j;
        break;
      }
    }
    if (enter < 0) break;
    let leave = -1;
    let best: Rational | undefined;
    for (let i = 0; i < m; i++) {
      const a = (T[i] as Rational[])[enter] as Rational;
      if (a.s < 0n || a.n === 0n) continue;
      const ratio = ((T[i] as Rational[])[width - 1] as Rational).div(a);
      const c = best === undefined ? -1 : ratio.compare(best);
      if (c < 0 || (c === 0 && (basis[i] as number) < (basis[leave] as number))) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) break; // unbounded cannot happen in phase 1 (objective ≥ 0); defensive
    pivot(T, obj, leave, enter);
    basis[leave] = enter;
  }
  const value = (obj[width - 1] as Rational).neg();
  if (value.n === 0n) {
    const x = new Array<Rational>(n).fill(ZERO);
    basis.forEach((j, i) => {
      if (j < n) x[j] = (T[i] as Rational[])[width - 1] as Rational;
    });
    return { feasible: true, x };
  }
  // y_i = 1 − (reduced cost of artificial i), undoing the row sign flips.
  const y = Array.from({ length: m }, (_, i) => {
    const yi = ONE.sub(obj[n + i] as Rational);
    return (sign[i] as number) < 0 ? yi.neg() : yi;
  });
  return { feasible: false, y };
}

function pivot(T: Rational[][], obj: Rational[], r: number, c: number): void {
  const row = T[r] as Rational[];
  const p = row[c] as Rational;
  for (let j = 0; j < row.length; j++) row[j] = (row[j] as Rational).div(p);
  const eliminate = (target: Rational[]): void => {
    const f = target[c] as Rational;
    if (f.n === 0n) return;
    for (let j = 0; j < target.length; j++) target[j] = (target[j] as Rational).sub(f.mul(row[j] as Rational));
  };
  T.forEach((other, i) => {
    if (i !== r) eliminate(other);
  });
  eliminate(obj);
}
