import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kuhnPoker } from '../../bench/generators/kuhn.js';
import { sequenceForm } from '../../src/game/sequence-form.js';
import { solveIntegerSystemDixon } from '../../src/numeric/dixon.js';
import { startBudget } from '../../src/solve/budget.js';
import { certifyBasis, lemkeExact, lemkeFloat, sequenceFormLcp } from '../../src/solve/lcp/index.js';

/** Dense integer matrix as the sparse rows Dixon's solver takes. */
const sparse = (rows: readonly (readonly bigint[])[]) => ({
  n: rows.length,
  cols: rows.map((r) => r.flatMap((v, j) => (v === 0n ? [] : [j]))),
  vals: rows.map((r) => r.filter((v) => v !== 0n)),
});

describe('solveIntegerSystemDixon', () => {
  it('solves random nonsingular integer systems exactly (A·z = b checked in BigInt)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.bigInt({ min: -50n, max: 50n }), { minLength: n, maxLength: n }), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { minLength: n, maxLength: n }),
          ),
        ),
        ([rows, b]) => {
          const out = solveIntegerSystemDixon(sparse(rows), b);
          if (out === null) return; // singular (modulo several primes): nothing to check
          expect(out.den > 0n).toBe(true);
          rows.forEach((row, i) => {
            const lhs = row.reduce((s, v, j) => s + v * (out.num[j] as bigint), 0n);
            expect(lhs).toBe((b[i] as bigint) * out.den);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a singular matrix', () => {
    expect(
      solveIntegerSystemDixon(
        sparse([
          [1n, 2n],
          [2n, 4n],
        ]),
        [1n, 2n],
      ),
    ).toBeNull();
  });

  it('copes with huge entries (values near 10^40)', () => {
    const big = 10n ** 40n;
    const out = solveIntegerSystemDixon(
      sparse([
        [big, 1n],
        [1n, -big],
      ]),
      [1n, 0n],
    );
    expect(out).not.toBeNull();
    // z = (big, 1) / (big² + 1)
    expect((out?.num[0] as bigint) * (big * big + 1n)).toBe(big * (out?.den as bigint));
  });
});

describe('certifyBasis', () => {
  it('accepts the float basis of 3-card Kuhn poker and agrees with exact pivoting', () => {
    const problem = sequenceFormLcp(sequenceForm(kuhnPoker(3)));
    const float = lemkeFloat(problem, startBudget({}), 10_000);
    const exact = lemkeExact(problem, startBudget({}));
    expect(float.kind).toBe('solution');
    expect(exact.kind).toBe('solution');
    if (float.kind !== 'solution' || exact.kind !== 'solution' || exact.values === undefined) return;
    const z = certifyBasis(problem, float.basis);
    expect(z).not.toBeNull();
    z?.num.forEach((v, j) =>
      expect(v * (exact.values?.den as bigint)).toBe((exact.values?.num[j] as bigint) * (z?.den as bigint)),
    );
  });

  it('rejects a basis that is not complementary or not feasible', () => {
    const problem = sequenceFormLcp(sequenceForm(kuhnPoker(3)));
    const n = problem.n;
    // The slack basis: complementary, but w = q has negative entries (the root constraints).
    expect(
      certifyBasis(
        problem,
        Int32Array.from({ length: n }, (_, i) => i),
      ),
    ).toBeNull();
    // z₀ basic: not a solution.
    expect(
      certifyBasis(
        problem,
        Int32Array.from({ length: n }, (_, i) => (i === 0 ? 2 * n : i)),
      ),
    ).toBeNull();
  });
});
