/**
 * The derived forms, perfect recall and subgames against Gambit's own test suite (via the corpus in
 * `../shared/games/gambit/`; skipped where it is absent). Sources of the expectations:
 * - tests/test_extensive.py::test_reduced_strategic_form (labels and payoff tensors) and
 *   ::test_is_perfect_recall, gambitproject/gambit 17.0.0-alpha.2 (summarised in TESTS.txt);
 * - tests/test_node.py::test_subgame_roots and the "eight subgames" structure case (same repository);
 * - expected.json (the equilibria Gambit's solvers must find, on the reduced strategic and agent forms).
 */
import { expect, it } from 'vitest';
import { parseEfg } from '../../src/formats/index.js';
import {
  type ExtensiveGame,
  FormTooLargeError,
  type NodeId,
  type PlayerId,
  type StrategicGame,
  agentForm,
  checkPerfectRecall,
  gameFlags,
  mixedPayoffs,
  profileAt,
  profileIndex,
  pureProfilePayoffs,
  reducedStrategicForm,
  reducedStrategies,
  reducedStrategyCounts,
  strategyCounts,
  subgameRoots,
  subgameTree,
} from '../../src/game/index.js';
import { type Rational, ONE, ZERO, formatRational, parseRational } from '../../src/numeric/index.js';
import { describeCorpus, expectedCases, listCorpus, readCorpus } from '../helpers/corpus.js';

const load = (file: string): ExtensiveGame => parseEfg(readCorpus(file), { fileName: file });

type Tensor = number | string | Tensor[];

/** `tensor[s1][s2]…` of one player's payoffs, as Gambit's `game.to_arrays()[player]`. */
function tensorOf(game: StrategicGame, player: number): Tensor {
  const counts = strategyCounts(game);
  const build = (prefix: number[]): Tensor =>
    prefix.length === counts.length
      ? formatRational(pureProfilePayoffs(game, prefix)[player] as Rational)
      : Array.from({ length: counts[prefix.length] as number }, (_, s) => build([...prefix, s]));
  return build([]);
}
const text = (t: Tensor): Tensor => (Array.isArray(t) ? t.map(text) : String(t));

/** Gambit tests/test_extensive.py::test_reduced_strategic_form (cases whose games are corpus files). */
const REDUCED_CASES: readonly { file: string; labels: string[][]; arrays: Tensor[] }[] = [
  {
    file: 'tests/reduction_one_player_generic_payoffs.efg',
    labels: [['11', '12', '2*', '3*', '4*']],
    arrays: [[1, 2, 3, 4, 5]],
  },
  {
    file: 'catalog/selten1975__fig2.efg', // e02.efg in Gambit's tests
    labels: [
      ['1*', '21', '22'],
      ['1', '2'],
    ],
    arrays: [
      [
        [1, 1],
        [0, 0],
        [0, 2],
      ],
      [
        [1, 1],
        [2, 3],
        [2, 0],
      ],
    ],
  },
  {
    file: 'tests/sample_extensive_game.efg',
    labels: [
      ['1', '2'],
      ['11', '12', '21', '22'],
    ],
    arrays: [
      [
        [2, 2, 2, 2],
        [4, 6, 4, 6],
      ],
      [
        [3, 3, 3, 3],
        [5, 7, 5, 7],
      ],
    ],
  },
  {
    file: 'catalog/selten1975__fig1.efg', // e01.efg, Selten's horse
    labels: [
      ['1', '2'],
      ['1', '2'],
      ['1', '2'],
    ],
    arrays: [
      [
        [
          [1, 1],
          [4, 0],
        ],
        [
          [3, 0],
          [3, 0],
        ],
      ],
      [
        [
          [1, 1],
          [4, 0],
        ],
        [
          [2, 0],
          [2, 0],
        ],
      ],
      [
        [
          [1, 1],
          [0, 1],
        ],
        [
          [2, 0],
          [2, 0],
        ],
      ],
    ],
  },
  {
    file: 'tests/reduction_generic_payoffs.efg',
    labels: [
      ['1*1', '1*2', '211', '212', '221', '222'],
      ['11*', '12*', '2**', '3*1', '3*2', '4**'],
    ],
    arrays: [
      [
        [1, 1, 6, 8, 9, 12],
        [1, 1, 7, 10, 11, 12],
        [2, 4, 6, 8, 9, 12],
        [2, 4, 7, 10, 11, 12],
        [3, 5, 6, 8, 9, 12],
        [3, 5, 7, 10, 11, 12],
      ],
      [
        [-1, -1, -6, -8, -9, -12],
        [-1, -1, -7, -10, -11, -12],
        [-2, -4, -6, -8, -9, -12],
        [-2, -4, -7, -10, -11, -12],
        [-3, -5, -6, -8, -9, -12],
        [-3, -5, -7, -10, -11, -12],
      ],
    ],
  },
  {
    file: 'tests/binary_3_levels_generic_payoffs.efg',
    labels: [
      ['11*', '12*', '2*1', '2*2'],
      ['1', '2'],
    ],
    arrays: [
      [
        [1, 3],
        [2, 4],
        [5, 7],
        [6, 8],
      ],
      [
        [-1, -3],
        [-2, -4],
        [-5, -7],
        [-6, -8],
      ],
    ],
  },
  {
    file: 'tests/reduction_both_players_payoff_ties_GTE_survey.efg',
    labels: [
      ['1*', '2*', '31', '32', '4*'],
      ['1*11', '1*12', '1*21', '1*22', '2111', '2112', '2121', '2122', '2211', '2212', '2221', '2222'],
    ],
    arrays: [
      [
        [2, 2, 2, 2, 0, 0, 0, 0, 5, 5, 5, 5],
        [7, 7, 4, 4, 7, 7, 4, 4, 7, 7, 4, 4],
        [3, 7, 3, 7, 3, 7, 3, 7, 3, 7, 3, 7],
        [8, 2, 8, 2, 8, 2, 8, 2, 8, 2, 8, 2],
        [6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
      ],
      [
        [8, 8, 8, 8, 1, 1, 1, 1, 2, 2, 2, 2],
        [6, 6, 2, 2, 6, 6, 2, 2, 6, 6, 2, 2],
        [7, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 8],
        [3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2],
        [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ],
    ],
  },
  {
    file: 'tests/cent3.efg',
    labels: [
      ['1**111', '21*111', '221111', '222111'],
      ['1**111', '21*111', '221111', '222111'],
    ],
    arrays: [
      [
        ['20027/25000', '5081/6250', '2689/3125', '163/125'],
        ['541/1250', '19931/6250', '10114/3125', '92/25'],
        ['3299/6250', '5362/3125', '39814/3125', '1648/125'],
        ['227/250', '262/125', '856/125', '256/5'],
      ],
      [
        ['2689/12500', '3283/12500', '5659/12500', '163/500'],
        ['3983/2500', '2677/3125', '3271/3125', '23/25'],
        ['5053/3125', '19903/3125', '10696/3125', '412/125'],
        ['214/125', '808/125', '3184/125', '64/5'],
      ],
    ],
  },
  {
    file: 'tests/nature_rooted_nongeneric.efg',
    labels: [
      ['1', '2'],
      ['11', '12', '21', '22'],
    ],
    arrays: [
      [
        [-1, -1, 2, 2],
        [0, 0, 0, 0],
      ],
      [
        [-1, -1, 2, 2],
        [3, 4, 3, 4],
      ],
    ],
  },
  {
    file: 'tests/nature_rooted_generic.efg',
    labels: [
      ['1', '2'],
      ['11', '12', '21', '22'],
    ],
    arrays: [
      [
        [3, 3, 4, 4],
        [5, 6, 5, 6],
      ],
      [
        [-3, -3, -4, -4],
        [-5, -6, -5, -6],
      ],
    ],
  },
  {
    file: 'tests/nature_leaves_nongeneric.efg',
    labels: [
      ['1', '2'],
      ['11', '12', '21', '22'],
    ],
    arrays: [
      [
        [-1, -1, 2, 2],
        [0, 0, 0, 0],
      ],
      [
        [-1, -1, 2, 2],
        [3, 4, 3, 4],
      ],
    ],
  },
  {
    file: 'tests/nature_leaves_generic.efg',
    labels: [
      ['1', '2'],
      ['11', '12', '21', '22'],
    ],
    arrays: [
      [
        ['3/2', '3/2', '7/2', '7/2'],
        ['11/2', '15/2', '11/2', '15/2'],
      ],
      [
        ['-3/2', '-3/2', '-7/2', '-7/2'],
        ['-11/2', '-15/2', '-11/2', '-15/2'],
      ],
    ],
  },
];

/** Wichardt (2008), imperfect recall: the case is commented out in Gambit's test_reduced_strategic_form. */
const WICHARDT = {
  file: 'catalog/geb__wichardt2008.efg',
  labels: [
    ['11', '12', '21', '22'],
    ['1', '2'],
  ],
  arrays: [
    [
      [1, -1],
      [-5, -5],
      [-5, -5],
      [-1, 1],
    ],
    [
      [-1, 1],
      [5, 5],
      [5, 5],
      [1, -1],
    ],
  ],
};

describeCorpus('reduced strategic form against Gambit', () => {
  it.each([...REDUCED_CASES, WICHARDT])('$file: labels and payoff tensors', ({ file, labels, arrays }) => {
    // Act
    const game = load(file);
    const { strategic, strategies } = reducedStrategicForm(game);
    // Assert
    expect(strategies.map((l) => l.map((s) => s.signature))).toEqual(labels);
    expect(strategic.strategies).toEqual(labels.map((l) => l.map((_, i) => String(i + 1))));
    expect(game.players.map((_, i) => tensorOf(strategic, i))).toEqual(arrays.map(text));
  });

  it('gives the strategy maps of FORMATS.txt (selten fig2, stripped-down poker)', () => {
    const star = (g: ExtensiveGame) =>
      reducedStrategies(g, 0 as PlayerId).map((s) => s.choices.map((a) => (a === null ? '*' : String(a + 1))));
    expect(star(load('catalog/selten1975__fig2.efg'))).toEqual([
      ['1', '*'],
      ['2', '1'],
      ['2', '2'],
    ]);
    expect(star(load('tests/stripped_down_poker.efg')).map((s) => s.join(''))).toEqual(['11', '12', '21', '22']);
  });

  it('counts centipede strategies (ceil(N/2)+1 and floor(N/2)+1)', () => {
    expect(reducedStrategyCounts(load('testfactories/centipede_N3_m2_7.efg'))).toEqual([3n, 2n]);
    expect(reducedStrategyCounts(load('testfactories/centipede_N4_m2_7.efg'))).toEqual([3n, 3n]);
    expect(reducedStrategyCounts(load('testfactories/centipede_N5_m2_7.efg'))).toEqual([4n, 3n]);
  });

  it('counts contrib/ttt.efg without building and refuses to build it', () => {
    // Arrange
    const game = load('contrib/ttt.efg');
    // Act
    const counts = reducedStrategyCounts(game);
    // Assert: about 10^10 reduced profiles
    const profiles = counts.reduce((a, b) => a * b, 1n);
    expect(profiles).toBeGreaterThan(10n ** 10n);
    expect(profiles).toBeLessThan(10n ** 11n);
    let refused: unknown;
    try {
      reducedStrategicForm(game);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(FormTooLargeError);
    expect((refused as FormTooLargeError).profiles).toBe(profiles);
    expect((refused as Error).message).toContain(String(profiles));
  });
});

/** Exact brute-force Nash check on a strategic game (test-local; TODO: use src/verify's checker when it exists). */
function isNash(game: StrategicGame, profile: readonly (readonly Rational[])[]): boolean {
  const value = mixedPayoffs(game, profile);
  return profile.every((mix, p) =>
    mix.every((_, s) => {
      const dev = profile.map((m, q) => (q === p ? m.map((_, t) => (t === s ? ONE : ZERO)) : m));
      return (mixedPayoffs(game, dev)[p] as Rational).compare(value[p] as Rational) <= 0;
    }),
  );
}

/** Pure Nash equilibria of a strategic game, in profile order (player 1 fastest). */
function pureNash(game: StrategicGame): number[][] {
  const counts = strategyCounts(game);
  const total = counts.reduce((a, b) => a * b, 1);
  const out: number[][] = [];
  for (let i = 0; i < total; i++) {
    const prof = profileAt(counts, i);
    const pay = game.payoffs[i] as readonly Rational[];
    const ok = counts.every((c, p) =>
      Array.from({ length: c }, (_, s) => s).every((s) => {
        const dev = prof.map((x, q) => (q === p ? s : x));
        return (
          ((game.payoffs[profileIndex(counts, dev)] as readonly Rational[])[p] as Rational).compare(
            pay[p] as Rational,
          ) <= 0
        );
      }),
    );
    if (ok) out.push(prof);
  }
  return out;
}

const exact = (v: unknown): Rational | undefined =>
  typeof v === 'string' && !v.includes('.') ? parseRational(v) : undefined;
const pureOf = (profile: readonly (readonly string[])[]): number[] => profile.map((m) => m.indexOf('1'));

describeCorpus('expected.json on the derived forms', () => {
  const cases = expectedCases().filter((c) => c.file?.endsWith('.efg') === true);

  it.each(cases.filter((c) => c.representation === 'strategy'))(
    '$id ($file): every expected profile is an equilibrium of the reduced strategic form',
    (c) => {
      const { strategic } = reducedStrategicForm(load(c.file as string));
      for (const eq of c.expected as string[][][]) {
        expect(eq.map((m) => m.length)).toEqual(strategyCounts(strategic));
        const profile = eq.map((m) => m.map(exact));
        if (profile.some((m) => m.some((x) => x === undefined))) continue; // decimal approximations (logit)
        expect(isNash(strategic, profile as Rational[][])).toBe(true);
      }
      if (c.method === 'enumpure') expect(pureNash(strategic)).toEqual((c.expected as string[][][]).map(pureOf));
    },
  );

  it.each(cases.filter((c) => c.agent))('$id ($file): pure equilibria of the agent form', (c) => {
    const game = load(c.file as string);
    const { strategic } = agentForm(game);
    // expected: per player, per information set, a pure action vector; flatten in game.infosets order
    const expected = (c.expected as string[][][][]).map((eq) => eq.flat().map((v) => v.indexOf('1')));
    const key = (p: readonly number[]) => p.join(',');
    expect(pureNash(strategic).map(key).sort()).toEqual(expected.map(key).sort());
  });
});

describeCorpus('perfect recall against Gambit (test_is_perfect_recall)', () => {
  const TRUE = [
    'catalog/selten1975__fig2.efg',
    'catalog/selten1975__fig1.efg',
    'tests/stripped_down_poker.efg',
    'tests/cent3.efg',
    'doc/poker.efg',
    'tests/basic_extensive_game.efg',
    'tests/perfect_recall.efg',
    'testfactories/centipede_N3_m2_7.efg',
    'testfactories/centipede_N4_m2_7.efg',
    'testfactories/centipede_N5_m2_7.efg',
  ];
  const FALSE: Record<string, string | undefined> = {
    'catalog/geb__wichardt2008.efg': 'forgot-action',
    'tests/noPR-action-selten-horse.efg': 'forgot-action',
    'tests/noPR-information-no-deflate.efg': 'forgot-information',
    'tests/gilboa_two_am_agents.efg': 'forgot-information',
    'tests/noPR-AM-driver-one-player.efg': 'absent-minded',
    'tests/noPR-AM-driver-two-players.efg': 'absent-minded',
    'tests/noPR-action-AM-two-hops.efg': 'absent-minded',
    'tests/not_perfect_recall.efg': 'absent-minded',
  };
  for (const f of listCorpus('efg').filter((f) => /noPR-/.test(f))) FALSE[f] ??= undefined;

  it.each(TRUE)('%s has perfect recall', (file) => {
    expect(checkPerfectRecall(load(file))).toEqual({ perfectRecall: true });
    expect(gameFlags(load(file)).perfectRecall).toBe(true);
  });

  it.each(Object.entries(FALSE))('%s does not have perfect recall (%s)', (file, kind) => {
    const r = checkPerfectRecall(load(file));
    expect(r.perfectRecall).toBe(false);
    if (kind !== undefined) expect(r.perfectRecall === false && r.kind).toBe(kind);
  });
});

/** Action labels from the node up to the root (Gambit's tests/test_node.py `_get_path_of_action_labels`). */
function pathOf(game: ExtensiveGame, id: NodeId): string[] {
  const out: string[] = [];
  let node = game.nodes[id];
  while (node !== undefined && node.parent !== null) {
    const parent = game.nodes[node.parent];
    const actions =
      parent?.type === 'personal'
        ? game.infosets[parent.infoset as number]?.actions
        : game.chanceInfosets[parent?.infoset as number]?.actions;
    // Gambit 17 renames duplicate action labels "1", "1" to "1_1", "1_2" on reading (FORMATS.txt, label
    // normalisation); do the same here in case the reader keeps them as written.
    const label = actions?.[node.parentAction] ?? '?';
    const same = (actions ?? []).filter((a) => a === label).length;
    const rank = (actions ?? []).slice(0, node.parentAction + 1).filter((a) => a === label).length;
    out.push(same > 1 ? `${label}_${rank}` : label);
    node = parent;
  }
  return out;
}

describeCorpus('subgame roots against Gambit (tests/test_node.py::test_subgame_roots)', () => {
  const CASES: readonly [string, string[][]][] = [
    ['catalog/selten1975__fig2.efg', [[], ['L'], ['L', 'L']]],
    [
      'testfactories/centipede_N5_m2_7.efg',
      [[], ['Push'], ['Push', 'Push'], ['Push', 'Push', 'Push'], ['Push', 'Push', 'Push', 'Push']],
    ],
    ['catalog/geb__wichardt2008.efg', [[]]],
    ['tests/binary_3_levels_generic_payoffs.efg', [[]]],
    [
      'tests/subgame_roots_finder_small_subgames_and_overplapping_infosets.efg',
      [[], ['1'], ['2'], ['1', '2', '2'], ['2', '1', '2'], ['1', '1', '1', '2', '2'], ['2', '2', '2']],
    ],
    [
      'tests/subgame_roots_finder_overplapping_infosets_with_Nature.efg',
      [[], ['1_2'], ['1_2', '1_3', '1_2'], ['1_3', '1_2']],
    ],
    ['tests/AM-subgames.efg', [[], ['2'], ['1', '1'], ['2', '1']]],
    ['tests/noPR-action-AM-two-hops.efg', [[], ['2', '1', '1']]],
    ['tests/AM-unary-hops.efg', [[], ['1', '1'], ['T', '1', '1', '1', '1', '1']]],
    ['tests/AM-unary-branches.efg', [[], ['1', '1', '1', 'T']]],
  ];
  const sorted = (paths: string[][]) => paths.map((p) => JSON.stringify(p)).sort();

  it.each(CASES)('%s', (file, expected) => {
    const game = load(file);
    expect(sorted(subgameRoots(game).map((r) => pathOf(game, r)))).toEqual(sorted(expected));
    expect(gameFlags(game).subgameRoots).toEqual(subgameRoots(game));
  });

  it('nests the eight subgames of tests/subgame-8-roots.efg in postorder', () => {
    // Gambit tests/test_node.py SUBGAME_STRUCTURE_CASES "eight_subgames"
    const game = load('tests/subgame-8-roots.efg');
    const t = subgameTree(game);
    const path = (r: NodeId | null | undefined) => (r === null || r === undefined ? null : pathOf(game, r).join(''));
    expect(t.postorder.map((r) => path(r))).toEqual(['LLLLL', 'RLLLL', 'LLLL', 'LL', 'RL', 'L', 'R', '']);
    expect(Object.fromEntries(t.roots.map((r) => [path(r), path(t.parent.get(r))]))).toEqual({
      LLLLL: 'LLLL',
      RLLLL: 'LLLL',
      LLLL: 'LL',
      LL: 'L',
      RL: 'L',
      L: '',
      R: '',
      '': null,
    });
    // information sets of each subgame not in a smaller one ("differences"): (player label, 0-based number)
    const differences: Record<string, string[]> = {};
    game.infosets.forEach((info, i) => {
      const key = path(t.infosetRoot[i]) as string;
      const number = (game.playerInfosets[info.player] ?? []).indexOf(info.id);
      (differences[key] ??= []).push(`${game.players[info.player]}:${number}`);
    });
    for (const list of Object.values(differences)) list.sort();
    expect(differences).toEqual({
      LLLLL: ['Player 1:3', 'Player 2:2', 'Player 2:3'],
      RLLLL: ['Player 1:4', 'Player 1:5'],
      LLLL: ['Player 2:1'],
      LL: ['Player 1:1', 'Player 1:2'],
      RL: ['Player 1:6'],
      L: ['Player 2:0'],
      R: ['Player 1:7', 'Player 1:8', 'Player 1:9', 'Player 2:4', 'Player 2:5', 'Player 2:6'],
      '': ['Player 1:0'],
    });
  });
});

describeCorpus('game flags on the corpus', () => {
  it('classifies utility by sums at terminal nodes', () => {
    expect(gameFlags(load('tests/stripped_down_poker.efg')).utility).toBe('zeroSum');
    expect(gameFlags(load('testfactories/stripped_down_poker_nonterm_outcomes.efg')).utility).toBe('zeroSum');
    expect(gameFlags(load('tests/2_player_PI_2_dev_off_eq_path_const_sum.efg')).utility).toBe('constantSum');
    expect(gameFlags(load('catalog/selten1975__fig2.efg')).utility).toBe('generalSum');
  });

  it('reads every corpus tree', () => {
    for (const file of listCorpus('efg')) {
      let game: ExtensiveGame;
      try {
        game = load(file);
      } catch {
        continue; // files Gambit 17 itself rejects (e.g. contrib/holdout.efg)
      }
      const f = gameFlags(game);
      expect(f.players).toBe(game.players.length);
      expect(f.subgameRoots[0]).toBe(0);
    }
  });
});
