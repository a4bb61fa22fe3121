/**
 * Friendly institutions (MODEL.md, "The remedy", claim R2): for each parameter, holding the others at
 * their values, the exact parameter values where collective inaction stops being a subgame-perfect
 * equilibrium and where (F; Sub, Sub) becomes the unique one.
 *
 * Derived from the game, not typed in: the SPE regions of all 32 pure plans of the symbolic game
 * ({@link planRegions}) are restricted to the one parameter `x` (every other parameter substituted; when the
 * credit shares sum to 1, `b_T = 1 − b_K − b_S` moves with `b_K` or `b_S`). Each restricted constraint is
 * linear in `x` (the payoffs are multilinear in the parameters), so its root is an exact breakpoint. The set
 * of pure SPE is constant between consecutive breakpoints; classifying every breakpoint and one point
 * inside every gap gives each property as an exact union of intervals.
 *
 * "(F; Sub, Sub) is the unique SPE" means every pure SPE has T play F and (Sub, Sub) after F (the play
 * after C may be any equilibrium of that subgame). Strictly inside such an interval no mixed SPE exists
 * either: no payoff tie after F occurs off the breakpoints (every K–S deviation gain is a region
 * constraint), so the subgame after F has the single equilibrium (Sub, Sub), and T's payoff after C is at
 * most `b_T φ V − e_T ≤ b_T V` for every mixed play there.
 * @remarks Since 0.1.0
 */
import { UnsupportedGameError } from '../game/errors.js';
import {
  type Polynomial,
  polyCoefficientsIn,
  polyConst,
  polyConstantValue,
  polyEvaluate,
  polySub,
  polyVar,
} from '../numeric/polynomial.js';
import { ONE, type Rational, ZERO, formatRational } from '../numeric/rational.js';
import { restrictRegions } from './compliance-regions.js';
import { INACTION_PLAN, samePlan } from './compliance-profiles.js';
import type { ComplianceParameter, ComplianceParams } from './params.js';

/** The parameters {@link institutionThresholds} varies (`bT` is the residual share and is not varied on its own). */
export const THRESHOLD_PARAMETERS = [
  'rhoA',
  'phi',
  'bK',
  'bS',
  'cK',
  'cS',
  'qP',
  'eT',
  'lambdaK',
  'lambdaS',
  'V',
] as const;

/** One parameter {@link institutionThresholds} can vary. */
export type ThresholdParameter = (typeof THRESHOLD_PARAMETERS)[number];

/** An interval of parameter values; `hi: null` means unbounded above. */
export type ParameterInterval = {
  readonly lo: Rational;
  readonly loClosed: boolean;
  readonly hi: Rational | null;
  readonly hiClosed: boolean;
};

/** Where a property (inaction is an SPE; cooperation is the unique SPE) holds along one parameter. */
export type PropertyAlong = {
  /** the exact set of admissible values where it holds */
  readonly set: readonly ParameterInterval[];
  /** whether it holds at the current value */
  readonly atCurrent: boolean;
  /** when it holds now: the end of its interval below the current value (it fails beyond), or `null` if it holds down to the range's end */
  readonly lower: Rational | null;
  /** when it holds now: the end above (it fails beyond), or `null` */
  readonly upper: Rational | null;
  /** when it fails now: the nearest value where it holds, the direction to move, and whether that value itself counts */
  readonly nearest: {
    readonly value: Rational;
    readonly direction: 'increase' | 'decrease';
    readonly attained: boolean;
  } | null;
};

/** The thresholds of one parameter. */
export type InstitutionThreshold = {
  readonly parameter: ThresholdParameter;
  readonly current: Rational;
  /** the admissible range swept */
  readonly range: ParameterInterval;
  /** whether `b_T` moved with this share (`b_T = 1 − b_K − b_S`) */
  readonly residualShare: boolean;
  /** collective inaction (C; Nom, Form after both modes) is an SPE */
  readonly inaction: PropertyAlong;
  /** every pure SPE plays F and (Sub, Sub) after F */
  readonly cooperation: PropertyAlong;
  /** a sentence for reports */
  readonly text: string;
};

const UNIT: readonly string[] = ['phi', 'lambdaK', 'lambdaS'];

function rangeOf(p: ThresholdParameter, params: ComplianceParams, residual: boolean): ParameterInterval {
  if (p === 'bK' || p === 'bS') {
    const otherShare = p === 'bK' ? params.bS : params.bK;
    return { lo: ZERO, loClosed: true, hi: residual ? ONE.sub(otherShare) : ONE, hiClosed: true };
  }
  return { lo: ZERO, loClosed: true, hi: UNIT.includes(p) ? ONE : null, hiClosed: UNIT.includes(p) };
}

function rootOf(poly: Polynomial, x: string, parameter: string): Rational | undefined {
  const cs = polyCoefficientsIn(poly, x).map((c) => polyConstantValue(c) ?? ZERO);
  if (cs.length > 2 && cs.slice(2).some((c) => c.n !== 0n)) {
    throw new UnsupportedGameError('institutionThresholds', `a region constraint is not linear in ${parameter}`);
  }
  const c1 = cs[1] ?? ZERO;
  return c1.n === 0n ? undefined : (cs[0] ?? ZERO).neg().div(c1);
}

type Cell = { readonly lo: Rational; readonly hi: Rational | null; readonly point: boolean; readonly sample: Rational };

function merge(cells: readonly Cell[], holds: readonly boolean[]): ParameterInterval[] {
  const out: { lo: Rational; loClosed: boolean; hi: Rational | null; hiClosed: boolean }[] = [];
  cells.forEach((c, i) => {
    if (!holds[i]) return;
    const last = out[out.length - 1];
    const touches = last !== undefined && i > 0 && holds[i - 1] === true;
    if (touches && last !== undefined) {
      last.hi = c.hi;
      last.hiClosed = c.point;
    } else out.push({ lo: c.lo, loClosed: c.point, hi: c.hi, hiClosed: c.point });
  });
  return out;
}

function along(set: readonly ParameterInterval[], x: Rational, range: ParameterInterval): PropertyAlong {
  const inside = (iv: ParameterInterval) =>
    (iv.loClosed ? x.compare(iv.lo) >= 0 : x.compare(iv.lo) > 0) &&
    (iv.hi === null || (iv.hiClosed ? x.compare(iv.hi) <= 0 : x.compare(iv.hi) < 0));
  const here = set.find(inside);
  if (here !== undefined) {
    const lower = here.lo.equals(range.lo) && here.loClosed ? null : here.lo;
    const upper = here.hi === null || (range.hi !== null && here.hi.equals(range.hi) && here.hiClosed) ? null : here.hi;
    return { set, atCurrent: true, lower, upper, nearest: null };
  }
  let nearest: PropertyAlong['nearest'] = null;
  for (const iv of set) {
    const cand =
      iv.hi !== null && iv.hi.compare(x) <= 0
        ? { value: iv.hi, direction: 'decrease' as const, attained: iv.hiClosed }
        : { value: iv.lo, direction: 'increase' as const, attained: iv.loClosed };
    if (nearest === null || cand.value.sub(x).abs().compare(nearest.value.sub(x).abs()) < 0) nearest = cand;
  }
  return { set, atCurrent: false, lower: null, upper: null, nearest };
}

function describe(p: string, a: PropertyAlong, what: string): string {
  if (a.atCurrent) {
    const ends = [
      a.lower !== null ? `below ${formatRational(a.lower)}` : '',
      a.upper !== null ? `above ${formatRational(a.upper)}` : '',
    ].filter((s) => s !== '');
    return ends.length === 0
      ? `is ${what} for every admissible ${p}`
      : `is ${what} now and stops being one ${ends.join(' and ')}`;
  }
  if (a.nearest === null) return `is never ${what} for admissible ${p}`;
  const n = a.nearest;
  const rel = n.direction === 'increase' ? (n.attained ? '>=' : '>') : n.attained ? '<=' : '<';
  return `becomes ${what} once ${p} ${rel} ${formatRational(n.value)}`;
}

/**
 * Thresholds of one parameter (see the module comment).
 * @throws UnsupportedGameError if a restricted region constraint is not linear in the parameter
 * @remarks Since 0.1.0
 */
export function parameterThreshold(params: ComplianceParams, parameter: ThresholdParameter): InstitutionThreshold {
  const residual = (parameter === 'bK' || parameter === 'bS') && params.bT.add(params.bK).add(params.bS).equals(1);
  const values: Partial<Record<ComplianceParameter, Rational | Polynomial>> = { ...params };
  delete values[parameter];
  const first: Partial<Record<ComplianceParameter, Polynomial>> = {};
  if (residual) {
    delete values.bT;
    first.bT = polySub(polySub(polyConst(1), polyVar('bK')), polyVar('bS'));
  }
  const restricted = restrictRegions([first, values]);
  const range = rangeOf(parameter, params, residual);
  const inRange = (r: Rational) => r.compare(range.lo) >= 0 && (range.hi === null || r.compare(range.hi) <= 0);
  const breaks = new Map<string, Rational>([[formatRational(range.lo), range.lo]]);
  if (range.hi !== null) breaks.set(formatRational(range.hi), range.hi);
  for (const r of restricted) {
    for (const c of r.constraints) {
      const root = rootOf(c, parameter, parameter);
      if (root !== undefined && inRange(root)) breaks.set(formatRational(root), root);
    }
  }
  const sorted = [...breaks.values()].sort((a, b) => a.compare(b));
  const cells: Cell[] = [];
  sorted.forEach((b, i) => {
    cells.push({ lo: b, hi: b, point: true, sample: b });
    const next = sorted[i + 1];
    if (next !== undefined) cells.push({ lo: b, hi: next, point: false, sample: b.add(next).div(2) });
    else if (range.hi === null) cells.push({ lo: b, hi: null, point: false, sample: b.add(1) });
  });
  const classify = (x: Rational) => {
    const at = new Map([[parameter, x]]);
    const spe = restricted
      .filter((r) => r.constraints.every((p) => polyEvaluate(p, at).compare(0) >= 0))
      .map((r) => r.plan);
    return {
      inaction: spe.some((p) => samePlan(p, INACTION_PLAN)),
      cooperation: spe.length > 0 && spe.every((p) => p.mode === 'F' && p.afterF[0] === 'Sub' && p.afterF[1] === 'Sub'),
    };
  };
  const marks = cells.map((c) => classify(c.sample));
  const current = params[parameter];
  const inaction = along(
    merge(
      cells,
      marks.map((m) => m.inaction),
    ),
    current,
    range,
  );
  const cooperation = along(
    merge(
      cells,
      marks.map((m) => m.cooperation),
    ),
    current,
    range,
  );
  return {
    parameter,
    current,
    range,
    residualShare: residual,
    inaction,
    cooperation,
    text: `${parameter} (now ${formatRational(current)}): inaction ${describe(parameter, inaction, 'an SPE')}; (F; Sub, Sub) ${describe(parameter, cooperation, 'the unique SPE')}`,
  };
}

/**
 * The friendly-institution thresholds of MODEL.md (claim R2): for each parameter in `parameters` (default
 * {@link THRESHOLD_PARAMETERS}), holding the others at `params`, where inaction stops being an SPE and where
 * (F; Sub, Sub) becomes the unique SPE, exactly, or "never" within the admissible range.
 * @throws UnsupportedGameError if a restricted region constraint is not linear in the parameter
 * @remarks Since 0.1.0
 */
export function institutionThresholds(
  params: ComplianceParams,
  parameters: readonly ThresholdParameter[] = THRESHOLD_PARAMETERS,
): InstitutionThreshold[] {
  return parameters.map((p) => parameterThreshold(params, p));
}
