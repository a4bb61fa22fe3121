/**
 * Helpers for the bimatrix solver tests: profile text, sets of profiles, relabelled and rescaled games.
 */
import { bimatrixGame } from '../../src/game/strategic.js';
import type { MixedProfile, StrategicGame } from '../../src/game/types.js';
import { type Rational, formatRational } from '../../src/numeric/rational.js';
import { bimatrixOf } from '../../src/solve/bimatrix/index.js';
import { isNash } from '../../src/verify/index.js';

/** A profile as text: `[["1/2","1/2"],["1","0"]]`. */
export const text = (p: MixedProfile): string[][] => p.map((s) => s.map(formatRational));

/** A sorted list of profile keys (for set comparison). */
export const asSet = (ps: readonly MixedProfile[]): string[] => ps.map((p) => JSON.stringify(text(p))).sort();

/** Whether every profile is a Nash equilibrium by the independent checker of `src/verify`. */
export const allNash = (game: StrategicGame, ps: readonly MixedProfile[]): boolean => ps.every((p) => isNash(game, p));

/** The game with strategies permuted (`rowPerm[i]` = new index of row i) and, optionally, players swapped. */
export function relabel(
  game: StrategicGame,
  rowPerm: readonly number[],
  colPerm: readonly number[],
  swap: boolean,
): StrategicGame {
  const { m, n, A, B } = bimatrixOf(game, 'relabel');
  const A2: Rational[][] = Array.from({ length: m }, () => new Array<Rational>(n));
  const B2: Rational[][] = Array.from({ length: m }, () => new Array<Rational>(n));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      (A2[rowPerm[i] as number] as Rational[])[colPerm[j] as number] = (A[i] as Rational[])[j] as Rational;
      (B2[rowPerm[i] as number] as Rational[])[colPerm[j] as number] = (B[i] as Rational[])[j] as Rational;
    }
  }
  if (!swap) return bimatrixGame(A2, B2);
  const T = (M: Rational[][]): Rational[][] => Array.from({ length: n }, (_, j) => M.map((r) => r[j] as Rational));
  return bimatrixGame(T(B2), T(A2));
}

/** Maps a profile of `game` to the relabelled game of {@link relabel}. */
export function relabelProfile(
  p: MixedProfile,
  rowPerm: readonly number[],
  colPerm: readonly number[],
  swap: boolean,
): MixedProfile {
  const permute = (s: readonly Rational[], perm: readonly number[]): Rational[] => {
    const out = new Array<Rational>(s.length);
    s.forEach((v, i) => {
      out[perm[i] as number] = v;
    });
    return out;
  };
  const x = permute(p[0] as Rational[], rowPerm);
  const y = permute(p[1] as Rational[], colPerm);
  return swap ? [y, x] : [x, y];
}

/** The game with player 1's payoffs mapped by `a·u + b` and player 2's by `c·u + d` (a, c > 0). */
export function affine(game: StrategicGame, a: Rational, b: Rational, c: Rational, d: Rational): StrategicGame {
  const { A, B } = bimatrixOf(game, 'affine');
  return bimatrixGame(
    A.map((r) => r.map((u) => u.mul(a).add(b))),
    B.map((r) => r.map((u) => u.mul(c).add(d))),
  );
}
