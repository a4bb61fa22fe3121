/**
 * Certificate search for goals whose terms are long products of parameters, such as the after-C payoff
 * difference `c_K − φ b_K V λ_K` (a degree-4 monomial). `findCertificate` of `src/param/certify.ts` with
 * products of up to two atoms cannot write `(1 − φ) b_K V λ_K ≥ 0`, and products of four atoms over all
 * atoms are too many. Here each term of the goal contributes "monomial atoms": products of the sign atoms of
 * a subset of its variables, optionally times one or two bound atoms `1 − u ≥ 0` (u a variable of the goal). The search then runs over the atoms
 * plus these composites, and every composite factor in the answer is expanded back into the atoms it
 * multiplies, so the certificate refers only to genuine atoms and the independent checker
 * (`src/verify/certificate.ts`) re-expands the products itself. This is the same linear Positivstellensatz
 * certificate (Handelman 1988), searched with a smarter choice of products.
 * @remarks Since 0.1.0
 */
import {
  type Polynomial,
  POLY_ONE,
  polyEquals,
  polyMul,
  polySub,
  polyVar,
  polyVariables,
} from '../numeric/polynomial.js';
import type { CertificateAtom } from '../param/certificate.js';
import { type Atom, type CertifyOptions, type GoalCertificate, findCertificate } from '../param/certify.js';

type Composite = { readonly atom: Atom; readonly parts: readonly string[] };

/** Subsets of a list (as arrays), the empty set included. */
function subsets<T>(items: readonly T[]): T[][] {
  let out: T[][] = [[]];
  for (const x of items) out = out.concat(out.map((s) => [...s, x]));
  return out;
}

function composites(goal: Polynomial, atoms: readonly CertificateAtom[]): Composite[] {
  const sign = new Map<string, CertificateAtom>();
  const bound = new Map<string, CertificateAtom>();
  for (const a of atoms) {
    const vars = polyVariables(a.poly);
    if (vars.length !== 1) continue;
    const v = vars[0] as string;
    if (polyEquals(a.poly, polyVar(v))) sign.set(v, a);
    else if (polyEquals(a.poly, polySub(POLY_ONE, polyVar(v)))) bound.set(v, a);
  }
  const out = new Map<string, Composite>();
  const goalVars = polyVariables(goal);
  for (const t of goal.terms.values()) {
    const factors = t.monomial.flatMap(([v, e]) => Array.from({ length: e }, () => v));
    if (factors.some((v) => !sign.has(v))) continue;
    const bounds = subsets(goalVars.filter((v) => bound.has(v))).filter((b) => b.length <= 2);
    for (const s of subsets(factors)) {
      for (const b of bounds) {
        const parts = [
          ...s.map((v) => sign.get(v) as CertificateAtom),
          ...b.map((v) => bound.get(v) as CertificateAtom),
        ];
        if (parts.length < 2) continue;
        const id = `prod(${parts.map((p) => p.id).join('*')})`;
        if (out.has(id)) continue;
        const poly = parts.reduce((p, a) => polyMul(p, a.poly), POLY_ONE);
        out.set(id, {
          atom: { id, label: parts.map((p) => p.label).join(' · '), poly, strict: parts.every((p) => p.strict) },
          parts: parts.map((p) => p.id),
        });
      }
    }
  }
  return [...out.values()];
}

/**
 * Certifies `goal ≥ 0` (or `> 0` when `strict`) from the atoms: first with `findCertificate` (products of
 * up to `options.degree` atoms, default 2), then with the goal's monomial atoms added (products of one
 * atom or composite, then of two among the atoms sharing a variable with the goal). Composite factors are
 * expanded in the answer.
 * @returns the certificate, or `undefined` when none was found
 * @remarks Since 0.1.0
 */
export function certifyWithProducts(
  goal: Polynomial,
  strict: boolean,
  atoms: readonly CertificateAtom[],
  label: string,
  options: CertifyOptions = {},
): GoalCertificate | undefined {
  const plain = findCertificate(goal, strict, atoms, label, options);
  if (plain !== undefined) return plain;
  const comps = composites(goal, atoms);
  if (comps.length === 0) return undefined;
  const expand = new Map(comps.map((c) => [c.atom.id, c.parts] as const));
  const vars = new Set(polyVariables(goal));
  const near = atoms.filter((a) => polyVariables(a.poly).some((v) => vars.has(v)));
  for (const [set, degree] of [
    [[...atoms, ...comps.map((c) => c.atom)], 1],
    [[...near, ...comps.map((c) => c.atom)], 2],
  ] as const) {
    const found = findCertificate(goal, strict, set, label, { ...options, degree });
    if (found !== undefined) {
      return {
        ...found,
        terms: found.terms.map((t) => ({ ...t, factors: t.factors.flatMap((f) => expand.get(f) ?? [f]) })),
      };
    }
  }
  return undefined;
}
