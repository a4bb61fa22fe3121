/**
 * An exact linear-programming solver: the two-phase primal simplex method on a sparse tableau of exact
 * rationals, with Bland's smallest-index rule (no cycling). Chvátal, "Linear Programming" (1983), ch. 2–3
 * (tableau, two phases) and Bland (1977), "New finite pivoting rules for the simplex method". Sized for the
 * small, sparse LPs of certificate search and redundancy checks (hundreds of rows and columns).
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import type { Rational } from './rational.js';

/** One linear constraint `Σ coefs[j]·x_j (op) rhs`; `coefs` holds the nonzero entries by variable index. */
export type LpConstraint = {
  readonly coefs: ReadonlyMap<number, Rational>;
  readonly op: '<=' | '>=' | '=';
  readonly rhs: Rational;
};

/** A linear program over variables `0 … vars−1`, nonnegative unless listed in `free`. */
export type LpProblem = {
  readonly vars: number;
  readonly constraints: readonly LpConstraint[];
  /** maximize `Σ objective[j]·x_j`; absent: feasibility only */
  readonly objective?: ReadonlyMap<number, Rational>;
  /** variables without sign restriction */
  readonly free?: ReadonlySet<number>;
  /** stop after this many pivots (default 20 000) */
  readonly maxPivots?: number;
};

/** The answer of {@link solveLp}. */
export type LpResult =
  | { readonly status: 'optimal'; readonly x: readonly Rational[]; readonly value: Rational; readonly pivots: number }
  | { readonly status: 'infeasible' | 'unbounded' | 'budget'; readonly pivots: number };

type Row = Map<number, Rational>;
const ZERO = new Fraction(0);

/** A tableau in canonical form for the basis: rows, right-hand sides, basic variable per row, z-row. */
type Tableau = { rows: Row[]; rhs: Rational[]; basis: number[]; z: Row; zValue: Rational; pivots: number };

function pivot(t: Tableau, r: number, c: number): void {
  const pr = t.rows[r] as Row;
  const a = pr.get(c) as Rational;
  const inv = new Fraction(1).div(a);
  for (const [j, v] of pr) pr.set(j, v.mul(inv));
  t.rhs[r] = (t.rhs[r] as Rational).mul(inv);
  const elim = (row: Row): Rational | undefined => {
    const f = row.get(c);
    if (f === undefined) return undefined;
    for (const [j, v] of pr) {
      const nv = (row.get(j) ?? ZERO).sub(f.mul(v));
      if (nv.n === 0n) row.delete(j);
      else row.set(j, nv);
    }
    return f;
  };
  for (let i = 0; i < t.rows.length; i++) {
    if (i === r) continue;
    const f = elim(t.rows[i] as Row);
    if (f !== undefined) t.rhs[i] = (t.rhs[i] as Rational).sub(f.mul(t.rhs[r] as Rational));
  }
  const f = elim(t.z);
  if (f !== undefined) t.zValue = t.zValue.sub(f.mul(t.rhs[r] as Rational));
  t.basis[r] = c;
  t.pivots++;
}

/** Runs simplex iterations (maximizing; z-row holds `c_B B⁻¹A − c`). Returns the outcome. */
function iterate(t: Tableau, allowed: (j: number) => boolean, maxPivots: number): 'optimal' | 'unbounded' | 'budget' {
  for (;;) {
    let enter = -1;
    for (const [j, v] of t.z) if (v.s < 0n && v.n !== 0n && allowed(j) && (enter < 0 || j < enter)) enter = j;
    if (enter < 0) return 'optimal';
    if (t.pivots >= maxPivots) return 'budget';
    let leave = -1;
    let best: Rational | undefined;
    for (let i = 0; i < t.rows.length; i++) {
      const a = (t.rows[i] as Row).get(enter);
      if (a === undefined || a.s < 0n) continue;
      const ratio = (t.rhs[i] as Rational).div(a);
      const cmp = best === undefined ? -1 : ratio.compare(best);
      if (cmp < 0 || (cmp === 0 && (t.basis[i] as number) < (t.basis[leave] as number))) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return 'unbounded';
    pivot(t, leave, enter);
  }
}

function setObjective(t: Tableau, c: ReadonlyMap<number, Rational>): void {
  t.z = new Map();
  for (const [j, v] of c) if (v.n !== 0n) t.z.set(j, v.neg());
  t.zValue = ZERO;
  t.rows.forEach((row, i) => {
    const cb = c.get(t.basis[i] as number);
    if (cb === undefined || cb.n === 0n) return;
    for (const [j, v] of row) {
      const nv = (t.z.get(j) ?? ZERO).add(cb.mul(v));
      if (nv.n === 0n) t.z.delete(j);
      else t.z.set(j, nv);
    }
    t.zValue = t.zValue.add(cb.mul(t.rhs[i] as Rational));
  });
}

/**
 * Solves a linear program exactly.
 * @returns `optimal` with a basic optimal solution (for feasibility problems: any feasible point), or
 *   `infeasible`, `unbounded`, `budget` (pivot limit reached)
 * @remarks Since 0.1.0
 */
export function solveLp(problem: LpProblem): LpResult {
  const maxPivots = problem.maxPivots ?? 20_000;
  // Standard form: free x = x⁺ − x⁻ (x⁻ gets a new column), slacks for inequalities, rhs ≥ 0.
  const negCol = new Map<number, number>();
  let cols = problem.vars;
  for (const j of problem.free ?? []) negCol.set(j, cols++);
  const rows: Row[] = [];
  const rhs: Rational[] = [];
  for (const con of problem.constraints) {
    const row: Row = new Map();
    for (const [j, v] of con.coefs) {
      if (v.n === 0n) continue;
      row.set(j, v);
      const nj = negCol.get(j);
      if (nj !== undefined) row.set(nj, v.neg());
    }
    if (con.op !== '=') row.set(cols++, new Fraction(con.op === '<=' ? 1 : -1));
    let b = con.rhs;
    if (b.s < 0n && b.n !== 0n) {
      for (const [j, v] of row) row.set(j, v.neg());
      b = b.neg();
    }
    rows.push(row);
    rhs.push(b);
  }
  // Phase 1: an artificial variable per row; maximize −Σ artificials.
  const firstArtificial = cols;
  const basis = rows.map((row, i) => {
    row.set(firstArtificial + i, new Fraction(1));
    return firstArtificial + i;
  });
  const t: Tableau = { rows, rhs, basis, z: new Map(), zValue: ZERO, pivots: 0 };
  const phase1 = new Map<number, Rational>();
  for (let i = 0; i < rows.length; i++) phase1.set(firstArtificial + i, new Fraction(-1));
  setObjective(t, phase1);
  const s1 = iterate(t, () => true, maxPivots);
  if (s1 === 'budget') return { status: 'budget', pivots: t.pivots };
  if (t.zValue.n !== 0n) return { status: 'infeasible', pivots: t.pivots };
  // Drive artificials out of the basis (they are at level 0); drop redundant rows.
  for (let i = t.rows.length - 1; i >= 0; i--) {
    if ((t.basis[i] as number) < firstArtificial) continue;
    let enter = -1;
    for (const [j] of t.rows[i] as Row) if (j < firstArtificial && (enter < 0 || j < enter)) enter = j;
    if (enter >= 0) pivot(t, i, enter);
    else {
      t.rows.splice(i, 1);
      t.rhs.splice(i, 1);
      t.basis.splice(i, 1);
    }
  }
  for (const row of t.rows) for (const j of row.keys()) if (j >= firstArtificial) row.delete(j);
  // Phase 2.
  const objective = new Map<number, Rational>();
  for (const [j, v] of problem.objective ?? []) {
    objective.set(j, v);
    const nj = negCol.get(j);
    if (nj !== undefined) objective.set(nj, v.neg());
  }
  setObjective(t, objective);
  const s2 = iterate(t, (j) => j < firstArtificial, maxPivots);
  if (s2 !== 'optimal') return { status: s2, pivots: t.pivots };
  const full = new Array<Rational>(cols).fill(ZERO);
  t.basis.forEach((b, i) => {
    full[b] = t.rhs[i] as Rational;
  });
  const x = full.slice(0, problem.vars).map((v, j) => {
    const nj = negCol.get(j);
    return nj === undefined ? v : v.sub(full[nj] as Rational);
  });
  return { status: 'optimal', x, value: t.zValue, pivots: t.pivots };
}
