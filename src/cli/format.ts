/**
 * Printing equilibria as Gambit's command-line tools do (`NE,1/2,1/2,…`: players in order; on trees each
 * player's information sets in Gambit's order, actions in file order; chance left out), or as JSON.
 * @remarks Since 0.1.0
 */
import type { Assessment } from '../game/types.js';
import { type Rational, formatDecimal, formatRational } from '../numeric/rational.js';
import type { SolveResult } from '../solve/types.js';

/** How to print numbers: exact rationals, or decimals with `digits` digits (labelled approximate). */
export type NumberStyle = { readonly float?: number };

const num = (r: Rational, style: NumberStyle): string =>
  style.float === undefined ? formatRational(r) : formatDecimal(r, style.float);

/** A profile is a list (per player or per information set) of probability vectors. */
type ProfileLike = readonly (readonly Rational[])[];

function isAssessment(p: unknown): p is Assessment {
  return typeof p === 'object' && p !== null && 'profile' in p && 'beliefs' in p;
}

/**
 * The profile of an equilibrium as a flat list of probabilities in Gambit's order.
 * @remarks Since 0.1.0
 */
export function flatProfile(eq: ProfileLike | Assessment): Rational[] {
  const profile = isAssessment(eq) ? eq.profile : eq;
  return profile.flatMap((v) => [...v]);
}

/**
 * Gambit's `NE,…` lines, one per equilibrium.
 * @remarks Since 0.1.0
 */
export function formatGambitLines(result: SolveResult<ProfileLike | Assessment>, style: NumberStyle = {}): string {
  return result.equilibria
    .map(
      (eq) =>
        `NE,${flatProfile(eq)
          .map((r) => num(r, style))
          .join(',')}\n`,
    )
    .join('');
}

/**
 * The JSON form of a result (schema: `docs/cli-json.md`): provenance fields, then each equilibrium's
 * profile as nested lists of strings (and beliefs where there are any).
 * @remarks Since 0.1.0
 */
export function resultToJson(
  result: SolveResult<ProfileLike | Assessment>,
  style: NumberStyle = {},
  labels?: { readonly players: readonly string[] },
): Record<string, unknown> {
  const vec = (v: readonly Rational[]): string[] => v.map((r) => num(r, style));
  return {
    format: 'subgame-solution',
    version: 1,
    method: result.method,
    exact: result.exact && style.float === undefined,
    representation: result.representation,
    options: jsonSafe(result.options),
    complete: result.complete,
    stopped: result.stopped,
    ...(result.count !== undefined ? { count: result.count.toString() } : {}),
    warnings: result.warnings,
    ...(labels !== undefined ? { players: labels.players } : {}),
    equilibria: result.equilibria.map((eq) =>
      isAssessment(eq) ? { profile: eq.profile.map(vec), beliefs: eq.beliefs.map(vec) } : { profile: eq.map(vec) },
    ),
    ...(result.stats !== undefined ? { stats: result.stats } : {}),
  };
}

function jsonSafe(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'object' && v !== null && 'aborted' in v) return undefined;
      if (typeof v === 'object' && v !== null && 's' in v && 'n' in v && 'd' in v) return formatRational(v as Rational);
      return v;
    }) ?? 'null',
  );
}
