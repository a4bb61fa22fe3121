import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExtensiveGame,
  FormTooLargeError,
  type PlayerId,
  behaviorOfPure,
  behaviorPayoffs,
  behaviorToMixed,
  buildTree,
  decision,
  mixedPayoffs,
  mixedToBehavior,
  pureBehaviorOf,
  pureReducedToBehavior,
  pureStrategies,
  pureStrategyCount,
  pureProfilePayoffs,
  reduceStrategy,
  reducedStrategicForm,
  reducedStrategies,
  reducedStrategyCount,
  reducedStrategyCounts,
  strategicForm,
  strategySignature,
  terminal,
} from '../../src/game/index.js';
import { ONE, type Rational, ZERO, rat } from '../../src/numeric/index.js';
import { arbTree } from '../../src/testing/index.js';
import { arbAnyTree, fmt, playPure, seltenFig2, strippedPoker } from './trees.js';

const p = (i: number) => i as PlayerId;

describe('reducedStrategies', () => {
  it("lists Selten's Figure 2 strategies in Gambit's order with their maps", () => {
    // Arrange
    const game = seltenFig2();
    // Act
    const s1 = reducedStrategies(game, p(0));
    // Assert: FORMATS.txt "Derived objects": ("1","*"),("2","1"),("2","2")
    expect(s1.map((s) => s.choices.map((a) => (a === null ? '*' : String(a + 1))))).toEqual([
      ['1', '*'],
      ['2', '1'],
      ['2', '2'],
    ]);
    expect(s1.map((s) => s.label)).toEqual(['1', '2', '3']);
    expect(s1.map((s) => s.signature)).toEqual(['1*', '21', '22']);
    expect([...(s1[0]?.actions ?? [])]).toEqual([[0, 0]]);
    expect(reducedStrategies(game, p(1)).map((s) => s.signature)).toEqual(['1', '2']);
  });

  it('lists stripped-down poker strategies 11, 12, 21, 22 for Alice', () => {
    const game = strippedPoker();
    expect(reducedStrategies(game, p(0)).map((s) => s.signature)).toEqual(['11', '12', '21', '22']);
    expect(reducedStrategyCounts(game)).toEqual([4n, 2n]);
  });

  it('gives a player without moves one empty strategy', () => {
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        ['x', terminal([1, 0])],
        ['y', terminal([0, 1])],
      ]),
    });
    expect(reducedStrategies(game, p(1))).toHaveLength(1);
    expect(reducedStrategyCount(game, p(1))).toBe(1n);
  });

  it('refuses to list more than maxStrategies, naming the count', () => {
    const game = strippedPoker();
    expect(() => reducedStrategies(game, p(0), { maxStrategies: 3 })).toThrow(FormTooLargeError);
    expect(() => reducedStrategies(game, p(0), { maxStrategies: 3 })).toThrow(/4 pure profiles/);
  });
});

describe('reducedStrategicForm', () => {
  it("builds Selten's Figure 2 (Gambit tests/test_extensive.py::test_reduced_strategic_form, e02.efg)", () => {
    // Act
    const { strategic } = reducedStrategicForm(seltenFig2());
    // Assert: arrays [[1,1],[0,0],[0,2]] and [[1,1],[2,3],[2,0]] indexed [s1][s2]
    const at = (i: number, j: number) => fmt(pureProfilePayoffs(strategic, [i, j]));
    expect([at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(2, 0), at(2, 1)]).toEqual([
      ['1', '1'],
      ['1', '1'],
      ['0', '2'],
      ['0', '3'],
      ['0', '2'],
      ['2', '0'],
    ]);
    expect(strategic.strategies).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
    ]);
  });

  it("values stripped-down poker's equilibrium at 1/3 for Alice (TESTS.txt headline results)", () => {
    const { strategic } = reducedStrategicForm(strippedPoker());
    const eq = [
      [rat(1, 3), rat(2, 3), ZERO, ZERO],
      [rat(2, 3), rat(1, 3)],
    ];
    expect(fmt(mixedPayoffs(strategic, eq))).toEqual(['1/3', '-1/3']);
  });

  it('labels strategies by signature on request', () => {
    const { strategic } = reducedStrategicForm(seltenFig2(), { labels: 'signature' });
    expect(strategic.strategies[0]).toEqual(['1*', '21', '22']);
  });

  it('refuses a form larger than maxProfiles before building it', () => {
    expect(() => reducedStrategicForm(strippedPoker(), { maxProfiles: 7 })).toThrow(/8 pure profiles/);
    expect(() => reducedStrategicForm(strippedPoker(), { maxProfiles: 0 })).toThrow(
      /maxProfiles must be a positive integer/,
    );
  });

  it('uses each player’s own prior at chance nodes with non-common priors', () => {
    // Arrange: chance 1/2-1/2 in common; player 1 believes 1/4-3/4
    const game = buildTree({
      players: ['A', 'B'],
      root: {
        kind: 'chance',
        moves: [
          ['h', '1/2', terminal([4, 4])],
          ['t', '1/2', terminal([0, 0])],
        ],
        options: { beliefs: { A: ['1/4', '3/4'] } },
      },
    });
    // Act
    const { strategic } = reducedStrategicForm(game);
    // Assert
    expect(fmt(pureProfilePayoffs(strategic, [0, 0]))).toEqual(['1', '2']);
  });
});

describe('maps between reduced mixed profiles and behaviour profiles', () => {
  it('maps the poker equilibrium to the behaviour equilibrium of TESTS.txt', () => {
    const game = strippedPoker();
    const { strategies } = reducedStrategicForm(game);
    const beh = mixedToBehavior(game, strategies, [
      [rat(1, 3), rat(2, 3), ZERO, ZERO],
      [rat(2, 3), rat(1, 3)],
    ]);
    expect(beh.map(fmt)).toEqual([
      ['1', '0'],
      ['1/3', '2/3'],
      ['2/3', '1/3'],
    ]);
  });

  it('uses the centroid where the player’s own choices never reach the set', () => {
    const game = seltenFig2();
    const { strategies } = reducedStrategicForm(game);
    const beh = mixedToBehavior(game, strategies, [
      [ONE, ZERO, ZERO],
      [ONE, ZERO],
    ]);
    expect(beh.map(fmt)).toEqual([
      ['1', '0'],
      ['1/2', '1/2'],
      ['1', '0'],
    ]);
  });

  it('maps a pure reduced profile to a pure behaviour profile (0 where unspecified)', () => {
    const game = seltenFig2();
    const { strategies } = reducedStrategicForm(game);
    expect(pureReducedToBehavior(game, strategies, [0, 1])).toEqual([0, 0, 1]);
    expect(pureReducedToBehavior(game, strategies, [2, 0])).toEqual([1, 1, 0]);
  });
});

/** Checks the defining properties of the reduced form against full enumeration. */
function checkAgainstFullForm(game: ExtensiveGame): void {
  fc.pre(game.players.reduce((acc, _, q) => acc * pureStrategyCount(game, p(q)), 1n) <= 300n);
  const reduced = reducedStrategicForm(game);
  const full = strategicForm(game);
  const n = game.players.length;
  // every pure strategy reduces to exactly one listed reduced strategy; every listed one is hit
  const index = reduced.strategies.map((list) => new Map(list.map((s, i) => [s.signature, i])));
  const hit = reduced.strategies.map((list) => new Set<number>(list.length > 0 ? [] : [0]));
  const toReduced = full.strategies.map((list, q) =>
    list.map((s) => {
      const sig = strategySignature(reduceStrategy(game, p(q), s));
      const i = index[q]?.get(sig);
      expect(i, `player ${q + 1} strategy ${s.join('')} reduces to unlisted ${sig}`).toBeDefined();
      hit[q]?.add(i as number);
      return i as number;
    }),
  );
  hit.forEach((h, q) => expect(h.size).toBe(reduced.strategies[q]?.length));
  reduced.strategies.forEach((list, q) => expect(BigInt(list.length)).toBe(reducedStrategyCount(game, p(q))));
  full.strategies.forEach((list, q) => expect(BigInt(list.length)).toBe(pureStrategyCount(game, p(q))));
  // payoffs: full profile = reduced profile = independent play of the tree
  const counts = full.strategies.map((l) => l.length);
  const total = counts.reduce((a, b) => a * b, 1);
  for (let idx = 0; idx < total; idx++) {
    let rest = idx;
    const prof = counts.map((c) => {
      const i = rest % c;
      rest = Math.floor(rest / c);
      return i;
    });
    const pure = pureBehaviorOf(
      game,
      prof.map((i, q) => full.strategies[q]?.[i] as readonly number[]),
    );
    const expected = game.players.map((_, q) => playPure(game, pure, q));
    expect(fmt(pureProfilePayoffs(full.strategic, prof))).toEqual(fmt(expected));
    const red = prof.map((i, q) => toReduced[q]?.[i] as number);
    expect(fmt(pureProfilePayoffs(reduced.strategic, red))).toEqual(fmt(expected));
    // the corresponding behaviour profile of the reduced profile has the same payoff
    const beh = behaviorOfPure(game, pureReducedToBehavior(game, reduced.strategies, red));
    expect(fmt(behaviorPayoffs(game, beh))).toEqual(fmt(expected));
  }
  expect(n).toBe(reduced.strategic.players.length);
}

describe('reduced strategic form properties', () => {
  it('pure reduced profiles pay what the tree pays under the behaviour profile (perfect recall, chance)', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 3, maxBranching: 3, chance: true }), (game) => {
        checkAgainstFullForm(game);
      }),
      { numRuns: 60 },
    );
  });

  it('holds for three players', () => {
    fc.assert(
      fc.property(arbTree({ players: 3, maxDepth: 3, maxBranching: 2, chance: true }), (game) => {
        checkAgainstFullForm(game);
      }),
      { numRuns: 30 },
    );
  });

  it('holds with imperfect recall, absent-mindedness and non-common priors', () => {
    fc.assert(
      fc.property(arbAnyTree({ players: 2, maxDepth: 3 }), (game) => {
        checkAgainstFullForm(game);
      }),
      { numRuns: 80 },
    );
  });

  it('lists reduced strategies in lexicographic order, first information set slowest', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 2, chance: true }), (game) => {
        for (let q = 0; q < game.players.length; q++) {
          const keys = reducedStrategies(game, p(q)).map((s) => s.choices.map((a) => a ?? -1));
          for (let i = 1; i < keys.length; i++) {
            const a = keys[i - 1] as number[];
            const b = keys[i] as number[];
            const k = a.findIndex((x, j) => x !== b[j]);
            expect(k).toBeGreaterThanOrEqual(0);
            // with perfect recall "*" is never compared with an action
            expect(a[k] === -1 || b[k] === -1).toBe(false);
            expect(a[k] as number).toBeLessThan(b[k] as number);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('behaviour → mixed → behaviour is payoff-preserving with perfect recall', () => {
    fc.assert(
      fc.property(
        arbTree({ players: 2, maxDepth: 3, maxBranching: 3, chance: true }),
        fc.integer({ min: 1, max: 1000 }),
        (game, seed) => {
          // Arrange: a deterministic pseudo-random behaviour profile from the seed
          let x = seed;
          const beh = game.infosets.map((info) => {
            const w = info.actions.map(() => {
              x = (x * 7919 + 13) % 101;
              return x % 4;
            });
            const t = w.reduce((a, b) => a + b, 0);
            return t === 0 ? w.map(() => rat(1, w.length)) : w.map((v) => rat(v, t));
          });
          const { strategic, strategies } = reducedStrategicForm(game);
          // Act
          const mixed = behaviorToMixed(game, strategies, beh);
          const back = mixedToBehavior(game, strategies, mixed);
          // Assert
          for (const m of mixed) expect(m.reduce((a: Rational, b) => a.add(b), ZERO).equals(ONE)).toBe(true);
          expect(fmt(mixedPayoffs(strategic, mixed))).toEqual(fmt(behaviorPayoffs(game, beh)));
          expect(fmt(behaviorPayoffs(game, back))).toEqual(fmt(behaviorPayoffs(game, beh)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('pureStrategies', () => {
  it('iterates the product of actions, first information set slowest', () => {
    const game = seltenFig2();
    expect([...pureStrategies(game, p(0))]).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(pureStrategyCount(game, p(0))).toBe(4n);
  });
});
