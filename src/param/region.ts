/**
 * The exact set of parameter values where a given profile is an equilibrium, as a conjunction of polynomial
 * inequalities `p(θ) ≥ 0`, one per deviation that matters.
 *
 * Nash: for each player `i` and each of `i`'s pure strategies `s` (on a tree: pure behaviour on `i`'s
 * information sets), `u_i(σ) − u_i(s, σ₋ᵢ) ≥ 0`. Checking pure deviations suffices because `u_i` is linear
 * in `i`'s own (mixed or, with perfect recall, behaviour) strategy (Nash 1951; Kuhn 1953). Subgame
 * perfection: the same inequalities in every subgame (Selten 1965), with payoffs from the subgame's root.
 * Mixed profiles with rational-function probabilities `N/D`: the difference is a quotient `N/D` and the
 * constraint is `N·D ≥ 0`, valid where `D ≠ 0` (the denominators are listed), plus `0 ≤ prob ≤ 1`.
 *
 * Then constraints that are constants, duplicates or positive multiples of others, or implied by the others
 * linearly (Farkas' lemma, an exact LP) are removed; the removed ones are kept with the reason.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { InfosetId, NodeId } from '../game/ids.js';
import { profileAt, profileIndex } from '../game/strategic.js';
import type { ExtensiveGame, StrategicGame } from '../game/types.js';
import {
  type Polynomial,
  polyConstantValue,
  polyEvaluate,
  polyFormat,
  polyMul,
  polyPrimitive,
  polyVariables,
} from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { RATFN, type RationalFunction, ratFn } from './arithmetic.js';
import { impliedBy } from './certify.js';
import { type ParameterValues, type ParametricGame, gameParameters, toRationalValues } from './game.js';
import { type ParametricProfile, type ProfileWeights, readProfile } from './profile.js';
import { infosetName, infosetsBelow, pathLabels, payoffBelow, pureAssignments, subgameRoots } from './tree-walk.js';

/** Equilibrium concepts of {@link equilibriumRegion}. */
export type Concept = 'nash' | 'spe';

/** One inequality `poly ≥ 0` of a region, with where it comes from. */
export type RegionConstraint = {
  readonly poly: Polynomial;
  /** `deviation`: a player's payoff difference; `probability`: a mixed probability within [0, 1] */
  readonly kind: 'deviation' | 'probability';
  readonly player: number;
  readonly playerName: string;
  /** the subgame's root node (trees), or `null` (strategic games, and Nash on trees: the whole game) */
  readonly subgame: NodeId | null;
  /** action labels from the root to the subgame's root */
  readonly subgamePath: readonly string[];
  /** the deviation: a strategy label, or `infoset: action` pairs */
  readonly deviation: string;
  /** a sentence for reports */
  readonly description: string;
  /** for a quotient `N/D ≥ 0` (mixed profiles with rational-function probabilities): `N` and `D`; `poly` is `N·D` */
  readonly quotient?: { readonly numerator: Polynomial; readonly denominator: Polynomial };
};

/** A constraint removed by simplification, and why. */
export type RemovedConstraint = {
  readonly constraint: RegionConstraint;
  readonly reason: 'constant' | 'duplicate' | 'implied';
  /** descriptions of the kept constraints that imply it */
  readonly by: readonly string[];
};

/** The region where a profile is an equilibrium: all `constraints` hold and no `denominators` vanish. */
export type Region = {
  readonly concept: Concept;
  readonly parameters: readonly string[];
  readonly constraints: readonly RegionConstraint[];
  readonly denominators: readonly Polynomial[];
  /** true when a constraint is a negative constant: the profile is an equilibrium nowhere */
  readonly empty: boolean;
  readonly removed: readonly RemovedConstraint[];
};

/** Options of {@link equilibriumRegion}. */
export type RegionOptions = {
  readonly concept: Concept;
  /** most pure deviations enumerated per player and subgame (default 100 000) */
  readonly maxDeviations?: number;
  /** remove implied constraints (default true) */
  readonly simplify?: boolean;
};

type Raw = { constraints: RegionConstraint[]; denominators: Polynomial[] };

function toConstraint(d: RationalFunction, raw: Raw): Pick<RegionConstraint, 'poly' | 'quotient'> {
  if (polyConstantValue(d.den) !== undefined) return { poly: d.num };
  if (!raw.denominators.some((p) => polyFormat(p) === polyFormat(d.den))) raw.denominators.push(d.den);
  return { poly: polyMul(d.num, d.den), quotient: { numerator: d.num, denominator: d.den } };
}

function probabilityConstraints(game: ParametricGame, w: ProfileWeights, raw: Raw): void {
  if (w.pure) return;
  w.weights.forEach((row, k) => {
    const player = game.kind === 'strategic' ? k : ((game as ExtensiveGame<Polynomial>).infosets[k]?.player as number);
    const labels = game.kind === 'strategic' ? game.strategies[k] : game.infosets[k]?.actions;
    const where =
      game.kind === 'strategic' ? '' : ` at ${infosetName(game as ExtensiveGame<Polynomial>, k as InfosetId)}`;
    row.forEach((x, a) => {
      const label = labels?.[a] ?? String(a);
      for (const [v, bound] of [
        [x, '≥ 0'],
        [RATFN.sub(RATFN.one, x), '≤ 1'],
      ] as const) {
        raw.constraints.push({
          ...toConstraint(v, raw),
          kind: 'probability',
          player,
          playerName: game.players[player] ?? String(player),
          subgame: null,
          subgamePath: [],
          deviation: label,
          description: `probability of ${label}${where} ${bound}`,
        });
      }
    });
  });
}

function strategicRaw(game: StrategicGame<Polynomial>, w: ProfileWeights): Raw {
  const raw: Raw = { constraints: [], denominators: [] };
  probabilityConstraints(game, w, raw);
  const counts = game.strategies.map((s) => s.length);
  const payoff = (player: number, fixed: number | null): RationalFunction => {
    if (w.pure && w.choice !== null) {
      const prof = [...w.choice];
      if (fixed !== null) prof[player] = fixed;
      return ratFn(game.payoffs[profileIndex(counts, prof)]?.[player] as Polynomial);
    }
    let total = RATFN.zero;
    game.payoffs.forEach((row, i) => {
      const prof = profileAt(counts, i);
      let p = RATFN.one;
      prof.forEach((s, j) => {
        if (j === player && fixed !== null) p = s === fixed ? p : RATFN.zero;
        else p = RATFN.mul(p, w.weights[j]?.[s] as RationalFunction);
      });
      if (!RATFN.isZero(p)) total = RATFN.add(total, RATFN.mul(p, ratFn(row[player] as Polynomial)));
    });
    return total;
  };
  game.players.forEach((name, i) => {
    const current = payoff(i, null);
    (game.strategies[i] as readonly string[]).forEach((label, s) => {
      if (w.pure && w.choice?.[i] === s) return;
      raw.constraints.push({
        ...toConstraint(RATFN.sub(current, payoff(i, s)), raw),
        kind: 'deviation',
        player: i,
        playerName: name,
        subgame: null,
        subgamePath: [],
        deviation: label,
        description: `${name} deviates to ${label}`,
      });
    });
  });
  return raw;
}

function treeRaw(game: ExtensiveGame<Polynomial>, w: ProfileWeights, concept: Concept, limit: number): Raw {
  const raw: Raw = { constraints: [], denominators: [] };
  probabilityConstraints(game, w, raw);
  const roots = concept === 'spe' ? subgameRoots(game) : [0 as NodeId];
  const lift = (p: Polynomial) => ratFn(p);
  for (const h of roots) {
    const path = pathLabels(game, h);
    const where = path.length === 0 ? '' : ` in the subgame after ${path.join(' > ')}`;
    game.players.forEach((name, i) => {
      const own = infosetsBelow(game, h, i);
      if (own.length === 0) return;
      const current = payoffBelow(game, h, i, RATFN, lift, (I) => w.weights[I] as readonly RationalFunction[]);
      const seen = new Set<string>();
      for (const s of pureAssignments(game, own, limit, 'equilibriumRegion()')) {
        const dev = payoffBelow(game, h, i, RATFN, lift, (I: InfosetId) => {
          const a = s.get(I);
          const n = game.infosets[I]?.actions.length ?? 0;
          return a === undefined
            ? (w.weights[I] as readonly RationalFunction[])
            : Array.from({ length: n }, (_, b) => (b === a ? RATFN.one : RATFN.zero));
        });
        const con = toConstraint(RATFN.sub(current, dev), raw);
        const key = polyFormat(con.poly);
        if (seen.has(key)) continue;
        seen.add(key);
        const deviation = [...s].map(([I, a]) => `${infosetName(game, I)}: ${game.infosets[I]?.actions[a]}`).join(', ');
        raw.constraints.push({
          ...con,
          kind: 'deviation',
          player: i,
          playerName: name,
          subgame: concept === 'spe' ? h : null,
          subgamePath: path,
          deviation,
          description: `${name} deviates to {${deviation}}${where}`,
        });
      }
    });
  }
  return raw;
}

/**
 * Removes constants, duplicates and positive multiples, and constraints implied linearly by the others.
 * @returns the kept constraints (in order), the removed ones with reasons, and whether a negative
 *   constant makes the conjunction empty
 * @remarks Since 0.1.0
 */
export function simplifyConstraints(
  constraints: readonly RegionConstraint[],
  implied = true,
): { kept: RegionConstraint[]; removed: RemovedConstraint[]; empty: boolean } {
  const removed: RemovedConstraint[] = [];
  const byKey = new Map<string, RegionConstraint>();
  const kept: RegionConstraint[] = [];
  for (const c of constraints) {
    const k = polyConstantValue(c.poly);
    if (k !== undefined) {
      if (k.s < 0n && k.n !== 0n) return { kept: [c], removed, empty: true };
      removed.push({ constraint: c, reason: 'constant', by: [] });
      continue;
    }
    const key = polyFormat(polyPrimitive(c.poly));
    const prev = byKey.get(key);
    if (prev !== undefined) {
      removed.push({ constraint: c, reason: 'duplicate', by: [prev.description] });
      continue;
    }
    byKey.set(key, c);
    kept.push(c);
  }
  if (implied) {
    for (let j = kept.length - 1; j >= 0; j--) {
      const others = kept.filter((_, i) => i !== j);
      if (others.length === 0) break;
      const used = impliedBy(
        polyPrimitive((kept[j] as RegionConstraint).poly),
        others.map((c) => c.poly),
      );
      if (used !== undefined) {
        removed.push({
          constraint: kept[j] as RegionConstraint,
          reason: 'implied',
          by: used.map((i) => (others[i] as RegionConstraint).description),
        });
        kept.splice(j, 1);
      }
    }
  }
  return { kept, removed, empty: false };
}

/**
 * The exact region of parameter values where `profile` is a Nash or subgame-perfect equilibrium.
 * @param profile - pure (indices) or mixed (probabilities, possibly rational functions of the parameters)
 * @throws InvalidArgumentError for a profile that does not fit the game
 * @throws UnsupportedGameError when a player has more pure deviations than `maxDeviations`
 * @remarks Since 0.1.0
 */
export function equilibriumRegion(game: ParametricGame, profile: ParametricProfile, options: RegionOptions): Region {
  if (options.concept !== 'nash' && options.concept !== 'spe') {
    throw new InvalidArgumentError(
      `equilibriumRegion(): concept must be 'nash' or 'spe'; got ${String(options.concept)}`,
    );
  }
  const w = readProfile(game, profile, 'equilibriumRegion()');
  const raw =
    game.kind === 'strategic'
      ? strategicRaw(game, w)
      : treeRaw(game, w, options.concept, options.maxDeviations ?? 100_000);
  const { kept, removed, empty } = simplifyConstraints(raw.constraints, options.simplify ?? true);
  const params = new Set(gameParameters(game));
  for (const c of raw.constraints) for (const v of polyVariables(c.poly)) params.add(v);
  return Object.freeze({
    concept: options.concept,
    parameters: Object.freeze([...params].sort()),
    constraints: Object.freeze(kept),
    denominators: Object.freeze(raw.denominators),
    empty,
    removed: Object.freeze(removed),
  });
}

/** The constraints a point violates (negative value), and vanishing denominators. @remarks Since 0.1.0 */
export function regionViolations(
  region: Region,
  values: ParameterValues,
): { readonly violated: readonly { constraint: RegionConstraint; value: Rational }[]; readonly singular: boolean } {
  const vals = toRationalValues(values, 'evaluateRegion()');
  const singular = region.denominators.some((d) => polyEvaluate(d, vals).n === 0n);
  const violated: { constraint: RegionConstraint; value: Rational }[] = [];
  for (const c of region.constraints) {
    const v = polyEvaluate(c.poly, vals);
    if (v.s < 0n && v.n !== 0n) violated.push({ constraint: c, value: v });
  }
  return { violated, singular };
}

/**
 * Whether the profile is an equilibrium at these parameter values (every constraint `≥ 0`, no denominator 0).
 * @throws InvalidArgumentError if a parameter of the region has no value
 * @remarks Since 0.1.0
 */
export function evaluateRegion(region: Region, values: ParameterValues): boolean {
  const r = regionViolations(region, values);
  return !r.singular && r.violated.length === 0;
}

/** The region's constraints as text, one `p ≥ 0` per line. @remarks Since 0.1.0 */
export function formatRegion(region: Region): string {
  if (region.empty) return 'empty (never an equilibrium)';
  if (region.constraints.length === 0) return 'everywhere';
  return region.constraints.map((c) => `${polyFormat(c.poly)} >= 0   [${c.description}]`).join('\n');
}
