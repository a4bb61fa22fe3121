/**
 * Proves or refutes claims about a profile of a parametric game under assumptions on the parameters:
 * - `equilibrium`: every constraint of the profile's region follows from the assumptions;
 * - `not-equilibrium`: some constraint is strictly negative under the assumptions (a profitable deviation);
 * - `unique`: the profile is the only equilibrium (outcome), by iterated strict dominance ({@link proveUniqueByDominance}).
 * Each goal gets a certificate ({@link findCertificate}); without one, a counterexample is searched
 * ({@link searchPoint}) and confirmed on the instantiated game by `src/verify`. `proved` is returned only
 * with a complete certificate, so it never coexists with a counterexample.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { ExtensiveGame } from '../game/types.js';
import {
  type Polynomial,
  POLY_ONE,
  polyConstantValue,
  polyDegree,
  polyFormat,
  polyNeg,
  polySub,
  polyVar,
} from '../numeric/polynomial.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import type { Certificate, CertificateAtom } from './certificate.js';
import { type CertifyOptions, type GoalCertificate, findCertificate } from './certify.js';
import { concreteCheck } from './concrete.js';
import { type Cond, type SearchOptions, searchPoint, violationSystems } from './counterexample.js';
import { proveUniqueByDominance } from './dominance.js';
import { type Condition, parseConditions } from './expression.js';
import { type ParametricGame, formatValues, gameParameters } from './game.js';
import type { ParametricProfile } from './profile.js';
import { type Concept, type Region, equilibriumRegion } from './region.js';
import { type TargetSystem, otherEquilibriumSystems } from './unique-refute.js';

/** Kinds of claims. */
export type ClaimKind = 'equilibrium' | 'not-equilibrium' | 'unique';

/** Options of {@link prove}. */
export type ProveOptions = CertifyOptions & {
  readonly search?: SearchOptions;
  readonly maxDeviations?: number;
};

/** Input of {@link prove}. */
export type ProveInput = {
  readonly game: ParametricGame;
  readonly profile: ParametricProfile;
  readonly concept: Concept;
  /** assumptions: `"T - R > 0"`, `"0 <= delta < 1"`, or parsed conditions */
  readonly assume: readonly (string | Condition)[];
  readonly claim: ClaimKind;
  /** parameters declared nonnegative (sign conditions `θ ≥ 0` usable in certificates), or `'all'` */
  readonly nonnegative?: readonly string[] | 'all';
  readonly options?: ProveOptions;
};

/** A counterexample: parameter values (exact text) and what fails there. */
export type Counterexample = { readonly values: Readonly<Record<string, string>>; readonly detail: string };

/** The answer of {@link prove}. */
export type ProveResult =
  | { readonly status: 'proved'; readonly certificate: Certificate }
  | { readonly status: 'refuted'; readonly counterexample: Counterexample }
  | { readonly status: 'unknown'; readonly tried: readonly string[] };

/**
 * Reads assumptions and sign conditions into atoms, plus the game's probability domain (each non-constant
 * chance probability in [0, 1]).
 * @remarks Since 0.1.0
 */
export function buildAtoms(
  game: ParametricGame | undefined,
  assume: readonly (string | Condition)[],
  nonnegative: readonly string[] | 'all' | undefined,
  parameters: readonly string[],
): CertificateAtom[] {
  const atoms: CertificateAtom[] = [];
  assume
    .flatMap((a) => (typeof a === 'string' ? parseConditions(a) : [a]))
    .forEach((c, i) =>
      atoms.push({ id: `A${i + 1}`, label: c.text, poly: c.poly, strict: c.strict, kind: 'assumption' }),
    );
  const signs = nonnegative === 'all' ? parameters : (nonnegative ?? []);
  for (const v of signs)
    atoms.push({ id: `S:${v}`, label: `${v} >= 0`, poly: polyVar(v), strict: false, kind: 'sign' });
  if (game?.kind === 'extensive') {
    const seen = new Set<string>();
    for (const c of (game as ExtensiveGame<Polynomial>).chanceInfosets) {
      for (const p of [c.probs, ...(c.beliefs ?? [])].flat()) {
        if (polyConstantValue(p) !== undefined || seen.has(polyFormat(p))) continue;
        seen.add(polyFormat(p));
        const k = atoms.filter((a) => a.kind === 'domain').length;
        atoms.push({
          id: `D${k + 1}`,
          label: `probability ${polyFormat(p)} >= 0`,
          poly: p,
          strict: false,
          kind: 'domain',
        });
        atoms.push({
          id: `D${k + 2}`,
          label: `probability ${polyFormat(p)} <= 1`,
          poly: polySub(POLY_ONE, p),
          strict: false,
          kind: 'domain',
        });
      }
    }
  }
  return atoms;
}

function valuesText(values: ReadonlyMap<string, Rational>): Record<string, string> {
  return Object.fromEntries([...values].map(([k, v]) => [k, formatRational(v)]));
}

/**
 * Proves, refutes, or gives up on a claim about a profile (see the module comment).
 * @throws InvalidArgumentError for an unknown claim kind or a profile that does not fit the game
 * @throws ExpressionError for an assumption that is not a polynomial comparison
 * @remarks Since 0.1.0
 */
export function prove(input: ProveInput): ProveResult {
  const { game, profile, concept, claim } = input;
  const o = input.options ?? {};
  const region = equilibriumRegion(game, profile, {
    concept,
    simplify: false,
    ...(o.maxDeviations !== undefined ? { maxDeviations: o.maxDeviations } : {}),
  });
  const parameters = [...new Set([...gameParameters(game), ...region.parameters])].sort();
  const atoms = buildAtoms(game, input.assume, input.nonnegative, parameters);
  for (const a of atoms)
    for (const v of a.poly.terms.values())
      for (const [x] of v.monomial) if (!parameters.includes(x)) parameters.push(x);
  parameters.sort();
  const atomConds: Cond[] = atoms;
  const nonnegative = atoms.filter((a) => a.kind === 'sign').map((a) => a.id.slice(2));
  const search: SearchOptions = {
    nonnegative,
    ...o.search,
    accept: (v) => concreteCheck(game, profile, concept, Object.fromEntries(v)).status !== 'invalid',
  };
  const base = { claim, concept, parameters, atoms };
  const tried: string[] = [];

  if (claim === 'equilibrium') return proveEquilibrium(input, region, base, search, tried);
  if (claim === 'not-equilibrium') {
    for (const c of region.constraints) {
      const cert = findCertificate(polyNeg(c.poly), true, atoms, `${c.description} is strictly profitable`, o);
      if (cert !== undefined) {
        return {
          status: 'proved',
          certificate: {
            ...base,
            goals: [cert],
            identities: [],
            argument: [
              `${c.description}: the payoff difference ${polyFormat(c.poly)} is strictly negative under the assumptions, so the profile is not an equilibrium.`,
            ],
          },
        };
      }
    }
    tried.push(
      `no single region constraint is certified strictly negative (${region.constraints.length} tried, degree ≤ ${o.degree ?? 2})`,
    );
    const hit = searchPoint(
      atomConds,
      [region.constraints.map((c) => ({ poly: c.poly, strict: false }))],
      parameters,
      search,
    );
    if (hit !== undefined) {
      const v = concreteCheck(game, profile, concept, Object.fromEntries(hit.values));
      if (v.status === 'equilibrium') {
        return {
          status: 'refuted',
          counterexample: {
            values: valuesText(hit.values),
            detail: `at ${formatValues(hit.values)} the profile is an equilibrium (found by ${hit.method}, confirmed by src/verify)`,
          },
        };
      }
      tried.push(`point ${formatValues(hit.values)} satisfies the region but the checker says ${v.status}`);
    } else tried.push('no point satisfying the assumptions where the profile is an equilibrium was found');
    return { status: 'unknown', tried };
  }
  if (claim === 'unique') {
    const pure = profile.every((x) => typeof x === 'number');
    if (!pure) throw new InvalidArgumentError("prove(): claim 'unique' needs a pure profile");
    const start = searchPoint(atomConds, [[]], parameters, search);
    const dom = proveUniqueByDominance(game, profile as readonly number[], concept, atoms, start?.values, o);
    if (dom.ok) {
      return {
        status: 'proved',
        certificate: {
          ...base,
          goals: dom.goals,
          identities: [],
          argument: [
            'Iterated elimination of strictly dominated strategies (backward over subgames for SPE) leaves only the profile, so it is the unique equilibrium (outcome).',
            ...dom.argument,
          ],
        },
      };
    }
    tried.push(...dom.tried);
    const systems: TargetSystem[] = [
      ...violationSystems(region.constraints.map((c) => ({ poly: c.poly, strict: false }))).map((conds) => ({
        conds,
        detail: 'the profile is not an equilibrium',
      })),
      ...otherEquilibriumSystems(game, profile as readonly number[], concept, o.maxDeviations),
    ];
    const hit = searchPoint(
      atomConds,
      systems.map((s) => s.conds),
      parameters,
      search,
    );
    if (hit !== undefined) {
      const s = systems[hit.system] as (typeof systems)[number];
      const v = concreteCheck(game, s.profile ?? profile, concept, Object.fromEntries(hit.values));
      const confirmed = s.profile === undefined ? v.status === 'not-equilibrium' : v.status === 'equilibrium';
      if (confirmed) {
        return {
          status: 'refuted',
          counterexample: {
            values: valuesText(hit.values),
            detail: `at ${formatValues(hit.values)} ${s.detail} (found by ${hit.method}, confirmed by src/verify)`,
          },
        };
      }
      tried.push(`candidate ${formatValues(hit.values)} was not confirmed by the checker`);
    }
    return { status: 'unknown', tried };
  }
  throw new InvalidArgumentError(
    `prove(): claim must be 'equilibrium', 'not-equilibrium' or 'unique'; got ${String(claim)}`,
  );
}

function proveEquilibrium(
  input: ProveInput,
  region: Region,
  base: Pick<Certificate, 'claim' | 'concept' | 'parameters' | 'atoms'>,
  search: SearchOptions,
  tried: string[],
): ProveResult {
  const { game, profile, concept } = input;
  const o = input.options ?? {};
  const atoms = base.atoms;
  const goals: GoalCertificate[] = [];
  const failed: Polynomial[] = [];
  let denominatorsOk = true;
  const argument = [
    "Each constraint of the region (a deviation's payoff difference, or a probability bound) is a goal p >= 0 certified from the assumptions.",
  ];
  if (region.empty) failed.push(region.constraints[0]?.poly ?? polyNeg(POLY_ONE));
  // Denominators first: a certified sign lets a quotient constraint N/D >= 0 be proved as ±N >= 0.
  const signOf = new Map<string, 1 | -1>();
  for (const d of region.denominators) {
    const deg = Math.max(o.degree ?? 2, polyDegree(d));
    const pos = findCertificate(d, true, atoms, `denominator ${polyFormat(d)} > 0`, { ...o, degree: deg });
    const cert =
      pos ?? findCertificate(polyNeg(d), true, atoms, `denominator ${polyFormat(d)} < 0`, { ...o, degree: deg });
    if (cert === undefined) {
      denominatorsOk = false;
      tried.push(`no certified sign for the denominator ${polyFormat(d)}`);
    } else {
      signOf.set(polyFormat(d), pos !== undefined ? 1 : -1);
      goals.push(cert);
      argument.push(
        `The denominator ${polyFormat(d)} has a certified sign, so a constraint N/D >= 0 is proved as ${pos !== undefined ? 'N' : '-N'} >= 0.`,
      );
    }
  }
  for (const c of region.empty ? [] : region.constraints) {
    const sign = c.quotient === undefined ? undefined : signOf.get(polyFormat(c.quotient.denominator));
    const goal =
      c.quotient === undefined || sign === undefined
        ? c.poly
        : sign > 0
          ? c.quotient.numerator
          : polyNeg(c.quotient.numerator);
    if (polyConstantValue(goal)?.compare(0) === 0) continue;
    const cert = findCertificate(goal, false, atoms, c.description, o);
    if (cert === undefined) failed.push(c.poly);
    else goals.push(cert);
  }
  if (failed.length === 0 && denominatorsOk)
    return { status: 'proved', certificate: { ...base, goals, identities: [], argument } };
  if (failed.length === 0) return { status: 'unknown', tried };
  tried.push(
    `${failed.length} goal(s) without a certificate of degree ≤ ${o.degree ?? 2}: ${failed.map(polyFormat).join('; ')}`,
  );
  const hit = searchPoint(
    base.atoms,
    violationSystems(failed.map((p) => ({ poly: p, strict: false }))),
    base.parameters,
    search,
  );
  if (hit !== undefined) {
    const v = concreteCheck(game, profile, concept, Object.fromEntries(hit.values));
    if (v.status === 'not-equilibrium') {
      return {
        status: 'refuted',
        counterexample: {
          values: valuesText(hit.values),
          detail: `at ${formatValues(hit.values)} ${polyFormat(failed[hit.system] as Polynomial)} < 0, so the profile is not an equilibrium (found by ${hit.method}, confirmed by src/verify)`,
        },
      };
    }
    tried.push(`point ${formatValues(hit.values)} violates a constraint but the checker says ${v.status}`);
  } else
    tried.push('no counterexample found (LP, sampling' + (search.box !== undefined ? ', box subdivision' : '') + ')');
  return { status: 'unknown', tried };
}
