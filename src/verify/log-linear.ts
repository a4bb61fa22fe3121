/**
 * Exact solvability of `M·ℓ = (log q_1, …, log q_k)` over the reals, for a rational matrix M and positive
 * rationals q_i — the condition on the tremble coefficients in the consistency check.
 *
 * Method: a gcd-free (coprime) basis B of all numerators and denominators (Bach, Driscoll and Shallit 1993,
 * "Factor refinement"), so that each q_i = Π_{β∈B} β^{e_iβ} with integer exponents. Logarithms of pairwise
 * coprime integers > 1 are linearly independent over Q (unique factorization), hence the system has a real
 * solution iff for every β the rational system M·x = e_β has one; then ℓ = Σ_β (log β)·x_β, i.e. the
 * coefficients are exp(ℓ_a) = Π_β β^{x_βa}, exact algebraic numbers with rational exponents.
 * @remarks Since 0.1.0
 */
import { type Rational, ZERO, gcd, rat } from '../numeric/rational.js';

/** A positive real Π base^exponent, with pairwise coprime integer bases > 1 and rational exponents. @remarks Since 0.1.0 */
export type PowerProduct = readonly { readonly base: bigint; readonly exponent: Rational }[];

/**
 * A coprime basis of positive integers: pairwise coprime integers > 1 of which each input is a product of
 * powers (inputs equal to 1 are ignored).
 * @remarks Since 0.1.0
 */
export function coprimeBasis(values: readonly bigint[]): bigint[] {
  let set = [...new Set(values.filter((v) => v > 1n))];
  for (;;) {
    let changed = false;
    outer: for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const a = set[i] as bigint;
        const b = set[j] as bigint;
        const g = gcd(a, b);
        if (g > 1n) {
          const rest = set.filter((_, k) => k !== i && k !== j);
          set = [...new Set([...rest, a / g, b / g, g].filter((v) => v > 1n))];
          changed = true;
          break outer;
        }
      }
    }
    if (!changed) return set.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
}

/**
 * Exponents of a positive rational over a coprime basis, or `undefined` if it is not a product of their powers.
 * @remarks Since 0.1.0
 */
export function exponentsOver(basis: readonly bigint[], q: Rational): bigint[] | undefined {
  if (q.s < 0n || q.n === 0n) return undefined;
  let num = q.n;
  let den = q.d;
  const out = basis.map((beta) => {
    let e = 0n;
    while (num % beta === 0n) {
      num /= beta;
      e += 1n;
    }
    while (den % beta === 0n) {
      den /= beta;
      e -= 1n;
    }
    return e;
  });
  return num === 1n && den === 1n ? out : undefined;
}

/** Outcome of {@link solveLogLinear}. @remarks Since 0.1.0 */
export type LogLinearSolution =
  | { readonly solvable: true; readonly basis: readonly bigint[]; readonly solution: readonly PowerProduct[] }
  | { readonly solvable: false; readonly rows: readonly number[] };

/**
 * Solves `Σ_a M[i][a]·ℓ_a = log q_i` (all i) for real ℓ, exactly.
 * @returns per variable the power product exp(ℓ_a), or the indices of equations in an inconsistent
 *   combination
 * @remarks Since 0.1.0
 */
export function solveLogLinear(
  M: readonly (readonly Rational[])[],
  q: readonly Rational[],
  vars: number,
): LogLinearSolution {
  const basis = coprimeBasis(q.flatMap((v) => [v.n, v.d]));
  const E = q.map((v) => exponentsOver(basis, v) as bigint[]);
  // Augmented rows [M | e_β for every β | identity (row provenance)], reduced to row echelon form.
  const k = basis.length;
  const rows: Rational[][] = M.map((row, i) => [
    ...Array.from({ length: vars }, (_, a) => row[a] ?? ZERO),
    ...basis.map((_, j) => rat((E[i] as bigint[])[j] as bigint)),
    ...M.map((_, t) => (t === i ? rat(1) : ZERO)),
  ]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < vars && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && (row[c] as Rational).n !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p] as Rational[], rows[r] as Rational[]];
    const pr = rows[r] as Rational[];
    const inv = (pr[c] as Rational).inverse();
    for (let j = 0; j < pr.length; j++) pr[j] = (pr[j] as Rational).mul(inv);
    rows.forEach((row, i) => {
      if (i === r) return;
      const f = row[c] as Rational;
      if (f.n === 0n) return;
      for (let j = 0; j < row.length; j++) row[j] = (row[j] as Rational).sub(f.mul(pr[j] as Rational));
    });
    pivots.push(c);
    r++;
  }
  for (let i = r; i < rows.length; i++) {
    const row = rows[i] as Rational[];
    if (row.slice(vars, vars + k).some((v) => v.n !== 0n)) {
      const provenance = row.slice(vars + k).flatMap((v, t) => (v.n !== 0n ? [t] : []));
      return { solvable: false, rows: provenance };
    }
  }
  const solution: { base: bigint; exponent: Rational }[][] = Array.from({ length: vars }, () => []);
  pivots.forEach((c, i) => {
    const row = rows[i] as Rational[];
    basis.forEach((beta, j) => {
      const e = row[vars + j] as Rational;
      if (e.n !== 0n) (solution[c] as { base: bigint; exponent: Rational }[]).push({ base: beta, exponent: e });
    });
  });
  return { solvable: true, basis, solution };
}
