import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signallingGame, typesByChance, decideAt } from '../../src/game/bayesian.js';
import { buildTree, decision, terminal } from '../../src/game/builder.js';
import { UnsupportedGameError } from '../../src/game/errors.js';
import type { Assessment, ExtensiveGame } from '../../src/game/types.js';
import { parseEfg } from '../../src/formats/efg-read.js';
import { solveSequentialPure } from '../../src/solve/sequential/index.js';
import { arbTree } from '../../src/testing/games.js';
import { isNash, isSequential, isSubgamePerfect, isWeakPBE } from '../../src/verify/index.js';
import { describeCorpus, readCorpus } from '../helpers/corpus.js';

const text = (a: Assessment) => ({
  profile: a.profile.map((r) => r.map((x) => x.toFraction())),
  beliefs: a.beliefs.map((r) => r.map((x) => x.toFraction())),
});

/** Every assessment: beliefs are distributions; Nash, subgame perfect, weak PBE and not refuted as sequential by src/verify. */
function expectChecked(game: ExtensiveGame, equilibria: readonly Assessment[]): void {
  for (const eq of equilibria) {
    for (const b of eq.beliefs) expect(b.reduce((s, x) => s.add(x)).toFraction()).toBe('1');
    expect(isNash(game, eq.profile)).toBe(true);
    expect(isSubgamePerfect(game, eq.profile)).toBe(true);
    expect(isWeakPBE(game, eq)).toBe(true);
    // consistency is decided by src/verify where it can; it must never refute ours
    expect(isSequential(game, eq)).not.toBe(false);
  }
}

// Beer–quiche (Cho & Kreps 1987, "Signaling games and stable equilibria", QJE 102, §II): prior strong 9/10.
const beerQuiche = signallingGame({
  players: ['sender', 'receiver'],
  types: [
    ['weak', '1/10'],
    ['strong', '9/10'],
  ],
  messages: ['beer', 'quiche'],
  responses: ['duel', 'yield'],
  payoffs: (t, m, r) => {
    const likes = (t === 'strong') === (m === 'beer') ? 1 : 0;
    const receiver = r === 'duel' ? (t === 'weak' ? 1 : 0) : t === 'weak' ? 0 : 1;
    return [likes + (r === 'yield' ? 2 : 0), receiver];
  },
});

describe('solveSequentialPure', () => {
  it('finds no pure equilibrium of beer–quiche under uniform trembles (both pools need pessimistic off-path beliefs)', () => {
    const result = solveSequentialPure(beerQuiche);
    expect(result.method).toBe('sequential');
    expect(result.complete).toBe(true);
    expect(result.equilibria).toHaveLength(0);
    expect(result.warnings[0]).toMatch(/uniform-tremble family/);
  });

  it('finds both pooling equilibria of beer–quiche with ranked trembles, the off-path message read as weak', () => {
    // Act
    const result = solveSequentialPure(beerQuiche, { maxRank: 2 });
    // Assert: pooling on beer (quiche → duel, belief weak) and on quiche (beer → duel, belief weak).
    expectChecked(beerQuiche, result.equilibria);
    const summary = result.equilibria.map(text);
    // infosets: sender|weak, sender|strong, receiver|beer, receiver|quiche; receiver members: weak, strong
    expect(summary).toEqual(
      expect.arrayContaining([
        {
          profile: [
            ['1', '0'],
            ['1', '0'],
            ['0', '1'],
            ['1', '0'],
          ],
          beliefs: [['1'], ['1'], ['1/10', '9/10'], ['1', '0']],
        },
        {
          profile: [
            ['0', '1'],
            ['0', '1'],
            ['1', '0'],
            ['0', '1'],
          ],
          beliefs: [['1'], ['1'], ['1', '0'], ['1/10', '9/10']],
        },
      ]),
    );
    expect(new Set(summary.map((s) => JSON.stringify(s.profile))).size).toBe(2);
  });

  it('uses each player’s own prior (non-common priors)', () => {
    // Arrange: a fair coin by the common prior; B believes heads w.p. 3/4 and guesses without seeing it.
    const game = buildTree({
      players: ['A', 'B'],
      root: typesByChance({
        player: 'A',
        types: [
          ['heads', '1/2'],
          ['tails', '1/2'],
        ],
        beliefs: { B: ['3/4', '1/4'] },
        subtree: (t) =>
          decideAt('B', { history: [] }, [
            ['guess heads', terminal([0, t === 'heads' ? 1 : 0])],
            ['guess tails', terminal([0, t === 'tails' ? 2 : 0])],
          ]),
      }),
    });
    // Act
    const { equilibria } = solveSequentialPure(game);
    // Assert: by its own prior, heads pays 3/4 > tails 1/2 (the common prior would pick tails).
    expect(equilibria.map(text)).toEqual([{ profile: [['1', '0']], beliefs: [['3/4', '1/4']] }]);
    expectChecked(game, equilibria);
  });

  it('refuses a game without perfect recall by name', () => {
    const forgetful = buildTree({
      players: ['A'],
      root: decision('A', [
        [
          'l',
          decision(
            'A',
            [
              ['x', terminal([1])],
              ['y', terminal([0])],
            ],
            { infoset: 'late' },
          ),
        ],
        [
          'r',
          decision(
            'A',
            [
              ['x', terminal([0])],
              ['y', terminal([1])],
            ],
            { infoset: 'late' },
          ),
        ],
      ]),
    });
    expect(() => solveSequentialPure(forgetful)).toThrow(UnsupportedGameError);
    expect(() => solveSequentialPure(forgetful)).toThrow(/solveSequentialPure: the game does not have perfect recall/);
  });

  it('stops on a node budget and says so', () => {
    const result = solveSequentialPure(beerQuiche, { maxRank: 2, maxNodes: 3 });
    expect(result.stopped).toBe('nodes');
    expect(result.complete).toBe(false);
  });

  it('returns only assessments the checker confirms, on random small games with chance and information sets', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 3, maxBranching: 2 }), (game) => {
        const result = solveSequentialPure(game, { maxRank: 2, maxNodes: 20_000 });
        expectChecked(game, result.equilibria);
      }),
      { numRuns: 60 },
    );
  });
});

describeCorpus('solveSequentialPure on the Bayesian and signalling games of the corpus', () => {
  const files = [
    'contrib/bayes1a.efg',
    'contrib/bhg1.efg',
    'contrib/bhg2.efg',
    'contrib/bhg3.efg',
    'contrib/bhg4.efg',
    'contrib/bhg5.efg',
    'catalog/selten1975__fig1.efg',
    'catalog/selten1975__fig2.efg',
    'catalog/selten1975__fig3.efg',
  ];
  it.each(files)('%s: every assessment passes the checker', (file) => {
    const game = parseEfg(readCorpus(file), { fileName: file });
    for (const maxRank of [1, 2]) {
      const result = solveSequentialPure(game, { maxRank, maxNodes: 200_000 });
      expect(result.stopped).toBeNull();
      expectChecked(game, result.equilibria);
    }
  });

  it("Selten's horse: the sequential equilibrium has players 1 and 2 continue and player 3 play L", () => {
    // Selten (1975), Figure 1: (R, R, L) is the perfect equilibrium (payoffs 1,1,1). Player 3 needs a belief of
    // at least 2/3 on the node after player 2's deviation: ranked trembles (player 1's rarer) give it 1.
    const game = parseEfg(readCorpus('catalog/selten1975__fig1.efg'));
    const { equilibria } = solveSequentialPure(game, { maxRank: 2 });
    const profiles = equilibria.map((e) => JSON.stringify(text(e).profile));
    expect(profiles).toContain(
      JSON.stringify([
        ['1', '0'],
        ['1', '0'],
        ['0', '1'],
      ]),
    );
  });
});
