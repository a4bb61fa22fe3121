/**
 * Parametric games: the game model with polynomial values (payoffs and chance probabilities in named
 * parameters), their construction, and instantiation at exact parameter values.
 * @remarks Since 0.1.0
 */
import { type TreeSpec, buildTree } from '../game/builder.js';
import { GameStructureError, InvalidArgumentError, type Issue } from '../game/errors.js';
import { profileAt, profileCount } from '../game/strategic.js';
import type { ChanceInfoset, ExtensiveGame, Game, StrategicGame } from '../game/types.js';
import { type Polynomial, polyEvaluate, polyVariables } from '../numeric/polynomial.js';
import { type Rational, type RationalLike, formatRational, rat } from '../numeric/rational.js';
import { POLY } from './arithmetic.js';
import { type ExpressionOptions, parseValue } from './expression.js';

/** A tree whose payoffs and chance probabilities are polynomials in parameters. */
export type ParametricTree = ExtensiveGame<Polynomial>;
/** A strategic game whose payoffs are polynomials in parameters. */
export type ParametricStrategic = StrategicGame<Polynomial>;
/** Any parametric game. */
export type ParametricGame = Game<Polynomial>;
/** Exact values of parameters, by name (`"3/10"`, `0.5`, bigint or rational). */
export type ParameterValues = Readonly<Record<string, RationalLike>>;

/**
 * Builds a parametric tree from a builder spec whose values are expression strings, numbers or polynomials.
 * @throws GameStructureError listing inconsistent nodes and expressions that are not polynomials
 * @remarks Since 0.1.0
 */
export function buildParametricTree(spec: TreeSpec<Polynomial>, options: ExpressionOptions = {}): ParametricTree {
  return buildTree<Polynomial>(spec, { arithmetic: POLY, value: (x) => parseValue(x, options) });
}

/** Input of {@link parametricStrategicGame}. */
export type ParametricStrategicSpec = {
  readonly title?: string;
  readonly players: readonly string[];
  /** strategy labels per player, or counts */
  readonly strategies: readonly (readonly string[] | number)[];
  /** `payoffs[profileIndex][player]` (player 1 fastest), or a function of the pure profile */
  readonly payoffs:
    | readonly (readonly (Polynomial | RationalLike)[])[]
    | ((profile: readonly number[]) => readonly (Polynomial | RationalLike)[]);
};

/**
 * Builds a parametric strategic game.
 * @throws GameStructureError for wrong sizes; ExpressionError for a value that is not a polynomial
 * @remarks Since 0.1.0
 */
export function parametricStrategicGame(
  spec: ParametricStrategicSpec,
  options: ExpressionOptions = {},
): ParametricStrategic {
  const n = spec.players.length;
  const strategies = spec.strategies.map((s) =>
    Object.freeze(typeof s === 'number' ? Array.from({ length: s }, (_, i) => String(i + 1)) : [...s]),
  );
  const counts = strategies.map((s) => s.length);
  if (strategies.length !== n || counts.some((c) => c === 0)) {
    throw new GameStructureError(`parametricStrategicGame(): need one nonempty strategy list per player (${n})`);
  }
  const size = Number(profileCount(counts));
  const src = spec.payoffs;
  if (typeof src !== 'function' && src.length !== size) {
    throw new GameStructureError(`parametricStrategicGame(): ${src.length} payoff vectors; expected ${size}`);
  }
  const payoffs = Array.from({ length: size }, (_, i) => {
    const row =
      typeof src === 'function' ? src(profileAt(counts, i)) : (src[i] as readonly (Polynomial | RationalLike)[]);
    if (row.length !== n)
      throw new GameStructureError(`parametricStrategicGame(): profile ${i} has ${row.length} payoffs; expected ${n}`);
    return Object.freeze(row.map((x) => parseValue(x, options)));
  });
  return Object.freeze({
    kind: 'strategic' as const,
    title: spec.title ?? '',
    comment: '',
    players: Object.freeze([...spec.players]),
    strategies: Object.freeze(strategies),
    payoffs: Object.freeze(payoffs),
  });
}

/** The parameters a game's values use, sorted. @remarks Since 0.1.0 */
export function gameParameters(game: ParametricGame): string[] {
  const s = new Set<string>();
  const add = (p: Polynomial) => {
    for (const v of polyVariables(p)) s.add(v);
  };
  if (game.kind === 'strategic') for (const row of game.payoffs) row.forEach(add);
  else {
    for (const o of game.outcomes) o.payoffs.forEach(add);
    for (const c of game.chanceInfosets) {
      c.probs.forEach(add);
      for (const b of c.beliefs ?? []) b.forEach(add);
    }
  }
  return [...s].sort();
}

/** Reads parameter values to exact rationals. @throws InvalidArgumentError for a value that is not exact number text */
export function toRationalValues(values: ParameterValues, where: string): Map<string, Rational> {
  const out = new Map<string, Rational>();
  for (const [k, v] of Object.entries(values)) {
    try {
      out.set(k, rat(v));
    } catch {
      throw new InvalidArgumentError(`${where}: value of parameter "${k}" is not an exact number; got ${String(v)}`);
    }
  }
  return out;
}

/** Text of parameter values for messages: `{delta = 1/2, T = 5}`. @remarks Since 0.1.0 */
export function formatValues(values: ReadonlyMap<string, Rational> | Readonly<Record<string, Rational>>): string {
  const entries = values instanceof Map ? [...values.entries()] : Object.entries(values);
  return `{${entries.map(([k, v]) => `${k} = ${formatRational(v as Rational)}`).join(', ')}}`;
}

function evaluator(game: ParametricGame, values: ParameterValues, where: string): (p: Polynomial) => Rational {
  const vals = toRationalValues(values, where);
  const missing = gameParameters(game).filter((p) => !vals.has(p));
  if (missing.length > 0) {
    throw new InvalidArgumentError(
      `${where}: no value for parameter(s) ${missing.join(', ')}`,
      missing.map((m) => ({ path: [m], message: 'missing value' })),
    );
  }
  return (p) => polyEvaluate(p, vals);
}

/**
 * The concrete game at exact parameter values.
 * @throws InvalidArgumentError if a parameter has no value, or a chance probability (or a player's prior)
 *   is outside [0, 1] at these values (the message names the values and the chance move)
 * @remarks Since 0.1.0
 */
export function instantiate(game: ParametricTree, values: ParameterValues): ExtensiveGame<Rational>;
export function instantiate(game: ParametricStrategic, values: ParameterValues): StrategicGame<Rational>;
export function instantiate(game: ParametricGame, values: ParameterValues): Game<Rational>;
export function instantiate(game: ParametricGame, values: ParameterValues): Game<Rational> {
  const ev = evaluator(game, values, 'instantiate()');
  if (game.kind === 'strategic') {
    const { outcomeTable, ...rest } = game;
    const table =
      outcomeTable === undefined
        ? undefined
        : {
            outcomes: Object.freeze(
              outcomeTable.outcomes.map((o) => Object.freeze({ ...o, payoffs: Object.freeze(o.payoffs.map(ev)) })),
            ),
            cells: outcomeTable.cells,
          };
    return Object.freeze({
      ...rest,
      payoffs: Object.freeze(game.payoffs.map((row) => Object.freeze(row.map(ev)))),
      ...(table !== undefined ? { outcomeTable: Object.freeze(table) } : {}),
    });
  }
  const issues: Issue[] = [];
  const check = (ps: readonly Polynomial[], path: (string | number)[]) =>
    Object.freeze(
      ps.map((p, a) => {
        const v = ev(p);
        if (v.compare(0) < 0 || v.compare(1) > 0) {
          issues.push({
            path: [...path, a],
            message: `probability ${formatRational(v)} (= ${POLY.format(p)}) is outside [0, 1]`,
          });
        }
        return v;
      }),
    );
  const chanceInfosets = game.chanceInfosets.map((c) => {
    const label = c.label !== '' ? c.label : `chance ${c.fileNumber}`;
    const probs = check(c.probs, ['chance', label]);
    const beliefs = c.beliefs?.map((b, p) => check(b, ['chance', label, 'beliefs', game.players[p] ?? p]));
    const out: ChanceInfoset<Rational> = {
      id: c.id,
      label: c.label,
      actions: c.actions,
      probs,
      members: c.members,
      fileNumber: c.fileNumber,
      ...(beliefs !== undefined ? { beliefs: Object.freeze(beliefs) } : {}),
    };
    return Object.freeze(out);
  });
  if (issues.length > 0) {
    const vals = toRationalValues(values, 'instantiate()');
    const first = issues[0] as Issue;
    throw new InvalidArgumentError(
      `instantiate(): at ${formatValues(vals)} ${first.path.join(' > ')}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      issues,
    );
  }
  const outcomes = game.outcomes.map((o) => Object.freeze({ ...o, payoffs: Object.freeze(o.payoffs.map(ev)) }));
  return Object.freeze({ ...game, chanceInfosets: Object.freeze(chanceInfosets), outcomes: Object.freeze(outcomes) });
}
