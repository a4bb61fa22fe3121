import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kuhnPoker } from '../../bench/generators/kuhn.js';
import {
  type PlayerSequences,
  constraintRows,
  realizationPlan,
  type SequenceForm,
  sequenceForm,
} from '../../src/game/sequence-form.js';
import { buildTree, decision, terminal } from '../../src/game/builder.js';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/types.js';
import { type LpConstraint, solveLp } from '../../src/numeric/lp.js';
import { formatRational, type Rational, rat } from '../../src/numeric/rational.js';
import { lp } from '../../src/solve/lp/index.js';
import { arbTree } from '../../src/testing/games.js';
import { isNash } from '../../src/verify/index.js';

/** A zero-sum copy of a two-player tree: player 2's payoff is minus player 1's at every outcome. */
const zeroSum = (game: ExtensiveGame): ExtensiveGame => ({
  ...game,
  outcomes: game.outcomes.map((o) => ({ ...o, payoffs: [o.payoffs[0] as Rational, (o.payoffs[0] as Rational).neg()] })),
});

/** One player's realization plan in a behaviour profile (the player's information sets in sequence-form order). */
const planOf = (form: SequenceForm, profile: BehaviorProfile, p: 0 | 1): Rational[] => {
  const ps = form.players[p];
  return realizationPlan(
    ps,
    ps.infosets.map((h) => profile[h] as Rational[]),
  );
};

/**
 * Independent oracle (exact rational simplex of `src/numeric/lp.ts`, no code shared with `lp`): whether
 * player `p` has a unique optimal realization plan, given the game's value `value` (to player 1) and one
 * optimal plan `plan`. The optimal plans are `{x : E x = e, x ≥ 0, ∃ q: Fᵀq ≤ Aᵀx, q_∅ ≥ v}` (von Stengel 1996,
 * GEB 14, §4) with `A` the player's payoffs; the plan is unique iff every coordinate has max = min = plan's.
 */
function uniquePlan(form: SequenceForm, p: 0 | 1, value: Rational, plan: readonly Rational[]): boolean {
  const me = form.players[p];
  const other = form.players[1 - p] as PlayerSequences;
  const n1 = me.count;
  const k2 = other.infosets.length + 1;
  const rows: Map<number, Rational>[] = Array.from({ length: other.count }, () => new Map());
  for (const e of form.entries) {
    const a = p === 0 ? e.payoffs[0] : e.payoffs[0].neg();
    const [i, j] = p === 0 ? [e.row, e.col] : [e.col, e.row];
    const row = rows[j] as Map<number, Rational>;
    row.set(i, (row.get(i) ?? rat(0)).sub(a)); // −Aᵀx
  }
  constraintRows(other).forEach((row, r) => {
    for (const [s, coef] of row) (rows[s] as Map<number, Rational>).set(n1 + r, rat(coef)); // + Fᵀq
  });
  const constraints: LpConstraint[] = rows.map((coefs) => ({ coefs, op: '<=', rhs: rat(0) }));
  for (const [r, row] of constraintRows(me).entries()) {
    constraints.push({ coefs: new Map(row.map(([s, c]) => [s, rat(c)])), op: '=', rhs: rat(r === 0 ? 1 : 0) });
  }
  constraints.push({ coefs: new Map([[n1, rat(1)]]), op: '>=', rhs: p === 0 ? value : value.neg() });
  const free = new Set(Array.from({ length: k2 }, (_, r) => n1 + r));
  for (let i = 1; i < n1; i++) {
    for (const sign of [1, -1]) {
      const out = solveLp({ vars: n1 + k2, constraints, objective: new Map([[i, rat(sign)]]), free });
      if (out.status !== 'optimal') throw new Error(`oracle LP: ${out.status}`);
      if (!(out.value as Rational).equals((plan[i] as Rational).mul(sign))) return false;
    }
  }
  return true;
}

/** Both methods on one game: equal values, both Nash, equal plans for a player whose optimal plan is unique. */
function compareMethods(game: ExtensiveGame, checkUnique: boolean): void {
  // Act
  const simplex = lp(game, { method: 'simplex' });
  const lemke = lp(game, { method: 'lcp' });
  // Assert
  expect(simplex.options).toMatchObject({ method: 'simplex' });
  expect(lemke.options).toMatchObject({ method: 'lcp' });
  expect(simplex.stats?.['certified']).toBe(1);
  const value = simplex.value as Rational;
  expect(value.equals(lemke.value as Rational)).toBe(true);
  const a = simplex.equilibria[0] as BehaviorProfile;
  const b = lemke.equilibria[0] as BehaviorProfile;
  expect(isNash(game, a)).toBe(true);
  expect(isNash(game, b)).toBe(true);
  if (!checkUnique) return;
  const form = sequenceForm(game);
  for (const p of [0, 1] as const) {
    const plan = planOf(form, a, p);
    if (!uniquePlan(form, p, value, plan)) continue;
    expect(plan.map(formatRational)).toEqual(planOf(form, b, p).map(formatRational));
    // unreached information sets follow the same rule, so the behaviour strategies agree too
    for (const h of form.players[p].infosets)
      expect((a[h] as Rational[]).map(formatRational)).toEqual((b[h] as Rational[]).map(formatRational));
  }
}

describe("lp's two methods (certified simplex and sequence-form Lemke)", () => {
  it('agree on random zero-sum trees: same value, same plan where it is unique', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3 }).map(zeroSum), (game) => {
        compareMethods(game, true);
      }),
      { numRuns: 40 },
    );
  });

  it('agree on N-card Kuhn poker, N = 3 … 8 (value −1/18 for N = 3, Kuhn 1950)', () => {
    for (let n = 3; n <= 8; n++) compareMethods(kuhnPoker(n), n <= 4);
    expect(lp(kuhnPoker(3)).value?.equals(rat(-1, 18))).toBe(true);
  });

  it('certifies through the exact basis solve when the optimal plan has a large denominator', () => {
    // Arrange: a 2×2 zero-sum game as a tree (player 2 does not see player 1's move); with payoffs
    // a, b / c, d and no saddle point, player 1 plays T with probability (d − c)/(a − b − c + d) and the value
    // is (ad − bc)/(a − b − c + d) (von Neumann and Morgenstern 1944, §17.1). Here a − b − c + d = 3 999 998.
    const [a, b, c, d] = [1_000_003, -999_983, -1_000_033, 999_979];
    const leaf = (v: number) => terminal([v, -v]);
    const game = buildTree({
      players: ['1', '2'],
      root: decision('1', [
        [
          'T',
          decision(
            '2',
            [
              ['L', leaf(a)],
              ['R', leaf(b)],
            ],
            { infoset: 'h' },
          ),
        ],
        [
          'B',
          decision(
            '2',
            [
              ['L', leaf(c)],
              ['R', leaf(d)],
            ],
            { infoset: 'h' },
          ),
        ],
      ]),
    });
    // Act
    const result = lp(game);
    // Assert: the rounded floats do not certify (denominator > 2²⁰), the basis solve does
    expect(result.stats?.['certified']).toBe(1);
    expect(result.stats?.['rounded']).toBe(0);
    const den = a - b - c + d;
    expect(result.value?.equals(rat(a * d - b * c, den))).toBe(true);
    expect(formatRational((result.equilibria[0] as BehaviorProfile)[0]?.[0] as Rational)).toBe(
      formatRational(rat(d - c, den)),
    );
    compareMethods(game, false);
  });
});
