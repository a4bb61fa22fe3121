import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsupportedGameError, buildTree, chance, decision, terminal } from '../../src/game/index.js';
import type { ExtensiveGame, TreeNode } from '../../src/game/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';
import { backwardInduction } from '../../src/solve/spe/index.js';
import { isNash, isSubgamePerfect, isSubgamePerfectPure } from '../../src/verify/index.js';
import {
  allPureBehaviors,
  arbSmallPiGame,
  keySet,
  mapPure,
  prng,
  pureOf,
  randomPiGame,
  rebuild,
  type Transform,
} from './spe-helpers.js';

const pureKeys = (game: ExtensiveGame, options = {}): string[] =>
  backwardInduction(game, options)
    .equilibria.map((e) => pureOf(e).join(','))
    .sort();

const bruteForce = (game: ExtensiveGame): string[] =>
  [...allPureBehaviors(game)]
    .filter((p) => isSubgamePerfectPure(game, p))
    .map((p) => p.join(','))
    .sort();

describe('backwardInduction', () => {
  it('solves the entry game (Selten 1965): Enter, Accommodate', () => {
    // Arrange
    const game = buildTree({
      players: ['Entrant', 'Incumbent'],
      root: decision('Entrant', [
        ['Out', terminal([0, 2])],
        [
          'In',
          decision('Incumbent', [
            ['Fight', terminal([-1, -1])],
            ['Accommodate', terminal([1, 1])],
          ]),
        ],
      ]),
    });
    // Act
    const r = backwardInduction(game);
    // Assert
    expect(r.method).toBe('spe');
    expect(r.count).toBe(1n);
    expect(r.complete).toBe(true);
    expect(r.equilibria.map((e) => e.map((v) => v.map(formatRational)))).toEqual([
      [
        ['0', '1'],
        ['0', '1'],
      ],
    ]);
  });

  it('branches on ties whose continuation vectors differ (the optimal set depends on play below)', () => {
    // Arrange: B is indifferent after C, which changes whether A prefers In or C.
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        ['Out', terminal([0, 2])],
        [
          'In',
          decision('B', [
            ['F', terminal([-1, -1])],
            ['Acc', terminal([1, 1])],
          ]),
        ],
        [
          'C',
          chance([
            [
              'h',
              '1/3',
              decision('B', [
                ['x', terminal([3, 1])],
                ['y', terminal([0, 1])],
              ]),
            ],
            ['t', '2/3', terminal([0, 5])],
          ]),
        ],
      ]),
    });
    // Act
    const keys = pureKeys(game);
    // Assert: (In,Acc,x), (C,Acc,x), (In,Acc,y); not (C,Acc,y)
    expect(keys).toEqual(['1,1,0', '1,1,1', '2,1,0']);
    expect(bruteForce(game)).toEqual(keys);
  });

  it('uses each player’s own prior at chance nodes (non-common priors)', () => {
    // Arrange: A believes H is likely, B believes T is likely.
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('B', [
        ['stop', terminal([0, 1])],
        [
          'go',
          decision('A', [
            ['safe', terminal([1, 0])],
            [
              'bet',
              chance(
                [
                  ['H', '1/2', terminal([4, 4])],
                  ['T', '1/2', terminal([-4, -4])],
                ],
                { beliefs: { A: ['3/4', '1/4'], B: ['1/4', '3/4'] } },
              ),
            ],
          ]),
        ],
      ]),
    });
    // Act
    const r = backwardInduction(game);
    // Assert: A bets (3/4·4 − 1/4·4 = 2 > 1); B expects −2 from go, so stops.
    expect(r.equilibria.map(pureOf)).toEqual([[1, 0]]);
    expect(r.equilibria.every((e) => isSubgamePerfect(game, e))).toBe(true);
  });

  it('refuses imperfect information', () => {
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        [
          'l',
          decision(
            'B',
            [
              ['x', terminal([1, 0])],
              ['y', terminal([0, 1])],
            ],
            { infoset: 'b' },
          ),
        ],
        [
          'r',
          decision(
            'B',
            [
              ['x', terminal([0, 1])],
              ['y', terminal([1, 0])],
            ],
            { infoset: 'b' },
          ),
        ],
      ]),
    });
    expect(() => backwardInduction(game)).toThrow(UnsupportedGameError);
  });

  it('finds exactly the pure profiles the checker calls subgame perfect (brute force, chance, priors)', () => {
    fc.assert(
      fc.property(
        arbSmallPiGame({
          players: 3,
          maxDepth: 3,
          maxBranching: 3,
          nonCommonPriors: true,
          innerOutcomes: true,
          range: 1,
        }),
        (game) => {
          // Act
          const r = backwardInduction(game);
          // Assert
          expect(r.equilibria.map((e) => pureOf(e).join(',')).sort()).toEqual(bruteForce(game));
          expect(r.count).toBe(BigInt(r.equilibria.length));
          expect(r.complete).toBe(true);
          for (const e of r.equilibria) {
            expect(isSubgamePerfect(game, e)).toBe(true);
            expect(isNash(game, e)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with brute force on 2-player trees with common priors and many ties', () => {
    fc.assert(
      fc.property(arbSmallPiGame({ players: 2, maxDepth: 4, maxBranching: 2, range: 1 }), (game) => {
        const r = backwardInduction(game);
        expect(r.equilibria.map((e) => pureOf(e).join(',')).sort()).toEqual(bruteForce(game));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same set with and without subtree sharing, and on the general (bigint) path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (seed) => {
        const game = randomPiGame(seed, { players: 2, maxDepth: 4, maxBranching: 3, range: 1 });
        const shared = backwardInduction(game, { maxEquilibria: 3000 });
        const unshared = backwardInduction(game, { shareSubtrees: false, maxEquilibria: 3000 });
        const general = backwardInduction(game, { forceGeneral: true, maxEquilibria: 3000 });
        expect(unshared.count).toBe(shared.count);
        expect(general.count).toBe(shared.count);
        if (shared.complete) {
          expect(keySet(unshared.equilibria)).toEqual(keySet(shared.equilibria));
          expect(keySet(general.equilibria)).toEqual(keySet(shared.equilibria));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('solves identical subtrees once and reports it', () => {
    // Arrange: the same subgame twice (a transposition).
    const sub = () =>
      decision('B', [
        ['x', terminal([1, 1])],
        ['y', terminal([1, 0])],
      ]);
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        ['l', sub()],
        ['r', sub()],
      ]),
    });
    // Act
    const r = backwardInduction(game);
    // Assert: A indifferent (1 either way), B picks x in both copies.
    expect(r.stats?.['sharedSubtrees']).toBe(3);
    expect(r.stats?.['compiledNodes']).toBe(4);
    expect(r.equilibria.map(pureOf).map((p) => p.join(','))).toEqual(['0,0,0', '1,0,0']);
  });

  it('is invariant under relabelling actions and players and under positive affine payoff changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (seed, tseed) => {
        // Arrange
        const game = randomPiGame(seed, {
          players: 3,
          maxDepth: 3,
          maxBranching: 3,
          range: 1,
          nonCommonPriors: true,
          innerOutcomes: true,
        });
        const rnd = prng(tseed);
        const perms = new Map<number, number[]>();
        const shuffle = (k: number): number[] => {
          const a = Array.from({ length: k }, (_, i) => i);
          for (let i = k - 1; i > 0; i--) {
            const j = Math.floor(rnd() * (i + 1));
            [a[i], a[j]] = [a[j] as number, a[i] as number];
          }
          return a;
        };
        game.nodes.forEach((n) => perms.set(n.id, shuffle(n.children.length)));
        const t: Transform = {
          actionPerm: (n: TreeNode) => perms.get(n.id) ?? [],
          playerPerm: shuffle(3),
          affine: [0, 1, 2].map(
            () => [rat(1 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 3)), rat(Math.floor(rnd() * 9) - 4)] as const,
          ),
        };
        const other = rebuild(game, t);
        // Act
        const mine = backwardInduction(game)
          .equilibria.map((e) => mapPure(game, other, t, pureOf(e)).join(','))
          .sort();
        const theirs = backwardInduction(other)
          .equilibria.map((e) => pureOf(e).join(','))
          .sort();
        // Assert
        expect(theirs).toEqual(mine);
      }),
      { numRuns: 40 },
    );
  });

  it('stops at maxEquilibria with a partial list and the full count', () => {
    // Arrange: three independent indifferent choices: 2^3 = 8 equilibria.
    const coin = () =>
      decision('B', [
        ['x', terminal([0, 0])],
        ['y', terminal([0, 0])],
      ]);
    const game = buildTree({
      players: ['A', 'B'],
      root: chance([
        ['1', '1/3', coin()],
        ['2', '1/3', coin()],
        ['3', '1/3', coin()],
      ]),
    });
    // Act
    const r = backwardInduction(game, { maxEquilibria: 3, shareSubtrees: false });
    // Assert
    expect(r.count).toBe(8n);
    expect(r.equilibria).toHaveLength(3);
    expect(r.stopped).toBe('equilibria');
    expect(r.complete).toBe(false);
    expect(backwardInduction(game).equilibria).toHaveLength(8);
    expect(backwardInduction(game, { maxEquilibria: 8 }).complete).toBe(true);
  });

  it('stops on a node budget and says so', () => {
    const game = randomPiGame(5, { maxDepth: 5, maxBranching: 3, chance: false });
    const r = backwardInduction(game, { maxNodes: 3 });
    expect(r.stopped).toBe('nodes');
    expect(r.complete).toBe(false);
    expect(r.count).toBeUndefined();
  });

  it('stops on an aborted signal', () => {
    const ctl = new AbortController();
    ctl.abort();
    const game = randomPiGame(9, { maxDepth: 6, maxBranching: 3 });
    const r = backwardInduction(game, { signal: ctl.signal });
    expect(r.stopped).toBe('signal');
  });

  it('stays exact with payoffs beyond 2^53 and awkward probabilities (bigint path)', () => {
    // Arrange
    const big = 2n ** 70n;
    const game = buildTree({
      players: ['A', 'B'],
      root: decision('A', [
        ['safe', terminal([rat(big), 0])],
        [
          'risky',
          chance([
            ['h', '1/7', terminal([rat(big * 7n + 1n), 0])],
            ['t', '6/7', terminal([0, 0])],
          ]),
        ],
      ]),
    });
    // Act
    const r = backwardInduction(game);
    // Assert: risky gives big + 1/7 > big.
    expect(r.equilibria.map(pureOf)).toEqual([[1]]);
    expect(isSubgamePerfect(game, r.equilibria[0] ?? [])).toBe(true);
  });
});
