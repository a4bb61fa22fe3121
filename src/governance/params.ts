/**
 * Parameters of the governance model (MODEL.md, "Parameter names in code and JSON"), their validation and
 * the two worked examples.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, type Issue } from '../game/errors.js';
import { type Rational, type RationalLike, isRational, rat } from '../numeric/rational.js';

/** Stage-2 (compliance game) parameter names, as in MODEL.md. */
export const COMPLIANCE_PARAMETERS = [
  'V',
  'bT',
  'bK',
  'bS',
  'cK',
  'cS',
  'eT',
  'rhoA',
  'phi',
  'lambdaK',
  'lambdaS',
  'qP',
] as const;

/** One stage-2 parameter name. */
export type ComplianceParameter = (typeof COMPLIANCE_PARAMETERS)[number];

/** Stage-2 parameters with values of type `V` (rationals, or polynomials for the parametric game). */
export type ComplianceParamsOf<V> = { readonly [K in ComplianceParameter]: V };

/** Concrete stage-2 parameters. */
export type ComplianceParams = ComplianceParamsOf<Rational>;

/** Stage-2 parameters as a user writes them: exact strings like `"3/10"` or numbers; `qP` defaults to 0. */
export type ComplianceParamsInput = { readonly [K in ComplianceParameter]?: RationalLike };

/** Parameters that must lie in [0, 1]. */
const UNIT_INTERVAL: readonly ComplianceParameter[] = ['phi', 'lambdaK', 'lambdaS', 'bT', 'bK', 'bS'];

/**
 * Reads and validates concrete stage-2 parameters: all nonnegative rationals; `φ`, `λ_K`, `λ_S` and the
 * credit shares in [0, 1]; `qP` defaults to 0; `bT` defaults to `1 − bK − bS` when omitted.
 * @throws InvalidArgumentError naming every missing or impossible parameter
 * @remarks Since 0.1.0
 */
export function complianceParams(input: ComplianceParamsInput | Readonly<Record<string, unknown>>): ComplianceParams {
  const issues: Issue[] = [];
  const raw = input as Readonly<Record<string, unknown>>;
  const known = new Set<string>(COMPLIANCE_PARAMETERS);
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      issues.push({ path: [key], message: `unknown parameter "${key}" (known: ${COMPLIANCE_PARAMETERS.join(', ')})` });
  }
  const read = (key: ComplianceParameter): Rational | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (isRational(v)) return v;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'bigint') {
      issues.push({ path: [key], message: `expected an exact number like "3/10"; got ${String(v)}` });
      return undefined;
    }
    try {
      return rat(v);
    } catch (e) {
      issues.push({ path: [key], message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  };
  const values: Partial<Record<ComplianceParameter, Rational>> = {};
  for (const key of COMPLIANCE_PARAMETERS) {
    const v = read(key);
    if (v !== undefined) values[key] = v;
  }
  values.qP ??= rat(0);
  if (values.bT === undefined && values.bK !== undefined && values.bS !== undefined) {
    values.bT = rat(1).sub(values.bK).sub(values.bS);
  }
  for (const key of COMPLIANCE_PARAMETERS) {
    const v = values[key];
    if (v === undefined) {
      if (!issues.some((i) => i.path[0] === key)) issues.push({ path: [key], message: 'missing' });
      continue;
    }
    if (v.s < 0n && v.n !== 0n) issues.push({ path: [key], message: `must be nonnegative; got ${v.toFraction()}` });
    if (UNIT_INTERVAL.includes(key) && v.compare(1) > 0) {
      issues.push({ path: [key], message: `must lie in [0, 1]; got ${v.toFraction()}` });
    }
  }
  if (issues.length > 0) {
    const first = issues[0] as Issue;
    throw new InvalidArgumentError(`complianceParams(): ${first.path.join('.')}: ${first.message}`, issues);
  }
  return values as ComplianceParams;
}

/**
 * MODEL.md's first worked example (weakest-link regime): `V = 10`, `b = (3/10, 3/10, 2/5)`, `c_K = 2`,
 * `c_S = 5/2`, `e_T = 1/2`, `ρA = 2`, `φ = 1/2`, `λ = 0`, `qP = 0`.
 * @remarks Since 0.1.0
 */
export const WORKED_EXAMPLE: ComplianceParams = complianceParams({
  V: 10,
  bT: '3/10',
  bK: '3/10',
  bS: '2/5',
  cK: 2,
  cS: '5/2',
  eT: '1/2',
  rhoA: 2,
  phi: '1/2',
  lambdaK: 0,
  lambdaS: 0,
  qP: 0,
});

/**
 * MODEL.md's second worked example (dilemma regime, C3): `V = 10`, `b = (1/5, 2/5, 2/5)`,
 * `c_K = c_S = 3`, `e_T = 1/2`, `ρA = 2`, `φ = 1/2`, `λ_K = λ_S = 1/2`, `qP = 0`.
 * @remarks Since 0.1.0
 */
export const DILEMMA_EXAMPLE: ComplianceParams = complianceParams({
  V: 10,
  bT: '1/5',
  bK: '2/5',
  bS: '2/5',
  cK: 3,
  cS: 3,
  eT: '1/2',
  rhoA: 2,
  phi: '1/2',
  lambdaK: '1/2',
  lambdaS: '1/2',
  qP: 0,
});
