import { describe, expect, it } from 'vitest';
import { decideAt, simultaneous } from '../../src/game/bayesian.js';
import { buildTree, terminal } from '../../src/game/builder.js';
import { bimatrixGame } from '../../src/game/strategic.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { parseEfg } from '../../src/formats/efg-read.js';
import { type Rational, rat } from '../../src/numeric/rational.js';
import { bestRational, snapDistribution, solveLogit } from '../../src/solve/logit/index.js';
import { isNash, isSubgamePerfect } from '../../src/verify/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';

const text = (p: readonly (readonly Rational[])[]) => p.map((r) => r.map((x) => x.toFraction()));

/**
 * MODEL.md stage 2, first worked example (weakest-link regime), written here with the builder: V = 10,
 * b = (3/10, 3/10, 2/5), c_K = 2, c_S = 5/2, e_T = 1/2, ρA = 2, φ = 1/2, λ_K = λ_S = 0, qP = 0.
 */
function complianceExample(): ExtensiveGame {
  const V = rat(10);
  const [bT, bK, bS] = [rat(3, 10), rat(3, 10), rat(2, 5)];
  const [cK, cS, eT, rhoA, phi] = [rat(2), rat(5, 2), rat(1, 2), rat(2), rat(1, 2)];
  const payoffs = (m: string, k: string, s: string): Rational[] => {
    const g = k === 'Sub' && s === 'Sub' ? rat(1) : rat(0); // λ_K = λ_S = 0
    const real = (m === 'C' ? phi : rat(1)).mul(V).mul(g);
    const uT = bT
      .mul(real)
      .sub(m === 'C' ? eT : rat(0))
      .sub(m === 'F' ? rhoA.mul(rat(1).sub(g)) : rat(0));
    const uK = bK.mul(real).sub(k === 'Sub' ? cK : rat(0));
    const uS = bS.mul(real).sub(s === 'Sub' ? cS : rat(0)); // qP = 0
    return [uT, uK, uS];
  };
  return buildTree({
    title: 'compliance game, first worked example',
    players: ['T', 'K', 'S'],
    root: decideAt(
      'T',
      { history: [] },
      ['C', 'F'].map((m) => [
        m,
        simultaneous(
          [
            { player: 'K', actions: ['Nom', 'Sub'] },
            { player: 'S', actions: ['Form', 'Sub'] },
          ],
          [m],
          ([k, s]) => terminal(payoffs(m, k as string, s as string)),
        ),
      ]),
    ),
  });
}

describe('solveLogit', () => {
  it('selects collective inaction on MODEL.md’s first worked example (as Gambit 17’s gambit-logit does)', () => {
    // Arrange
    const game = complianceExample();
    // the SPE payoffs of MODEL.md: (C, Nom, Form) → (−1/2, 0, 0); (F, Sub, Sub) → (3, 1, 3/2)
    expect(game.outcomes.map((o) => o.payoffs.map((x) => x.toFraction()))).toContainEqual(['-1/2', '0', '0']);
    expect(game.outcomes.map((o) => o.payoffs.map((x) => x.toFraction()))).toContainEqual(['3', '1', '3/2']);
    // Act
    const result = solveLogit(game);
    // Assert: T plays C; K plays Nom and S plays Form after both C and F (infosets: T; K|C, K|F; S|C, S|F).
    expect(result.confirmed).toBe(true);
    expect(result.exact).toBe(true);
    const [profile] = result.equilibria;
    expect(text(profile ?? [])).toEqual([
      ['1', '0'],
      ['1', '0'],
      ['1', '0'],
      ['1', '0'],
      ['1', '0'],
    ]);
    expect(isSubgamePerfect(game, profile ?? [])).toBe(true);
  });

  it('finds the mixed equilibrium of matching pennies on a strategic game', () => {
    const game = bimatrixGame(
      [
        [1, -1],
        [-1, 1],
      ],
      [
        [-1, 1],
        [1, -1],
      ],
    );
    const result = solveLogit(game);
    expect(result.representation).toBe('strategy');
    expect(text(result.equilibria[0] ?? [])).toEqual([
      ['1/2', '1/2'],
      ['1/2', '1/2'],
    ]);
    expect(isNash(game, result.equilibria[0] ?? [])).toBe(true);
  });

  it('returns the floating-point profile with a warning when the limit cannot be confirmed', () => {
    // Stopping at a small λ leaves an interior QRE that is not an equilibrium.
    const game = bimatrixGame(
      [
        [3, 0],
        [0, 1],
      ],
      [
        [3, 0],
        [0, 1],
      ],
    );
    const result = solveLogit(game, { maxLambda: 0.5 });
    expect(result.confirmed).toBe(false);
    expect(result.exact).toBe(false);
    expect(result.warnings.join(' ')).toMatch(/could not be confirmed/);
  });

  it('snaps floats to small-denominator rationals', () => {
    expect(bestRational(0.33336, 100).toFraction()).toBe('1/3');
    expect(bestRational(0.6180339887, 10).toFraction()).toBe('5/8');
    expect(snapDistribution([0.3334, 0.6666, 1e-9], 1e-3, 100)?.map((x) => x.toFraction())).toEqual([
      '1/3',
      '2/3',
      '0',
    ]);
    expect(snapDistribution([0.1234, 0.8766], 1e-6, 100)).toBeNull();
  });
});

describeCorpus('solveLogit on Gambit’s logit cases', () => {
  it('stripped-down poker: behaviour limit [[1,0],[1/3,2/3]],[[2/3,1/3]] (expected.json test_logit_behavior_01)', () => {
    // Arrange
    const kase = expectedCases().find((c) => c.id === 'test_logit_behavior_01');
    expect(kase?.file).toBe('tests/stripped_down_poker.efg');
    const game = parseEfg(readCorpus('tests/stripped_down_poker.efg'));
    // Act
    const result = solveLogit(game);
    // Assert: the float limit within 1e-3 of Gambit's, and the snapped profile confirmed exactly.
    const expected = ((kase?.expected[0] ?? []) as string[][][]).flat().map((r) => r.map((x) => rat(x).valueOf()));
    result.limit.forEach((row, i) =>
      row.forEach((x, a) => expect(Math.abs(x - (expected[i]?.[a] ?? NaN))).toBeLessThan(1e-3)),
    );
    expect(result.confirmed).toBe(true);
    expect(text(result.equilibria[0] ?? [])).toEqual([
      ['1', '0'],
      ['1/3', '2/3'],
      ['2/3', '1/3'],
    ]);
  });
});
