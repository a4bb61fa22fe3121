/**
 * Laws of the bimatrix solvers on small random games, nondegenerate and deliberately degenerate: every
 * profile is Nash (independent checker), the methods agree, degenerate games never loop, and the sets are
 * invariant under relabelling and positive affine payoff changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/numeric/rational.js';
import { lcpStrategic, lemkeHowson, supportEnumeration, vertexEnumeration } from '../../src/solve/bimatrix/index.js';
import { arbBimatrix, arbDegenerateBimatrix } from '../../src/testing/index.js';
import { affine, allNash, asSet, relabel, relabelProfile } from './bimatrix-helpers.js';

const generic = arbBimatrix({ maxStrategies: 4, payoffRange: 1000 });
const degenerate = arbDegenerateBimatrix({ maxStrategies: 4 });
const anyGame = fc.oneof(generic, degenerate, arbBimatrix({ maxStrategies: 4, payoffRange: 2 }));
const RUNS = { numRuns: 60 };

describe('bimatrix solver laws', () => {
  it('every profile returned by every method is a Nash equilibrium', () =>
    fc.assert(
      fc.property(anyGame, (game) => {
        for (const solve of [vertexEnumeration, supportEnumeration, lemkeHowson, lcpStrategic]) {
          expect(allNash(game, solve(game).equilibria)).toBe(true);
        }
      }),
      RUNS,
    ));

  it('support enumeration equals vertex enumeration when it reports no degeneracy', () =>
    fc.assert(
      fc.property(fc.oneof(generic, degenerate), (game) => {
        const se = supportEnumeration(game);
        const ve = vertexEnumeration(game);
        if (se.warnings.length === 0) {
          expect(se.complete).toBe(true);
          expect(asSet(se.equilibria)).toEqual(asSet(ve.equilibria));
        }
      }),
      RUNS,
    ));

  it('Lemke–Howson and lcp results are extreme equilibria found by vertex enumeration', () =>
    fc.assert(
      fc.property(anyGame, (game) => {
        const all = new Set(asSet(vertexEnumeration(game).equilibria));
        for (const e of asSet(lemkeHowson(game).equilibria)) expect(all.has(e)).toBe(true);
        for (const e of asSet(lcpStrategic(game).equilibria)) expect(all.has(e)).toBe(true);
      }),
      RUNS,
    ));

  it('degenerate games never make Lemke–Howson loop (a generous pivot budget is never hit)', () =>
    fc.assert(
      fc.property(degenerate, (game) => {
        expect(lemkeHowson(game, { maxPivots: 10_000 }).stopped).toBeNull();
        expect(lcpStrategic(game, { maxPivots: 100_000 }).stopped).toBeNull();
        expect(vertexEnumeration(game, { maxPivots: 100_000 }).stopped).toBeNull();
      }),
      RUNS,
    ));

  it('vertex and support enumeration are invariant under relabelling strategies and players', () =>
    fc.assert(
      fc.property(
        anyGame.chain((game) => {
          const m = game.strategies[0]?.length ?? 0;
          const n = game.strategies[1]?.length ?? 0;
          const perm = (k: number) =>
            fc.shuffledSubarray(
              Array.from({ length: k }, (_, i) => i),
              { minLength: k, maxLength: k },
            );
          return fc.tuple(fc.constant(game), perm(m), perm(n), fc.boolean());
        }),
        ([game, rows, cols, swap]) => {
          const other = relabel(game, rows, cols, swap);
          for (const solve of [vertexEnumeration, supportEnumeration]) {
            const mapped = solve(game).equilibria.map((p) => relabelProfile(p, rows, cols, swap));
            // as sets: like Gambit's sign-based IsLexMin (lptab/tableau.cc), vertex enumeration may report a
            // degenerate vertex at two bases, hence an equilibrium twice, depending on the labelling
            expect(new Set(asSet(solve(other).equilibria))).toEqual(new Set(asSet(mapped)));
          }
        },
      ),
      RUNS,
    ));

  it('vertex enumeration is invariant under positive affine payoff changes', () =>
    fc.assert(
      fc.property(
        anyGame,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: -20, max: 20 }),
        (game, a, b, c, d) => {
          const other = affine(game, rat(a, 3), rat(b), rat(c, 2), rat(d, 5));
          expect(asSet(vertexEnumeration(other).equilibria)).toEqual(asSet(vertexEnumeration(game).equilibria));
        },
      ),
      RUNS,
    ));
});
