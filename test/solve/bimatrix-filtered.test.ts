/**
 * The filtered (certified float, exact fallback) arithmetic of vertex enumeration against the exact BigInt
 * arithmetic: same equilibria in the same order, same warnings and counts, on generic, degenerate,
 * near-degenerate and huge-payoff games; and the float building blocks keep their proved bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bimatrixGame } from '../../src/game/strategic.js';
import type { StrategicGame } from '../../src/game/types.js';
import { startBudget } from '../../src/solve/budget.js';
import { exchangeFloat, floatTableau } from '../../src/solve/bimatrix/certified-float.js';
import { vertexEnumeration } from '../../src/solve/bimatrix/index.js';
import { vertexEnumerationWith } from '../../src/solve/bimatrix/enummixed.js';
import { copyDictionary, exchangeExact, rootDictionary } from '../../src/solve/bimatrix/exact-dictionary.js';
import { farkasReject, farkasWork } from '../../src/solve/bimatrix/farkas-reject.js';
import { solveIntegerSystem } from '../../src/solve/bimatrix/linear-system.js';
import { partnerFilter } from '../../src/solve/bimatrix/partner-filter.js';
import { type PolytopeVertex, enumerateVertices } from '../../src/solve/bimatrix/reverse-search.js';
import { arbBimatrix, arbDegenerateBimatrix } from '../../src/testing/index.js';
import { allNash, text } from './bimatrix-helpers.js';

/** Random m×n bimatrix games whose payoffs come from `payoff`. */
const arbGame = (payoff: fc.Arbitrary<bigint | number | string>, max = 5): fc.Arbitrary<StrategicGame> =>
  fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })).chain(([m, n]) => {
    const matrix = fc.array(fc.array(payoff, { minLength: n, maxLength: n }), { minLength: m, maxLength: m });
    return fc.tuple(matrix, matrix).map(([A, B]) => bimatrixGame(A, B));
  });

const BIG = 10n ** 40n; // beyond 2⁵³: the floats are inexact but finite
const HUGE = 10n ** 400n; // beyond the double range: every decision is exact
const generic = arbBimatrix({ maxStrategies: 6, payoffRange: 100_000 });
const degenerate = arbDegenerateBimatrix({ maxStrategies: 5 });
const ties = arbBimatrix({ maxStrategies: 6, payoffRange: 2 });
const big = arbGame(fc.bigInt({ min: -BIG, max: BIG }));
const huge = arbGame(fc.bigInt({ min: 0n, max: 3n }).map((x) => HUGE + x));
// 10²⁰ + small: differences below the doubles' resolution at that magnitude, so floats see false ties
const nearTies = arbGame(fc.integer({ min: 0, max: 3 }).map((x) => (10n ** 20n + BigInt(x)).toString()));

/** Everything a caller can observe, except the timing. */
const observable = (game: StrategicGame, arithmetic: 'filtered' | 'exact') => {
  const r = vertexEnumerationWith(game, {}, arithmetic);
  const { pivots, bases, vertices } = r.stats ?? {};
  return { equilibria: r.equilibria.map(text), warnings: r.warnings, complete: r.complete, pivots, bases, vertices };
};

describe('vertex enumeration: filtered arithmetic equals exact arithmetic', () => {
  for (const [name, games] of [
    ['generic', generic],
    ['degenerate', degenerate],
    ['tied', ties],
    ['big payoffs (inexact doubles)', big],
    ['near-tied payoffs (false ties in doubles)', nearTies],
  ] as const) {
    it(`${name} games: same equilibria, order, warnings and counts`, () =>
      fc.assert(
        fc.property(games, (game) => {
          // Act
          const filtered = observable(game, 'filtered');
          const exact = observable(game, 'exact');
          // Assert
          expect(filtered).toEqual(exact);
          expect(allNash(game, vertexEnumeration(game).equilibria)).toBe(true);
        }),
        { numRuns: 40 },
      ));
  }

  it('payoffs beyond the double range are decided exactly at every basis, with the same result', () =>
    fc.assert(
      fc.property(huge, (game) => {
        const filtered = vertexEnumerationWith(game, {}, 'filtered');
        expect(filtered.stats?.['exactBases']).toBe(filtered.stats?.['bases']);
        expect(filtered.equilibria.map(text)).toEqual(observable(game, 'exact').equilibria);
        expect(allNash(game, filtered.equilibria)).toBe(true);
      }),
      { numRuns: 15 },
    ));

  it('near-tied payoffs do send some bases to the exact fallback', () => {
    // Arrange: a 4×4 game whose shifted payoffs tie in doubles but not exactly
    const e = 10n ** 20n;
    const A = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (e + BigInt((i * 3 + j * 5) % 4)).toString()));
    const B = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (e + BigInt((i * 7 + j) % 3)).toString()));
    const game = bimatrixGame(A, B);
    // Act
    const filtered = vertexEnumerationWith(game, {}, 'filtered');
    // Assert
    expect(filtered.stats?.['exactBases']).toBeGreaterThan(0);
    expect(filtered.equilibria.map(text)).toEqual(observable(game, 'exact').equilibria);
  });
});

describe('reverse search: filtered and exact report the same vertices', () => {
  const matrix = (entry: fc.Arbitrary<bigint>) =>
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([k, d]) => fc.array(fc.array(entry, { minLength: d, maxLength: d }), { minLength: k, maxLength: k }));
  const snapshot = (v: PolytopeVertex) => {
    const { num, den } = v.coordinates();
    return { tight: v.tight, zero: v.zero, degenerate: v.degenerate, x: num.map((z) => `${z}/${den}`) };
  };
  const run = (M: bigint[][], arithmetic: 'filtered' | 'exact') => {
    const out: ReturnType<typeof snapshot>[] = [];
    const stats = enumerateVertices(M, startBudget(), (v) => out.push(snapshot(v)) > 0, arithmetic);
    return { out, bases: stats.bases, complete: stats.complete };
  };

  it('on random positive matrices, small (degenerate) and wide (generic) entries', () =>
    fc.assert(
      fc.property(
        fc.oneof(matrix(fc.bigInt({ min: 1n, max: 3n })), matrix(fc.bigInt({ min: 1n, max: 10n ** 6n }))),
        (M) => {
          const filtered = run(M, 'filtered');
          const exact = run(M, 'exact');
          // coordinates are compared as rationals (the denominators may differ by a common factor)
          const norm = (r: typeof filtered) => r.out.map((v) => ({ ...v, x: v.x.map((q) => String(reduced(q))) }));
          expect(filtered.bases).toBe(exact.bases);
          expect(norm(filtered)).toEqual(norm(exact));
        },
      ),
      { numRuns: 60 },
    ));
});

/** A reduced fraction's text from `num/den` text, exactly. */
function reduced(q: string): string {
  const [a, b] = q.split('/').map((s) => BigInt(s)) as [bigint, bigint];
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : gcd(y, x % y));
  const g = gcd(a, b) || 1n;
  return `${a / g}/${b / g}`;
}

/** The exact rational value of a double, as num / 2^k. */
function exactOfDouble(x: number): { num: bigint; den: bigint } {
  let k = 0n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    k++;
  }
  return { num: BigInt(v), den: 2n ** k };
}

describe('certified float building blocks', () => {
  it('Jordan exchanges keep every entry within its bound of the exact dictionary', () =>
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.bigInt({ min: 1n, max: 10n ** 5n }), { minLength: 4, maxLength: 4 }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 8 }),
        (M, pivots) => {
          // Arrange: the exact and float dictionaries of the same matrix
          let D = rootDictionary(M);
          const tab = floatTableau(5, 5);
          D.rows.forEach((row, r) => {
            row.forEach((x, u) => {
              tab.val[r * 5 + u] = Number(x);
            });
          });
          for (const [r, t] of pivots) {
            if ((D.rows[r] as bigint[])[t] === 0n) continue;
            // Act
            const certified = exchangeFloat(tab, r, t);
            D = copyDictionary(D);
            exchangeExact(D, r, t);
            if (!certified) return; // nothing is claimed after an uncertified pivot
            // Assert: |val − rows/det| ≤ err, compared exactly
            D.rows.forEach((row, i) => {
              row.forEach((x, u) => {
                const v = exactOfDouble(tab.val[i * 5 + u] as number);
                const e = exactOfDouble(tab.err[i * 5 + u] as number);
                const diff = v.num * D.det - x * v.den; // (val − x/det)·det·v.den
                const lhs = (diff < 0n ? -diff : diff) * e.den;
                expect(lhs <= e.num * D.det * v.den).toBe(true);
              });
            });
          }
        },
      ),
      { numRuns: 60 },
    ));

  it('a Farkas rejection is only claimed for regular systems without a nonnegative solution', () =>
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((b) =>
            fc.tuple(
              fc.constant(b),
              fc.oneof(
                fc.array(fc.integer({ min: 0, max: 2 }), { minLength: b * b, maxLength: b * b }),
                fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: b * b, maxLength: b * b }),
              ),
            ),
          ),
        ([b, entries]) => {
          const claimed = farkasReject(Float64Array.from(entries), b, farkasWork(b));
          if (!claimed) return;
          const rows = Array.from({ length: b }, (_, i) => entries.slice(i * b, i * b + b).map(BigInt));
          const sol = solveIntegerSystem(
            rows,
            rows.map(() => 1n),
          );
          expect(sol.kind).toBe('unique');
          if (sol.kind === 'unique') expect(sol.num.some((x) => x < 0n)).toBe(true);
        },
      ),
      { numRuns: 300 },
    ));

  it('no Farkas rejection is claimed for singular systems whose float elimination rounds', () =>
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 5 })
          .chain((b) =>
            fc.tuple(
              fc.constant(b),
              fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: b, maxLength: b }),
              fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: b * b, maxLength: b * b }),
              fc.constantFrom([3, 7], [7, 3], [11, 5], [3, 10]),
            ),
          ),
        ([b, u, rest, [q, p]]) => {
          // Arrange: rows q·u and p·u (dependent; the multiplier p/q is inexact in binary), the rest random
          const entries = rest.slice();
          for (let j = 0; j < b; j++) {
            entries[j] = q * (u[j] as number);
            entries[b + j] = p * (u[j] as number);
          }
          // Act / Assert
          expect(farkasReject(Float64Array.from(entries), b, farkasWork(b))).toBe(false);
        },
      ),
      { numRuns: 300 },
    ));

  it('the partner filter only rejects supports without a feasible partner', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((m) =>
          fc.tuple(
            fc.array(fc.array(fc.bigInt({ min: 1n, max: 50n }), { minLength: m, maxLength: m }), {
              minLength: m,
              maxLength: m,
            }),
            fc.subarray([...Array(m).keys()], { minLength: 1 }),
            fc.subarray([...Array(m).keys()], { minLength: 1 }),
          ),
        ),
        ([A, support, best]) => {
          if (support.length !== best.length) return;
          if (partnerFilter(A)(support, best)) return;
          // exact: y = A_SB⁻¹1 must be unique and infeasible (some y < 0 or some row off S above 1)
          const sol = solveIntegerSystem(
            support.map((i) => best.map((j) => (A[i] as bigint[])[j] as bigint)),
            support.map(() => 1n),
          );
          expect(sol.kind).toBe('unique');
          if (sol.kind !== 'unique') return;
          const negative = sol.num.some((y) => y < 0n);
          const above = A.some(
            (row) => best.reduce((s, j, t) => s + (row[j] as bigint) * (sol.num[t] as bigint), 0n) > sol.den,
          );
          expect(negative || above).toBe(true);
        },
      ),
      { numRuns: 300 },
    ));
});
