import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kuhnPoker } from '../../bench/generators/kuhn.js';
import { parseGame } from '../../src/formats/index.js';
import { buildTree, chance, decision, terminal } from '../../src/game/builder.js';
import { UnsupportedGameError } from '../../src/game/errors.js';
import { checkPerfectRecall } from '../../src/game/perfect-recall.js';
import { behaviorToMixed, reducedStrategicForm } from '../../src/game/reduced-form.js';
import type { Assessment, BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from '../../src/game/types.js';
import { solveLp } from '../../src/numeric/lp.js';
import { ONE, type Rational, ZERO } from '../../src/numeric/rational.js';
import { lcp } from '../../src/solve/lcp/index.js';
import { quasiPerfect } from '../../src/solve/quasi-perfect/index.js';
import { arbTree } from '../../src/testing/games.js';
import { checkAssessment, checkNash, isNash, isSequential, isSubgamePerfect } from '../../src/verify/index.js';
import { describeCorpus, listCorpus, readCorpus } from '../helpers/corpus.js';

const text = (rows: readonly (readonly { toFraction(): string }[])[]): string[][] =>
  rows.map((r) => r.map((x) => x.toFraction()));

/**
 * Whether player `p`'s mixed strategy is weakly dominated by another mixed strategy of a two-player strategic
 * game: the exact LP max Σ_j (u_p(τ, s_j) − u_p(σ, s_j)) over mixed τ with u_p(τ, s_j) ≥ u_p(σ, s_j) for every
 * pure s_j of the opponent is positive.
 */
function weaklyDominated(game: StrategicGame, p: 0 | 1, mixed: MixedProfile): boolean {
  const own = (game.strategies[p] as readonly string[]).length;
  const other = (game.strategies[1 - p] as readonly string[]).length;
  const n1 = (game.strategies[0] as readonly string[]).length;
  const u = (i: number, j: number): Rational =>
    (game.payoffs[p === 0 ? i + n1 * j : j + n1 * i] as readonly Rational[])[p] as Rational;
  const sigma = mixed[p] as readonly Rational[];
  const target = (j: number): Rational => sigma.reduce((acc, w, i) => acc.add(w.mul(u(i, j))), ZERO);
  const column = (j: number) => new Map(Array.from({ length: own }, (_, i) => [i, u(i, j)] as const));
  const constraints = [
    { coefs: new Map(Array.from({ length: own }, (_, i) => [i, ONE] as const)), op: '=' as const, rhs: ONE },
    ...Array.from({ length: other }, (_, j) => ({ coefs: column(j), op: '>=' as const, rhs: target(j) })),
  ];
  const objective = new Map(Array.from({ length: own }, (_, i) => [i, ZERO] as [number, Rational]));
  for (let j = 0; j < other; j++)
    for (let i = 0; i < own; i++) objective.set(i, (objective.get(i) as Rational).add(u(i, j)));
  const run = solveLp({ vars: own, constraints, objective });
  if (run.status !== 'optimal') throw new Error(`weaklyDominated(): LP ${run.status}`);
  let base = ZERO;
  for (let j = 0; j < other; j++) base = base.add(target(j));
  return run.value.compare(base) > 0;
}

/** The one assessment of a run, confirmed by src/verify: Nash (tree and reduced strategic form), sequentially rational with Bayes beliefs, never refuted as sequential. */
function expectQuasiPerfectChecked(
  game: ExtensiveGame,
  assessment: Assessment,
  { strategic = true, dominance = true }: { readonly strategic?: boolean; readonly dominance?: boolean } = {},
): void {
  expect(isNash(game, assessment.profile)).toBe(true);
  expect(checkAssessment(game, assessment)).toEqual({ ok: true });
  expect(isSequential(game, assessment)).not.toBe(false);
  expect(isSubgamePerfect(game, assessment.profile)).toBe(true);
  if (strategic) {
    const reduced = reducedStrategicForm(game);
    const mixed = behaviorToMixed(game, reduced.strategies, assessment.profile);
    expect(checkNash(reduced.strategic, mixed).ok).toBe(true);
    // Quasi-perfect ⇒ normal-form perfect (van Damme 1984), which for two players means undominated; the
    // exact LP is slow on big tables, so only small reduced forms are checked.
    const [m, n] = reduced.strategic.strategies.map((list) => list.length) as [number, number];
    if (dominance && m * n <= 64) {
      expect(weaklyDominated(reduced.strategic, 0, mixed)).toBe(false);
      expect(weaklyDominated(reduced.strategic, 1, mixed)).toBe(false);
    }
  }
}

function solveOne(game: ExtensiveGame): Assessment {
  const result = quasiPerfect(game);
  expect(result.method).toBe('quasi-perfect');
  expect(result.exact).toBe(true);
  expect(result.complete).toBe(false);
  expect(result.stopped).toBeNull();
  expect(result.equilibria).toHaveLength(1);
  return result.equilibria[0] as Assessment;
}

// An entry game built for this test. The entrant stays Out (1, 5) or enters and then picks an entry mode
// e1 or e2, which the incumbent does not see before choosing Accommodate or Fight. e1 strictly dominates e2
// for the entrant after entry; against the centroid (e1 and e2 equally likely) Fight is the incumbent's best
// reply (0 + 6 > 2 + 0), and against Fight the entrant prefers Out. The unique sequential equilibrium is
// (In, e1, Accommodate): after In, e1 is dominant, so the incumbent must believe e1 and accommodate.
const entry = buildTree({
  players: ['entrant', 'incumbent'],
  root: decision('entrant', [
    ['Out', terminal([1, 5])],
    [
      'In',
      decision('entrant', [
        [
          'e1',
          decision(
            'incumbent',
            [
              ['Accommodate', terminal([2, 2])],
              ['Fight', terminal([0, 0])],
            ],
            { infoset: 'inc' },
          ),
        ],
        [
          'e2',
          decision(
            'incumbent',
            [
              ['Accommodate', terminal([1, 0])],
              ['Fight', terminal([-1, 6])],
            ],
            { infoset: 'inc' },
          ),
        ],
      ]),
    ],
  ]),
});

describe('quasiPerfect on constructed games', () => {
  it('differs from plain sequence-form Lemke where that path ends in a non-sequential equilibrium', () => {
    // Act
    const plain = lcp(entry).equilibria[0] as BehaviorProfile;
    const qp = solveOne(entry);
    // Assert: lcp stays Out with Fight, which is Nash but not subgame perfect (the checker refutes it) …
    expect(isNash(entry, plain)).toBe(true);
    expect(text(plain)[2]).toEqual(['0', '1']);
    expect(isSubgamePerfect(entry, plain)).toBe(false);
    // … while quasi-perfect enters with e1 and the incumbent, believing e1, accommodates.
    expect(text(qp.profile)).toEqual([
      ['0', '1'],
      ['1', '0'],
      ['1', '0'],
    ]);
    expect(text(qp.beliefs)).toEqual([['1'], ['1'], ['1', '0']]);
    expectQuasiPerfectChecked(entry, qp);
    expect(isSequential(entry, qp)).toBe(true);
  });

  it("picks the undominated action when only the opponent's tremble separates it (no weakly dominated choice)", () => {
    // Player 1: a then (c: 1, d: 0), or b, after which player 2 chooses X (1, 1) or Y (0, 0) and prefers X.
    // (b, ·) with X is Nash, but b is weakly dominated by (a, c) only through 2's tremble to Y.
    const game = buildTree({
      players: ['1', '2'],
      root: decision('1', [
        [
          'a',
          decision('1', [
            ['c', terminal([1, 0])],
            ['d', terminal([0, 0])],
          ]),
        ],
        [
          'b',
          decision('2', [
            ['X', terminal([1, 1])],
            ['Y', terminal([0, 0])],
          ]),
        ],
      ]),
    });
    const qp = solveOne(game);
    expect(text(qp.profile)).toEqual([
      ['1', '0'],
      ['1', '0'],
      ['1', '0'],
    ]);
    expectQuasiPerfectChecked(game, qp);
  });

  it('solves 3-card Kuhn poker to an equilibrium worth −1/18 to player 1 (Kuhn 1950)', () => {
    const game = kuhnPoker(3);
    const qp = solveOne(game);
    expectQuasiPerfectChecked(game, qp);
  });

  it('gives beliefs at an information set reached only by a tremble from leading-order terms', () => {
    // Chance picks a type (1/3, 2/3); player 1 sees it and chooses Stop (2, 0) or Go; player 2 sees Go only.
    // Go is never played, so player 2's beliefs come from player 1's trembles: both at order ε, in
    // proportion to the prior.
    const game = buildTree({
      players: ['1', '2'],
      root: chance([
        [
          't1',
          '1/3',
          decision('1', [
            ['Stop', terminal([2, 0])],
            [
              'Go',
              decision(
                '2',
                [
                  ['L', terminal([1, 1])],
                  ['R', terminal([0, 0])],
                ],
                { infoset: 'g' },
              ),
            ],
          ]),
        ],
        [
          't2',
          '2/3',
          decision('1', [
            ['Stop', terminal([2, 0])],
            [
              'Go',
              decision(
                '2',
                [
                  ['L', terminal([1, 0])],
                  ['R', terminal([0, 1])],
                ],
                { infoset: 'g' },
              ),
            ],
          ]),
        ],
      ]),
    });
    const qp = solveOne(game);
    expectQuasiPerfectChecked(game, qp);
    expect(text(qp.beliefs)[2]).toEqual(['1/3', '2/3']);
    expect(text(qp.profile)[2]).toEqual(['0', '1']);
  });

  it('handles a player without moves, and a game where nobody moves', () => {
    const solo = buildTree({
      players: ['1', '2'],
      root: chance([
        [
          'h',
          '1/4',
          decision(
            '1',
            [
              ['x', terminal([1, 0])],
              ['y', terminal([0, 0])],
            ],
            { infoset: 's' },
          ),
        ],
        [
          't',
          '3/4',
          decision(
            '1',
            [
              ['x', terminal([0, 0])],
              ['y', terminal([1, 0])],
            ],
            { infoset: 's' },
          ),
        ],
      ]),
    });
    const qp = solveOne(solo);
    expect(text(qp.profile)).toEqual([['0', '1']]);
    expect(text(qp.beliefs)).toEqual([['1/4', '3/4']]);
    expectQuasiPerfectChecked(solo, qp);
    const none = buildTree({
      players: ['1', '2'],
      root: chance([
        ['h', '1/2', terminal([1, 0])],
        ['t', '1/2', terminal([0, 1])],
      ]),
    });
    expect(solveOne(none)).toEqual({ profile: [], beliefs: [] });
  });
});

describe('quasiPerfect refusals and budgets', () => {
  it('refuses three players, imperfect recall and non-common priors by name', () => {
    // Selten's horse has three players.
    const horse = parseGame(
      `EFG 2 R "Selten's horse" { "1" "2" "3" } ""
p "" 1 1 "" { "D" "A" } 0
p "" 3 1 "" { "L" "R" } 0
t "" 1 "" { 0, 0, 0 }
t "" 2 "" { 3, 2, 2 }
p "" 2 1 "" { "d" "a" } 0
p "" 3 1 "" { "L" "R" } 0
t "" 3 "" { 0, 0, 1 }
t "" 4 "" { 4, 4, 0 }
t "" 5 "" { 1, 1, 1 }
`,
    ) as ExtensiveGame;
    expect(() => quasiPerfect(horse)).toThrow(UnsupportedGameError);
    expect(() => quasiPerfect(horse)).toThrow(/^quasiPerfect: needs exactly two players; the game has 3/);
    const forgetful = buildTree({
      players: ['1', '2'],
      root: decision('1', [
        [
          'a',
          decision('2', [
            [
              'x',
              decision(
                '1',
                [
                  ['c', terminal([1, 0])],
                  ['d', terminal([0, 1])],
                ],
                { infoset: 'f' },
              ),
            ],
            ['y', terminal([0, 0])],
          ]),
        ],
        [
          'b',
          decision(
            '1',
            [
              ['c', terminal([0, 1])],
              ['d', terminal([1, 0])],
            ],
            { infoset: 'f' },
          ),
        ],
      ]),
    });
    expect(checkPerfectRecall(forgetful).perfectRecall).toBe(false);
    expect(() => quasiPerfect(forgetful)).toThrow(/^quasiPerfect: needs perfect recall/);
    const priors = buildTree({
      players: ['1', '2'],
      root: chance(
        [
          [
            'h',
            '1/2',
            decision('1', [
              ['x', terminal([1, 0])],
              ['y', terminal([0, 1])],
            ]),
          ],
          [
            't',
            '1/2',
            decision('2', [
              ['x', terminal([0, 1])],
              ['y', terminal([1, 0])],
            ]),
          ],
        ],
        { beliefs: { '1': ['1/3', '2/3'] } },
      ),
    });
    expect(() => quasiPerfect(priors)).toThrow(/^quasiPerfect: non-common priors/);
  });

  it('stops at a pivot budget and on an aborted signal, returning no equilibrium', () => {
    const game = kuhnPoker(3);
    const capped = quasiPerfect(game, { maxPivots: 2 });
    expect(capped.stopped).toBe('pivots');
    expect(capped.equilibria).toHaveLength(0);
    const controller = new AbortController();
    controller.abort();
    const aborted = quasiPerfect(game, { signal: controller.signal });
    expect(aborted.stopped).toBe('signal');
    expect(aborted.equilibria).toHaveLength(0);
  });
});

describeCorpus("quasiPerfect on Gambit's two-player games", () => {
  const files = listCorpus('efg').filter((f) => {
    const game = parseGame(readCorpus(f)) as ExtensiveGame;
    return game.players.length === 2 && game.nodes.length <= 130 && checkPerfectRecall(game).perfectRecall;
  });
  it('has the named games among them', () => {
    for (const f of [
      'tests/stripped_down_poker.efg',
      'contrib/bayes1a.efg',
      'catalog/selten1975__fig2.efg',
      'catalog/myerson1991__fig4_2.efg',
      'tests/entry_accommodation.efg',
    ]) {
      if (listCorpus('efg').includes(f)) expect(files).toContain(f);
    }
    expect(files.length).toBeGreaterThan(40);
  });
  for (const f of files) {
    it(f, () => {
      const game = parseGame(readCorpus(f)) as ExtensiveGame;
      const qp = solveOne(game);
      expectQuasiPerfectChecked(game, qp, { strategic: game.nodes.length <= 60 });
    });
  }
});

describe('quasiPerfect properties', () => {
  it('returns a Nash equilibrium that passes checkAssessment and is never refuted as sequential (random trees)', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3 }), (game) => {
        const qp = solveOne(game);
        expectQuasiPerfectChecked(game, qp, { dominance: false });
      }),
      { numRuns: 40 },
    );
  });

  it('uses no weakly dominated strategy of the reduced strategic form (small random trees)', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 3, maxBranching: 3, payoffRange: 2 }), (game) => {
        const qp = solveOne(game);
        expectQuasiPerfectChecked(game, qp);
      }),
      { numRuns: 60 },
    );
  });

  it('does so on degenerate trees too (payoffs in {−1, 0, 1}, many ties)', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, maxBranching: 3, payoffRange: 1 }), (game) => {
        const qp = solveOne(game);
        expectQuasiPerfectChecked(game, qp, { dominance: false });
      }),
      { numRuns: 40 },
    );
  });
});
