/**
 * Certificate search: writes a goal polynomial `g` (to be shown `≥ 0`, or `> 0`) as
 * `g = c + Σ_k λ_k · P_k` with `c, λ_k ≥ 0` and each `P_k` a product of at most `degree` atoms (assumptions
 * `a_i ≥ 0` / `a_i > 0` and parameter sign conditions), an exact polynomial identity. The multipliers are
 * found by exact linear programming over the coefficients of each monomial. This is the linear
 * (Handelman/Schmüdgen-style, products without squares of arbitrary polynomials) Positivstellensatz
 * certificate: Farkas' lemma is the case `degree = 1`. Sources: Stengle (1974) for the Positivstellensatz;
 * Handelman (1988), "Representing polynomials by positive linear functions on compact convex polyhedra";
 * Parrilo (2003) for the LP/SDP view of certificate search.
 *
 * A strict goal needs `c > 0` or some `λ_k > 0` on a product of strict atoms only.
 * @remarks Since 0.1.0
 */
import Fraction from 'fraction.js';
import { type LpConstraint, solveLp } from '../numeric/lp.js';
import { type Polynomial, POLY_ONE, polyMul, polyPrimitive, polyVariables } from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';

/** A known fact `poly ≥ 0` (`strict: false`) or `poly > 0`. */
export type Atom = { readonly id: string; readonly label: string; readonly poly: Polynomial; readonly strict: boolean };

/** One product in a certificate: a nonnegative coefficient times the product of atoms (ids, repeated). */
export type CertificateTerm = { readonly coefficient: Rational; readonly factors: readonly string[] };

/** A certificate of one goal: `goal = constant + Σ coefficient · Π factors`. */
export type GoalCertificate = {
  readonly label: string;
  readonly goal: Polynomial;
  readonly strict: boolean;
  readonly constant: Rational;
  readonly terms: readonly CertificateTerm[];
};

/** Options of {@link findCertificate}. */
export type CertifyOptions = {
  /** largest number of atoms in one product (default 2) */
  readonly degree?: number;
  /** largest number of products to try (default 2500) */
  readonly maxProducts?: number;
  /** pivot limit for each LP (default 20 000) */
  readonly maxPivots?: number;
};

/** Default {@link CertifyOptions}. */
export const defaultCertifyOptions: Required<CertifyOptions> = { degree: 2, maxProducts: 2500, maxPivots: 20_000 };

type Product = { readonly factors: readonly number[]; readonly poly: Polynomial; readonly strict: boolean };

function products(atoms: readonly Atom[], degree: number, max: number, cache: Map<string, Polynomial>): Product[] {
  const out: Product[] = [];
  const rec = (start: number, factors: number[], poly: Polynomial, strict: boolean): void => {
    if (out.length >= max) return;
    if (factors.length > 0) out.push({ factors: [...factors], poly, strict });
    if (factors.length === degree) return;
    for (let i = start; i < atoms.length; i++) {
      const a = atoms[i] as Atom;
      const key = [...factors, i].join(',');
      let p = cache.get(key);
      if (p === undefined) {
        p = polyMul(poly, a.poly);
        cache.set(key, p);
      }
      factors.push(i);
      rec(i, factors, p, strict && a.strict);
      factors.pop();
    }
  };
  rec(0, [], POLY_ONE, true);
  return out;
}

/** The variable of a sign atom `θ ≥ 0` (a lone variable with coefficient 1), or `undefined`. */
function signVariable(a: Atom): string | undefined {
  if (a.strict || a.poly.terms.size !== 1) return undefined;
  const t = [...a.poly.terms.values()][0];
  const m = t?.monomial;
  return m !== undefined && m.length === 1 && m[0]?.[1] === 1 && t?.coefficient.equals(1) === true
    ? m[0][0]
    : undefined;
}

/**
 * More products: (a product of up to `degree` other atoms, or none) times a monomial in the sign-constrained
 * parameters that divides a monomial of the goal. A monomial in nonnegative parameters is nonnegative, so
 * this is a Handelman-style family reaching high total degree with few columns (C1's
 * `c_K − b_K φ V λ_K = (c_K − b_K V λ_K) + (1 − φ)·b_K·V·λ_K` needs one of degree 4).
 */
function signMonomialProducts(
  goal: Polynomial,
  atoms: readonly Atom[],
  degree: number,
  max: number,
  cache: Map<string, Polynomial>,
): Product[] {
  const signOf = new Map<string, number>();
  atoms.forEach((a, i) => {
    const v = signVariable(a);
    if (v !== undefined && !signOf.has(v)) signOf.set(v, i);
  });
  if (signOf.size === 0) return [];
  const others = atoms.map((a, i) => ({ a, i })).filter(({ a }) => signVariable(a) === undefined);
  const generals: Product[] = [{ factors: [], poly: POLY_ONE, strict: true }];
  for (const p of products(
    others.map((o) => o.a),
    degree,
    max,
    new Map(),
  )) {
    generals.push({ factors: p.factors.map((k) => (others[k] as { i: number }).i), poly: p.poly, strict: p.strict });
  }
  const divisors = new Map<string, number[]>();
  for (const t of goal.terms.values()) {
    const sv = t.monomial.filter(([v]) => signOf.has(v));
    const rec = (k: number, acc: number[]): void => {
      if (k === sv.length) {
        if (acc.length > 0)
          divisors.set(
            [...acc].sort((x, y) => x - y).join(','),
            [...acc].sort((x, y) => x - y),
          );
        return;
      }
      const [v, e] = sv[k] as readonly [string, number];
      for (let j = 0; j <= e; j++) rec(k + 1, [...acc, ...new Array<number>(j).fill(signOf.get(v) as number)]);
    };
    rec(0, []);
  }
  const out: Product[] = [];
  for (const g of generals) {
    for (const d of divisors.values()) {
      if (out.length >= max) return out;
      const factors = [...g.factors, ...d].sort((x, y) => x - y);
      const key = factors.join(',');
      let poly = cache.get(key);
      if (poly === undefined) {
        poly = d.reduce((p, i) => polyMul(p, (atoms[i] as Atom).poly), g.poly);
        cache.set(key, poly);
      }
      out.push({ factors, poly, strict: false });
    }
  }
  return out;
}

/**
 * Searches a certificate that `goal ≥ 0` (or `> 0` when `strict`) follows from the atoms, trying products
 * of 1, then up to 2, … up to `degree` atoms.
 * @returns the certificate, or `undefined` when none of that degree exists (or a budget was hit)
 * @remarks Since 0.1.0
 */
export function findCertificate(
  goal: Polynomial,
  strict: boolean,
  atoms: readonly Atom[],
  label: string,
  options: CertifyOptions = {},
): GoalCertificate | undefined {
  const o = { ...defaultCertifyOptions, ...options };
  const cache = new Map<string, Polynomial>();
  for (let d = 1; d <= o.degree; d++) {
    // first the atoms that share a variable with the goal (a smaller LP), then all
    const vars = new Set(polyVariables(goal));
    const near = atoms.filter(
      (a) => polyVariables(a.poly).some((v) => vars.has(v)) || polyVariables(a.poly).length === 0,
    );
    const tries = d === 1 || near.length === atoms.length ? [atoms] : [near, atoms];
    for (const set of tries) {
      const c = certifyWith(goal, strict, set, d, o, set === atoms ? cache : new Map());
      if (c !== undefined) return { label, goal, strict, constant: c.constant, terms: c.terms };
    }
  }
  return undefined;
}

function certifyWith(
  goal: Polynomial,
  strict: boolean,
  atoms: readonly Atom[],
  degree: number,
  o: Required<CertifyOptions>,
  cache: Map<string, Polynomial>,
): { constant: Rational; terms: CertificateTerm[] } | undefined {
  const plain = products(atoms, degree, o.maxProducts, cache);
  const seen = new Set(plain.map((p) => [...p.factors].sort((x, y) => x - y).join(',')));
  const extra = signMonomialProducts(goal, atoms, degree, Math.max(0, o.maxProducts - plain.length), new Map()).filter(
    (p) => {
      const k = p.factors.join(',');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    },
  );
  const prods = [...plain, ...extra];
  // Column 0 is the constant c; column k+1 is product k.
  const alive = prods.map(() => true);
  const monomials = new Set<string>(goal.terms.keys());
  for (const p of prods) for (const k of p.poly.terms.keys()) monomials.add(k);
  monomials.add('');
  // Presolve: a monomial absent from the goal whose live columns all have one sign forces those columns to 0.
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of monomials) {
      if (goal.terms.has(m)) continue;
      let pos = m === '';
      let neg = false;
      prods.forEach((p, k) => {
        const t = alive[k] ? p.poly.terms.get(m) : undefined;
        if (t === undefined) return;
        if (t.coefficient.s < 0n) neg = true;
        else pos = true;
      });
      if (pos !== neg) {
        prods.forEach((p, k) => {
          if (alive[k] && p.poly.terms.has(m)) {
            alive[k] = false;
            changed = true;
          }
        });
      }
    }
  }
  const cols = prods.map((_, k) => (alive[k] ? k : -1)).filter((k) => k >= 0);
  const constraints: LpConstraint[] = [...monomials].map((m) => {
    const coefs = new Map<number, Rational>();
    if (m === '') coefs.set(0, new Fraction(1));
    cols.forEach((k, j) => {
      const t = (prods[k] as Product).poly.terms.get(m);
      if (t !== undefined) coefs.set(j + 1, t.coefficient);
    });
    return { coefs, op: '=', rhs: goal.terms.get(m)?.coefficient ?? new Fraction(0) };
  });
  const strictCols = new Map<number, Rational>([[0, new Fraction(1)]]);
  cols.forEach((k, j) => {
    if ((prods[k] as Product).strict) strictCols.set(j + 1, new Fraction(1));
  });
  const vars = cols.length + 1;
  const res = solveLp({ vars, constraints, ...(strict ? { objective: strictCols } : {}), maxPivots: o.maxPivots });
  let x: readonly Rational[] | undefined;
  if (res.status === 'optimal') {
    if (strict && res.value.compare(0) <= 0) return undefined;
    x = res.x;
  } else if (res.status === 'unbounded' && strict) {
    // the atoms are contradictory: any feasible point plus a positive strict ray certifies the goal
    const feasible = solveLp({ vars, constraints, maxPivots: o.maxPivots });
    const ray = solveLp({
      vars,
      constraints: [
        ...constraints.map((c) => ({ ...c, rhs: new Fraction(0) })),
        { coefs: strictCols, op: '=', rhs: new Fraction(1) },
      ],
      maxPivots: o.maxPivots,
    });
    if (feasible.status !== 'optimal' || ray.status !== 'optimal') return undefined;
    x = feasible.x.map((v, i) => v.add(ray.x[i] as Rational));
  } else return undefined;
  const terms: CertificateTerm[] = [];
  cols.forEach((k, j) => {
    const v = (x as readonly Rational[])[j + 1] as Rational;
    if (v.n !== 0n)
      terms.push({ coefficient: v, factors: (prods[k] as Product).factors.map((i) => (atoms[i] as Atom).id) });
  });
  return { constant: (x as readonly Rational[])[0] as Rational, terms };
}

/**
 * Whether `target ≥ 0` follows linearly from the others (`target = c + Σ λ_i others_i`, `c, λ ≥ 0`; Farkas):
 * the indices of the constraints used, or `undefined`.
 * @remarks Since 0.1.0
 */
export function impliedBy(target: Polynomial, others: readonly Polynomial[]): number[] | undefined {
  const atoms = others.map((p, i) => ({ id: String(i), label: '', poly: polyPrimitive(p), strict: false }));
  const c = certifyWith(target, false, atoms, 1, defaultCertifyOptions, new Map());
  return c?.terms.map((t) => Number(t.factors[0]));
}
