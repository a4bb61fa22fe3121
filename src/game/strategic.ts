/**
 * Strategic-form games: construction with validation, and the profile numbering of Gambit's `.nfg` files
 * (player 1's strategy varies fastest).
 * @remarks Since 0.1.0
 */
import { type Rational, type RationalLike, rat } from '../numeric/rational.js';
import { GameStructureError, type Issue } from './errors.js';
import type { OutcomeId } from './ids.js';
import type { Outcome, PureProfile, StrategicGame } from './types.js';

/** Input of {@link strategicGame}. */
export type StrategicGameSpec = {
  readonly title?: string;
  readonly comment?: string;
  readonly players: readonly string[];
  /** strategy labels per player, or strategy counts (labelled "1", "2", …) */
  readonly strategies: readonly (readonly string[] | number)[];
  /**
   * `payoffs[profileIndex][player]`, profiles numbered with player 1 fastest; or a function of the pure
   * profile returning the payoff vector.
   */
  readonly payoffs: readonly (readonly RationalLike[])[] | ((profile: PureProfile) => readonly RationalLike[]);
  readonly outcomeTable?: {
    readonly outcomes: readonly { readonly label: string; readonly payoffs: readonly RationalLike[] }[];
    readonly cells: readonly (number | null)[];
  };
};

/** Number of pure strategy profiles, as a bigint (it can exceed 2^53). @remarks Since 0.1.0 */
export function profileCount(counts: readonly number[]): bigint {
  return counts.reduce((acc, c) => acc * BigInt(c), 1n);
}

/**
 * Index of a pure profile in Gambit's order: `s1 + n1·(s2 + n2·(s3 + …))`.
 * @remarks Since 0.1.0
 */
export function profileIndex(counts: readonly number[], profile: PureProfile): number {
  let index = 0;
  for (let p = counts.length - 1; p >= 0; p--) index = index * (counts[p] as number) + (profile[p] as number);
  return index;
}

/** The pure profile with the given index (inverse of {@link profileIndex}). @remarks Since 0.1.0 */
export function profileAt(counts: readonly number[], index: number): number[] {
  const out = new Array<number>(counts.length);
  let rest = index;
  for (let p = 0; p < counts.length; p++) {
    const c = counts[p] as number;
    out[p] = rest % c;
    rest = Math.floor(rest / c);
  }
  return out;
}

/** Strategy counts of a strategic game. @remarks Since 0.1.0 */
export function strategyCounts<V>(game: StrategicGame<V>): number[] {
  return game.strategies.map((s) => s.length);
}

/** The payoff vector of a pure profile. @remarks Since 0.1.0 */
export function pureProfilePayoffs<V>(game: StrategicGame<V>, profile: PureProfile): readonly V[] {
  const row = game.payoffs[profileIndex(strategyCounts(game), profile)];
  if (row === undefined) throw new RangeError(`pureProfilePayoffs(): no profile ${profile.join(',')}`);
  return row;
}

/** Largest table {@link strategicGame} builds (profiles × players entries). */
export const MAX_TABLE_ENTRIES = 50_000_000;

/**
 * Builds an immutable strategic game, validating sizes and values.
 * @throws GameStructureError if a payoff vector has the wrong length, a value is not exact number text,
 *   the table has the wrong number of profiles, or it would exceed {@link MAX_TABLE_ENTRIES}
 * @remarks Since 0.1.0
 */
export function strategicGame(spec: StrategicGameSpec): StrategicGame<Rational> {
  const issues: Issue[] = [];
  const n = spec.players.length;
  if (n === 0) issues.push({ path: ['players'], message: 'a game needs at least one player' });
  if (spec.strategies.length !== n) {
    issues.push({ path: ['strategies'], message: `${spec.strategies.length} strategy lists for ${n} players` });
  }
  const strategies = spec.strategies.map((s, p) => {
    const labels = typeof s === 'number' ? Array.from({ length: s }, (_, i) => String(i + 1)) : [...s];
    if (labels.length === 0) issues.push({ path: ['strategies', p], message: 'a player needs at least one strategy' });
    return Object.freeze(labels);
  });
  const counts = strategies.map((s) => s.length);
  const total = profileCount(counts);
  if (total * BigInt(Math.max(n, 1)) > BigInt(MAX_TABLE_ENTRIES)) {
    issues.push({ path: ['strategies'], message: `the table would have ${total} profiles; too large to build` });
  }
  if (issues.length > 0) throw new GameStructureError(`strategicGame(): ${issues[0]?.message}`, issues);
  const size = Number(total);
  const convert = (x: RationalLike, path: readonly (string | number)[]): Rational => {
    try {
      return rat(x);
    } catch (e) {
      issues.push({ path, message: e instanceof Error ? e.message : String(e) });
      return rat(0);
    }
  };
  const payoffs: (readonly Rational[])[] = new Array(size);
  const source = spec.payoffs;
  if (typeof source !== 'function' && source.length !== size) {
    issues.push({ path: ['payoffs'], message: `${source.length} payoff vectors; expected ${size} (one per profile)` });
  }
  for (let i = 0; i < size && issues.length === 0; i++) {
    const row = typeof source === 'function' ? source(profileAt(counts, i)) : (source[i] as readonly RationalLike[]);
    if (row.length !== n) issues.push({ path: ['payoffs', i], message: `${row.length} payoffs; expected ${n}` });
    payoffs[i] = Object.freeze(row.map((x, p) => convert(x, ['payoffs', i, p])));
  }
  let outcomeTable: StrategicGame['outcomeTable'];
  if (spec.outcomeTable !== undefined) {
    const outcomes: Outcome[] = spec.outcomeTable.outcomes.map((o, i) => {
      if (o.payoffs.length !== n)
        issues.push({ path: ['outcomes', i], message: `${o.payoffs.length} payoffs; expected ${n}` });
      return Object.freeze({
        id: i as OutcomeId,
        label: o.label,
        payoffs: Object.freeze(o.payoffs.map((x, p) => convert(x, ['outcomes', i, p]))),
      });
    });
    const cells = spec.outcomeTable.cells.map((c, i) => {
      if (c !== null && (!Number.isInteger(c) || c < 0 || c >= outcomes.length)) {
        issues.push({ path: ['cells', i], message: `outcome ${c + 1} is not defined` });
      }
      return c as OutcomeId | null;
    });
    if (cells.length !== size) issues.push({ path: ['cells'], message: `${cells.length} cells; expected ${size}` });
    outcomeTable = Object.freeze({ outcomes: Object.freeze(outcomes), cells: Object.freeze(cells) });
  }
  if (issues.length > 0) throw new GameStructureError(`strategicGame(): ${issues[0]?.message}`, issues);
  return Object.freeze({
    kind: 'strategic' as const,
    title: spec.title ?? '',
    comment: spec.comment ?? '',
    players: Object.freeze([...spec.players]),
    strategies: Object.freeze(strategies),
    payoffs: Object.freeze(payoffs),
    ...(outcomeTable !== undefined ? { outcomeTable } : {}),
  });
}

/**
 * A two-player game from payoff matrices `A` (row player) and `B` (column player), `A[i][j]`.
 * @remarks Since 0.1.0
 */
export function bimatrixGame(
  A: readonly (readonly RationalLike[])[],
  B: readonly (readonly RationalLike[])[],
  options: { readonly title?: string; readonly players?: readonly [string, string] } = {},
): StrategicGame<Rational> {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  if (B.length !== m || B.some((r) => r.length !== n) || A.some((r) => r.length !== n)) {
    throw new GameStructureError(`bimatrixGame(): A and B must both be ${m}×${n} matrices`);
  }
  return strategicGame({
    title: options.title ?? '',
    players: options.players ?? ['1', '2'],
    strategies: [m, n],
    payoffs: ([i, j]) => [
      (A[i as number] as RationalLike[])[j as number] as RationalLike,
      (B[i as number] as RationalLike[])[j as number] as RationalLike,
    ],
  });
}
