/**
 * The independent certificate checker. A certificate (written by `src/param/`'s prover as JSON) claims, for
 * each goal `g ≥ 0` (or `g > 0`), an identity `g = c + Σ_k λ_k · Π_{f ∈ F_k} a_f` with `c, λ_k ≥ 0` and
 * atoms `a_f ≥ 0` / `a_f > 0` (assumptions, parameter sign conditions, the game's probability domain).
 * This module re-expands every product and the whole combination with its own small polynomial code over
 * exact rationals, tests the identity coefficient by coefficient, and checks the signs (and, for a strict
 * goal, that `c > 0` or some `λ_k > 0` multiplies a product of strict atoms only). It shares no code with
 * the prover: only `src/numeric/rational.ts`.
 * @remarks Since 0.1.0
 */
import { type Rational, ZERO, formatRational, parseRational } from '../numeric/rational.js';

/** A polynomial in JSON: `[coefficient, {variable: exponent}]` terms (like terms may repeat). */
export type CertificatePolyJson = readonly (readonly [string, Readonly<Record<string, number>>])[];

/** An atom of a certificate: a fact `poly ≥ 0` (or `> 0`). */
export type CertificateAtomJson = {
  readonly id: string;
  readonly label: string;
  /** `assumption`: stated by the claim; `sign`: a declared nonnegative parameter; `domain`: a probability of the game in [0, 1] */
  readonly kind: 'assumption' | 'sign' | 'domain';
  readonly strict: boolean;
  readonly poly: CertificatePolyJson;
  readonly text: string;
};

/** One goal and its certificate. */
export type CertificateGoalJson = {
  readonly label: string;
  readonly strict: boolean;
  readonly goal: CertificatePolyJson;
  readonly text: string;
  readonly constant: string;
  readonly terms: readonly { readonly coefficient: string; readonly factors: readonly string[] }[];
};

/** A polynomial identity `left = right` that the certificate relies on (e.g. an indifference condition). */
export type CertificateIdentityJson = {
  readonly label: string;
  readonly left: CertificatePolyJson;
  readonly right: CertificatePolyJson;
  readonly text: string;
};

/** A whole certificate file. */
export type CertificateJson = {
  readonly format: 'subgame-certificate';
  readonly version: 1;
  readonly id?: string;
  readonly statement?: string;
  readonly claim: string;
  readonly concept?: string;
  readonly parameters: readonly string[];
  readonly atoms: readonly CertificateAtomJson[];
  readonly goals: readonly CertificateGoalJson[];
  readonly identities: readonly CertificateIdentityJson[];
  /** the argument in words: how the goals establish the claim */
  readonly argument: readonly string[];
};

/** The checker's verdict. */
export type CertificateCheck = {
  readonly ok: boolean;
  /** number of goals and identities checked */
  readonly checked: number;
  readonly problems: readonly string[];
};

type Poly = Map<string, Rational>;

function key(powers: Readonly<Record<string, number>>): string {
  return Object.keys(powers)
    .filter((v) => powers[v] !== 0)
    .sort()
    .map((v) => `${v}^${powers[v]}`)
    .join('*');
}

function readPoly(json: unknown, where: string, problems: string[]): Poly {
  const out: Poly = new Map();
  if (!Array.isArray(json)) {
    problems.push(`${where}: a polynomial must be an array of [coefficient, powers] terms`);
    return out;
  }
  for (const term of json as unknown[]) {
    const [c, powers] = Array.isArray(term) ? (term as [unknown, unknown]) : [undefined, undefined];
    const coef = typeof c === 'string' ? parseRational(c) : undefined;
    if (coef === undefined || typeof powers !== 'object' || powers === null) {
      problems.push(`${where}: bad term ${JSON.stringify(term)}`);
      continue;
    }
    const p = powers as Record<string, unknown>;
    if (Object.values(p).some((e) => typeof e !== 'number' || !Number.isInteger(e) || e < 0)) {
      problems.push(`${where}: exponents must be nonnegative integers in ${JSON.stringify(term)}`);
      continue;
    }
    addInto(out, key(p as Record<string, number>), coef);
  }
  return out;
}

function addInto(p: Poly, k: string, c: Rational): void {
  const s = (p.get(k) ?? ZERO).add(c);
  if (s.n === 0n) p.delete(k);
  else p.set(k, s);
}

function parseKey(k: string): Map<string, number> {
  const m = new Map<string, number>();
  if (k === '') return m;
  for (const part of k.split('*')) {
    const i = part.lastIndexOf('^');
    m.set(part.slice(0, i), Number(part.slice(i + 1)));
  }
  return m;
}

function mul(a: Poly, b: Poly): Poly {
  const out: Poly = new Map();
  for (const [ka, ca] of a) {
    const ma = parseKey(ka);
    for (const [kb, cb] of b) {
      const m = new Map(ma);
      for (const [v, e] of parseKey(kb)) m.set(v, (m.get(v) ?? 0) + e);
      addInto(out, key(Object.fromEntries(m)), ca.mul(cb));
    }
  }
  return out;
}

function isZero(p: Poly): boolean {
  return p.size === 0;
}

function minus(a: Poly, b: Poly): Poly {
  const out: Poly = new Map(a);
  for (const [k, c] of b) addInto(out, k, c.neg());
  return out;
}

function show(p: Poly): string {
  if (p.size === 0) return '0';
  return [...p].map(([k, c]) => `${formatRational(c)}${k === '' ? '' : `*${k}`}`).join(' + ');
}

/**
 * Re-verifies a certificate in exact arithmetic.
 * @param json - the parsed certificate file
 * @returns `ok` and the problems found (an empty list when ok)
 * @remarks Since 0.1.0
 */
export function checkCertificate(json: unknown): CertificateCheck {
  const problems: string[] = [];
  const doc = json as Partial<CertificateJson> | null;
  if (doc === null || typeof doc !== 'object' || doc.format !== 'subgame-certificate' || doc.version !== 1) {
    return { ok: false, checked: 0, problems: ['not a subgame-certificate version 1 document'] };
  }
  const atoms = new Map<string, { poly: Poly; strict: boolean }>();
  for (const a of doc.atoms ?? []) {
    if (atoms.has(a.id)) problems.push(`atom ${a.id} is defined twice`);
    atoms.set(a.id, { poly: readPoly(a.poly, `atom ${a.id}`, problems), strict: a.strict === true });
  }
  let checked = 0;
  for (const g of doc.goals ?? []) {
    checked++;
    const where = `goal "${g.label}"`;
    const goal = readPoly(g.goal, where, problems);
    const c = typeof g.constant === 'string' ? parseRational(g.constant) : undefined;
    if (c === undefined || c.compare(0) < 0) {
      problems.push(`${where}: the constant must be a nonnegative rational; got ${String(g.constant)}`);
      continue;
    }
    let sum: Poly = c.n === 0n ? new Map() : new Map([['', c]]);
    let strictPart = c.compare(0) > 0;
    for (const t of g.terms ?? []) {
      const coef = typeof t.coefficient === 'string' ? parseRational(t.coefficient) : undefined;
      if (coef === undefined || coef.compare(0) < 0) {
        problems.push(`${where}: a multiplier must be a nonnegative rational; got ${String(t.coefficient)}`);
        continue;
      }
      let prod: Poly = new Map([['', coef]]);
      let allStrict = true;
      for (const f of t.factors) {
        const atom = atoms.get(f);
        if (atom === undefined) {
          problems.push(`${where}: unknown atom ${f}`);
          allStrict = false;
          continue;
        }
        prod = mul(prod, atom.poly);
        allStrict &&= atom.strict;
      }
      if (coef.compare(0) > 0 && allStrict && t.factors.length > 0) strictPart = true;
      sum = minus(sum, minus(new Map(), prod));
    }
    const diff = minus(sum, goal);
    if (!isZero(diff)) problems.push(`${where}: the combination differs from the goal by ${show(diff)}`);
    if (g.strict === true && !strictPart)
      problems.push(`${where}: strict goal without a positive constant or strict product`);
  }
  for (const id of doc.identities ?? []) {
    checked++;
    const diff = minus(
      readPoly(id.left, `identity "${id.label}"`, problems),
      readPoly(id.right, `identity "${id.label}"`, problems),
    );
    if (!isZero(diff)) problems.push(`identity "${id.label}" fails: left − right = ${show(diff)}`);
  }
  return { ok: problems.length === 0, checked, problems };
}
