import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExtensiveGame, agentProfileCount, buildTree, decision, terminal } from '../../src/game/index.js';
import { InvalidArgumentError } from '../../src/game/index.js';
import { backwardInduction, defaultSubgameMethods, subgamePerfect } from '../../src/solve/spe/index.js';
import type { SubgameSolver } from '../../src/solve/spe/index.js';
import { arbTree } from '../../src/testing/index.js';
import { isSubgamePerfect, isSubgamePerfectPure } from '../../src/verify/index.js';
import { allPureBehaviors, arbSmallPiGame, pureOf } from './spe-helpers.js';

const keys = (game: ExtensiveGame, options = {}): string[] =>
  subgamePerfect(game, { perfectInformationFastPath: false, ...options })
    .equilibria.map((e) => pureOf(e).join(','))
    .sort();

/** A proper subgame (a simultaneous-move coordination game) after a first move (Selten 1965 style). */
function coordinationAfterEntry(): ExtensiveGame {
  const b = (x: number, y: number) =>
    decision(
      'B',
      [
        ['l', terminal([x, y])],
        ['r', terminal([0, 0])],
      ],
      { infoset: 'B' },
    );
  const b2 = (x: number, y: number) =>
    decision(
      'B',
      [
        ['l', terminal([0, 0])],
        ['r', terminal([x, y])],
      ],
      { infoset: 'B' },
    );
  return buildTree({
    players: ['A', 'B'],
    root: decision('A', [
      ['out', terminal([2, 2])],
      [
        'in',
        decision(
          'A',
          [
            ['L', b(3, 1)],
            ['R', b2(1, 3)],
          ],
          { infoset: 'A2' },
        ),
      ],
    ]),
  });
}

describe('subgamePerfect (decomposition)', () => {
  it('combines every equilibrium of the proper subgame', () => {
    // Arrange: after "in", a battle of the sexes with pure equilibria (L,l) → (3,1) and (R,r) → (1,3).
    const game = coordinationAfterEntry();
    // Act
    const r = subgamePerfect(game);
    // Assert: (in; L; l) and (out; R; r) — A enters only when (L,l) is played.
    expect(
      r.equilibria
        .map(pureOf)
        .map((p) => p.join(','))
        .sort(),
    ).toEqual(['0,1,1', '1,0,0']);
    expect(r.count).toBe(2n);
    expect(r.method).toBe('spe');
    expect(r.options['within']).toBe('enumpure');
    for (const e of r.equilibria) expect(isSubgamePerfect(game, e)).toBe(true);
  });

  it('finds exactly the pure profiles the checker calls subgame perfect (imperfect information, perfect recall)', () => {
    fc.assert(
      fc.property(
        arbTree({ players: 2, maxDepth: 3, maxBranching: 2, payoffRange: 1 }).filter(
          (g) => agentProfileCount(g) <= 2000n,
        ),
        (game) => {
          const brute = [...allPureBehaviors(game)]
            .filter((p) => isSubgamePerfectPure(game, p))
            .map((p) => p.join(','));
          const r = subgamePerfect(game);
          expect(
            r.equilibria
              .map(pureOf)
              .map((p) => p.join(','))
              .sort(),
          ).toEqual(brute.sort());
          expect(r.count).toBe(BigInt(brute.length));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with backward induction on perfect-information games (chance, priors, nonterminal payoffs)', () => {
    fc.assert(
      fc.property(
        arbSmallPiGame({
          players: 3,
          maxDepth: 3,
          maxBranching: 3,
          range: 1,
          nonCommonPriors: true,
          innerOutcomes: true,
        }),
        (game) => {
          const bi = backwardInduction(game);
          expect(keys(game)).toEqual(bi.equilibria.map((e) => pureOf(e).join(',')).sort());
          expect(subgamePerfect(game, { perfectInformationFastPath: false }).count).toBe(bi.count);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('accepts a plugged-in subgame method and names unknown ones', () => {
    // Arrange: a method returning only the first pure equilibrium of each subgame.
    const first: SubgameSolver = (g, budget) => {
      const r = (defaultSubgameMethods['enumpure'] as SubgameSolver)(g, budget);
      return { ...r, equilibria: r.equilibria.slice(0, 1), complete: false };
    };
    const game = coordinationAfterEntry();
    // Act
    const r = subgamePerfect(game, { within: 'first', methods: { ...defaultSubgameMethods, first } });
    // Assert
    expect(r.equilibria).toHaveLength(1);
    expect(r.complete).toBe(false);
    expect(r.count).toBeUndefined();
    expect(isSubgamePerfect(game, r.equilibria[0] ?? [])).toBe(true);
    expect(() => subgamePerfect(game, { within: 'nope' })).toThrow(InvalidArgumentError);
  });

  it('honours maxEquilibria and maxNodes', () => {
    const game = coordinationAfterEntry();
    const a = subgamePerfect(game, { maxEquilibria: 1 });
    expect(a.equilibria).toHaveLength(1);
    expect(a.stopped).toBe('equilibria');
    expect(a.count).toBe(2n);
    const b = subgamePerfect(game, { maxNodes: 1 });
    expect(b.stopped).toBe('nodes');
    expect(b.complete).toBe(false);
  });
});
