/**
 * Payoff matrices of a two-player strategic game, and the positive integer matrices the pivoting methods
 * work on.
 * @remarks Since 0.1.0
 */
import { UnsupportedGameError } from '../../game/errors.js';
import type { Game } from '../../game/types.js';
import { type Rational, ONE, ZERO, lcm } from '../../numeric/rational.js';

/** The two payoff matrices of a bimatrix game: `A[i][j]` to player 1, `B[i][j]` to player 2. */
export type Bimatrix = {
  /** number of strategies of player 1 (rows) */
  readonly m: number;
  /** number of strategies of player 2 (columns) */
  readonly n: number;
  readonly A: readonly (readonly Rational[])[];
  readonly B: readonly (readonly Rational[])[];
};

/**
 * The payoff matrices of a two-player strategic game.
 * @param game - the game; it must be strategic with exactly two players
 * @param solver - the calling solver's name, for the error message
 * @throws UnsupportedGameError if the game is a tree or does not have two players
 * @remarks Since 0.1.0
 */
export function bimatrixOf(game: Game, solver: string): Bimatrix {
  if (game.kind !== 'strategic') {
    throw new UnsupportedGameError(solver, 'needs a strategic game; take the reduced strategic form of a tree first');
  }
  if (game.players.length !== 2) {
    throw new UnsupportedGameError(solver, `needs a two-player game; got ${game.players.length} players`);
  }
  const m = game.strategies[0]?.length ?? 0;
  const n = game.strategies[1]?.length ?? 0;
  const A: Rational[][] = [];
  const B: Rational[][] = [];
  for (let i = 0; i < m; i++) {
    const a: Rational[] = [];
    const b: Rational[] = [];
    for (let j = 0; j < n; j++) {
      const cell = game.payoffs[i + m * j];
      a.push(cell?.[0] ?? ZERO);
      b.push(cell?.[1] ?? ZERO);
    }
    A.push(a);
    B.push(b);
  }
  return { m, n, A, B };
}

/**
 * Positive integer versions of the payoff matrices, shifted as Gambit's `enummixed` and `lcp` do:
 * every payoff `u` becomes `(u − min)·L`, with `min = min(0, smallest payoff of either player) − 1` and `L`
 * the least common multiple of the denominators. Gambit also divides by `max − min`, a positive factor that
 * changes no pivoting decision. Both players get the same shift, so every entry is at least `L ≥ 1`.
 * @returns `A1` (m×n, player 1's payoffs) and `A2` (n×m, player 2's payoffs transposed)
 * @remarks Since 0.1.0
 */
export function shiftedIntegerMatrices(bm: Bimatrix): { A1: bigint[][]; A2: bigint[][] } {
  let min = ZERO;
  let scale = 1n;
  for (const M of [bm.A, bm.B]) {
    for (const row of M) {
      for (const v of row) {
        if (v.compare(min) < 0) min = v;
        scale = lcm(scale, v.d);
      }
    }
  }
  min = min.sub(ONE);
  const toInt = (v: Rational): bigint => {
    const s = v.sub(min).mul(scale);
    return s.s * s.n;
  };
  const A1 = bm.A.map((row) => row.map(toInt));
  const A2: bigint[][] = [];
  for (let j = 0; j < bm.n; j++) A2.push(bm.B.map((row) => toInt(row[j] as Rational)));
  return { A1, A2 };
}
