import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, decision, terminal } from '../../src/game/builder.js';
import { UnsupportedGameError } from '../../src/game/errors.js';
import {
  behaviorFromPlan,
  behaviorProfileFromPlans,
  constraintRows,
  isRealizationPlan,
  realizationPlan,
  sequenceForm,
  sequenceFormOfStrategic,
  sequencePayoffs,
} from '../../src/game/sequence-form.js';
import { bimatrixGame } from '../../src/game/strategic.js';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/types.js';
import { ONE, type Rational, rat, ZERO } from '../../src/numeric/rational.js';
import { arbTree } from '../../src/testing/games.js';
import { behaviorPayoffs } from '../../src/verify/index.js';
import { kuhnPoker, kuhnSizes } from '../../bench/generators/kuhn.js';
import { hiddenMoveSizes, hiddenMoveTree } from '../../bench/generators/hidden-move.js';
import { forgetfulPlayer as forgetful, threePlayers as three } from '../helpers/small-games.js';

/** A random completely mixed behaviour profile from integer weights. */
const arbBehavior = (game: ExtensiveGame): fc.Arbitrary<BehaviorProfile> =>
  fc
    .tuple(
      ...game.infosets.map((info) =>
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: info.actions.length, maxLength: info.actions.length }),
      ),
    )
    .map((weights) =>
      weights.map((w) => {
        const total = w.reduce((a, b) => a + b, 0);
        return total === 0 ? w.map((_, a) => (a === 0 ? ONE : ZERO)) : w.map((x) => rat(x, total));
      }),
    );

const split = (game: ExtensiveGame, profile: BehaviorProfile, p: number): Rational[][] =>
  (game.playerInfosets[p] ?? []).map((h) => [...(profile[h] as readonly Rational[])]);

describe('sequenceForm', () => {
  it('has the sizes of Kuhn poker (3 cards: 13 sequences and 6 information sets per player)', () => {
    // Arrange
    const game = kuhnPoker(3);
    // Act
    const form = sequenceForm(game);
    // Assert: 6 deals × 9 nodes + root (OpenSpiel, kuhn_poker_test.cc); 4N + 1 sequences
    expect(game.nodes.length).toBe(kuhnSizes(3).nodes);
    expect(game.nodes.length).toBe(55);
    expect(form.players.map((p) => p.count)).toEqual(kuhnSizes(3).sequences);
    expect(form.players.map((p) => p.infosets.length)).toEqual([6, 6]);
    // 30 leaves, but several share a sequence pair: every entry has a positive weight ≤ 1
    for (const e of form.entries) expect(e.weights[0].compare(0)).toBeGreaterThan(0);
  });

  it('has the sizes of the hidden-move trees', () => {
    for (const depth of [4, 5, 8]) {
      const game = hiddenMoveTree(depth, 7);
      const form = sequenceForm(game);
      const sizes = hiddenMoveSizes(depth);
      expect(game.nodes.length).toBe(sizes.nodes);
      expect(form.players.map((p) => p.count)).toEqual(sizes.sequences);
      expect(form.players.map((p) => p.infosets.length)).toEqual(sizes.infosets);
    }
  });

  it('builds constraint rows x_∅ = 1 and Σ_a x_(h,a) = x_parent(h)', () => {
    const form = sequenceForm(kuhnPoker(3));
    const rows = constraintRows(form.players[0]);
    expect(rows[0]).toEqual([[0, 1]]);
    expect(rows.length).toBe(7);
    for (const row of rows.slice(1)) {
      expect(row[0]?.[1]).toBe(-1);
      expect(row.slice(1).every(([, c]) => c === 1)).toBe(true);
    }
  });

  it('maps behaviour to realization plans and back, and its payoffs agree with the tree (property)', () => {
    fc.assert(
      fc.property(
        arbTree({ players: 2, maxDepth: 4, maxBranching: 3 }).chain((game) =>
          fc.tuple(fc.constant(game), arbBehavior(game)),
        ),
        ([game, profile]) => {
          // Act
          const form = sequenceForm(game);
          const x = realizationPlan(form.players[0], split(game, profile, 0));
          const y = realizationPlan(form.players[1], split(game, profile, 1));
          // Assert: plans satisfy E x = e, payoffs equal the independent checker's tree walk
          expect(isRealizationPlan(form.players[0], x)).toBe(true);
          expect(isRealizationPlan(form.players[1], y)).toBe(true);
          const [u1, u2] = sequencePayoffs(form, x, y);
          const expected = behaviorPayoffs(game, profile);
          expect(u1.equals(expected[0] as Rational)).toBe(true);
          expect(u2.equals(expected[1] as Rational)).toBe(true);
          // Back to behaviour: equal wherever the player's own plan reaches the set.
          const back = behaviorProfileFromPlans(game, form, [x, y]);
          const again = [
            realizationPlan(form.players[0], split(game, back, 0)),
            realizationPlan(form.players[1], split(game, back, 1)),
          ];
          expect(again[0]?.every((v, s) => v.equals(x[s] as Rational))).toBe(true);
          expect(again[1]?.every((v, s) => v.equals(y[s] as Rational))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses the documented default at information sets the own plan does not reach', () => {
    const game = buildTree({
      players: ['1', '2'],
      root: decision('1', [
        ['Out', terminal([0, 0])],
        [
          'In',
          decision('1', [
            ['a', terminal([1, 1])],
            [
              'b',
              decision('2', [
                ['l', terminal([2, 2])],
                ['r', terminal([0, 0])],
              ]),
            ],
          ]),
        ],
      ]),
    });
    const form = sequenceForm(game);
    const x = [ONE, ONE, ZERO, ZERO, ZERO];
    expect(behaviorFromPlan(form.players[0], x, 'uniform')).toEqual([
      [ONE, ZERO],
      [rat(1, 2), rat(1, 2)],
    ]);
    expect(behaviorFromPlan(form.players[0], x, 'first')).toEqual([
      [ONE, ZERO],
      [ONE, ZERO],
    ]);
  });

  it('turns a bimatrix game into single-information-set sequences', () => {
    const form = sequenceFormOfStrategic(
      bimatrixGame(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [
          [0, 1],
          [1, 0],
          [2, 2],
        ],
      ),
    );
    expect(form.players.map((p) => p.count)).toEqual([4, 3]);
    expect(form.entries).toHaveLength(6);
    const e = form.entries.find((x) => x.row === 3 && x.col === 2);
    expect(e?.payoffs.map((v) => v.valueOf())).toEqual([6, 2]);
  });

  it('refuses games without two players or without perfect recall, by name', () => {
    expect(() => sequenceForm(three, 'lcp')).toThrow(UnsupportedGameError);
    expect(() => sequenceForm(three, 'lcp')).toThrow(/lcp: .*two players/);
    expect(() => sequenceForm(forgetful, 'lcp')).toThrow(/perfect recall/);
  });
});
