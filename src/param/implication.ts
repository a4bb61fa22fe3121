/**
 * Plain implications between polynomial conditions, and combining several proof results into one
 * certificate (for claims argued in steps, such as an equivalence or a uniqueness argument).
 * @remarks Since 0.1.0
 */
import type { Polynomial } from '../numeric/polynomial.js';
import { polyFormat, polyVariables } from '../numeric/polynomial.js';
import { formatRational } from '../numeric/rational.js';
import type { Certificate, CertificateAtom, CertificateIdentity } from './certificate.js';
import { type CertifyOptions, type GoalCertificate, findCertificate } from './certify.js';
import { type SearchOptions, searchPoint, violationSystems } from './counterexample.js';
import { type Condition, parseConditions } from './expression.js';
import { formatValues } from './game.js';
import { type ProveResult, buildAtoms } from './prove.js';

/** A goal of {@link proveImplication}: text like `"(T - P)*delta >= T - R"`, or a polynomial. */
export type ImplicationGoal = string | { readonly label: string; readonly poly: Polynomial; readonly strict: boolean };

/** Input of {@link proveImplication}. */
export type ImplicationInput = {
  readonly assume: readonly (string | Condition)[];
  readonly goals: readonly ImplicationGoal[];
  readonly nonnegative?: readonly string[] | 'all';
  readonly options?: CertifyOptions & { readonly search?: SearchOptions };
};

/**
 * Proves that the assumptions imply every goal (with a certificate per goal), or refutes it with a point
 * that satisfies the assumptions and violates a goal.
 * @throws ExpressionError for text that is not a polynomial comparison
 * @remarks Since 0.1.0
 */
export function proveImplication(input: ImplicationInput): ProveResult {
  const goals = input.goals.flatMap((g) =>
    typeof g === 'string' ? parseConditions(g).map((c) => ({ label: g, poly: c.poly, strict: c.strict })) : [g],
  );
  const vars = new Set<string>();
  for (const g of goals) for (const v of polyVariables(g.poly)) vars.add(v);
  const pre = buildAtoms(undefined, input.assume, undefined, []);
  for (const a of pre) for (const v of polyVariables(a.poly)) vars.add(v);
  const parameters = [...vars].sort();
  const atoms = buildAtoms(undefined, input.assume, input.nonnegative, parameters);
  const certs: GoalCertificate[] = [];
  const failed: typeof goals = [];
  for (const g of goals) {
    const c = findCertificate(g.poly, g.strict, atoms, g.label, input.options ?? {});
    if (c === undefined) failed.push(g);
    else certs.push(c);
  }
  if (failed.length === 0) {
    return {
      status: 'proved',
      certificate: {
        claim: 'implication',
        parameters,
        atoms,
        goals: certs,
        identities: [],
        argument: ['Each goal is certified from the assumptions.'],
      },
    };
  }
  const nonnegative = atoms.filter((a) => a.kind === 'sign').map((a) => a.id.slice(2));
  const hit = searchPoint(atoms, violationSystems(failed), parameters, { nonnegative, ...input.options?.search });
  if (hit !== undefined) {
    const g = failed[hit.system] as (typeof goals)[number];
    return {
      status: 'refuted',
      counterexample: {
        values: Object.fromEntries([...hit.values].map(([k, v]) => [k, formatRational(v)])),
        detail: `at ${formatValues(hit.values)} the assumptions hold and ${polyFormat(g.poly)} ${g.strict ? '> 0' : '>= 0'} fails (${g.label})`,
      },
    };
  }
  return {
    status: 'unknown',
    tried: failed.map((g) => `no certificate for ${g.label} (${polyFormat(g.poly)}) and no counterexample found`),
  };
}

/**
 * Combines the results of several steps into one: `proved` with a merged certificate (atoms renamed
 * `<step>.<id>`) when every step is proved; otherwise the first refutation, or `unknown` with every step's notes.
 * @remarks Since 0.1.0
 */
export function combineResults(
  claim: string,
  steps: readonly { readonly label: string; readonly result: ProveResult }[],
  extra: { readonly identities?: readonly CertificateIdentity[]; readonly argument?: readonly string[] } = {},
): ProveResult {
  const refuted = steps.find((s) => s.result.status === 'refuted');
  if (refuted !== undefined && refuted.result.status === 'refuted') {
    const c = refuted.result.counterexample;
    return { status: 'refuted', counterexample: { values: c.values, detail: `${refuted.label}: ${c.detail}` } };
  }
  const unknown = steps.filter((s) => s.result.status === 'unknown');
  if (unknown.length > 0) {
    return {
      status: 'unknown',
      tried: unknown.flatMap((s) =>
        s.result.status === 'unknown' ? s.result.tried.map((t) => `${s.label}: ${t}`) : [],
      ),
    };
  }
  const atoms: CertificateAtom[] = [];
  const goals: GoalCertificate[] = [];
  const identities: CertificateIdentity[] = [...(extra.identities ?? [])];
  const argument: string[] = [...(extra.argument ?? [])];
  const parameters = new Set<string>();
  steps.forEach((s, k) => {
    if (s.result.status !== 'proved') return;
    const cert: Certificate = s.result.certificate;
    const prefix = `${k + 1}`;
    for (const a of cert.atoms) atoms.push({ ...a, id: `${prefix}.${a.id}` });
    for (const g of cert.goals) {
      goals.push({
        ...g,
        label: `${s.label}: ${g.label}`,
        terms: g.terms.map((t) => ({ ...t, factors: t.factors.map((f) => `${prefix}.${f}`) })),
      });
    }
    identities.push(...cert.identities);
    argument.push(`Step ${prefix} (${s.label}): ${cert.argument.join(' ')}`);
    for (const p of cert.parameters) parameters.add(p);
  });
  return {
    status: 'proved',
    certificate: { claim, parameters: [...parameters].sort(), atoms, goals, identities, argument },
  };
}
