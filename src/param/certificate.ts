/**
 * Certificates of parametric claims (prover side) and their JSON form, which the independent checker
 * `checkCertificate` of `src/verify/certificate.ts` re-verifies.
 * @remarks Since 0.1.0
 */
import { type Polynomial, polyFormat, polySortedTerms } from '../numeric/polynomial.js';
import { formatRational } from '../numeric/rational.js';
import type { CertificateJson, CertificatePolyJson } from '../verify/certificate.js';
import type { Atom, GoalCertificate } from './certify.js';

/** An atom with its origin. */
export type CertificateAtom = Atom & { readonly kind: 'assumption' | 'sign' | 'domain' };

/** A polynomial identity the argument relies on. */
export type CertificateIdentity = { readonly label: string; readonly left: Polynomial; readonly right: Polynomial };

/** A certificate: every goal's identity, identities, and the argument in words. */
export type Certificate = {
  readonly claim: string;
  readonly concept?: string;
  readonly parameters: readonly string[];
  readonly atoms: readonly CertificateAtom[];
  readonly goals: readonly GoalCertificate[];
  readonly identities: readonly CertificateIdentity[];
  readonly argument: readonly string[];
};

/** A polynomial as JSON terms. @remarks Since 0.1.0 */
export function polyToJson(p: Polynomial): CertificatePolyJson {
  return polySortedTerms(p).map((t) => [formatRational(t.coefficient), Object.fromEntries(t.monomial)] as const);
}

/**
 * The JSON document of a certificate.
 * @remarks Since 0.1.0
 */
export function certificateToJson(
  cert: Certificate,
  meta: { readonly id?: string; readonly statement?: string } = {},
): CertificateJson {
  return {
    format: 'subgame-certificate',
    version: 1,
    ...(meta.id !== undefined ? { id: meta.id } : {}),
    ...(meta.statement !== undefined ? { statement: meta.statement } : {}),
    claim: cert.claim,
    ...(cert.concept !== undefined ? { concept: cert.concept } : {}),
    parameters: [...cert.parameters],
    atoms: cert.atoms.map((a) => ({
      id: a.id,
      label: a.label,
      kind: a.kind,
      strict: a.strict,
      poly: polyToJson(a.poly),
      text: `${polyFormat(a.poly)} ${a.strict ? '>' : '>='} 0`,
    })),
    goals: cert.goals.map((g) => ({
      label: g.label,
      strict: g.strict,
      goal: polyToJson(g.goal),
      text: `${polyFormat(g.goal)} ${g.strict ? '>' : '>='} 0`,
      constant: formatRational(g.constant),
      terms: g.terms.map((t) => ({ coefficient: formatRational(t.coefficient), factors: [...t.factors] })),
    })),
    identities: cert.identities.map((i) => ({
      label: i.label,
      left: polyToJson(i.left),
      right: polyToJson(i.right),
      text: `${polyFormat(i.left)} = ${polyFormat(i.right)}`,
    })),
    argument: [...cert.argument],
  };
}

/** The size of a certificate: number of products over all goals plus identities. @remarks Since 0.1.0 */
export function certificateSize(cert: Certificate): number {
  return cert.goals.reduce((s, g) => s + g.terms.length + (g.constant.n === 0n ? 0 : 1), 0) + cert.identities.length;
}
