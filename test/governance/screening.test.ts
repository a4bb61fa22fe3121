import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/game/types.js';
import {
  screeningClosedForm,
  screeningGame,
  screeningOutcome,
  solveScreening,
  uniformScreeningIndefiniteFloat,
  uniformScreeningTwoRounds,
} from '../../src/governance/screening.js';
import { isNash, isSequential, isSubgamePerfect, isWeakPBE } from '../../src/verify/index.js';

const outcomeText = (game: ReturnType<typeof screeningGame>, a: Assessment) => {
  const o = screeningOutcome(game, a.profile);
  return {
    firstPrice: o.firstPrice.toFraction(),
    profit: o.profit.toFraction(),
    highAccepts: o.highAccepts.toFraction(),
  };
};

describe('screening closed forms (MODEL.md N3)', () => {
  it.each([
    { q: '3/5', delta: '1/2', regime: 'screen', firstPrice: '3/2', profit: '11/10', highAccepts: '1' },
    { q: '3/10', delta: '9/10', regime: 'pool', firstPrice: '1', profit: '1', highAccepts: '1' },
    { q: '3/5', delta: '9/10', regime: 'mix', firstPrice: '2', profit: '28/25', highAccepts: '1/3' },
  ])('(2, 1, $q, $delta) → $regime', ({ q, delta, ...expected }) => {
    const c = screeningClosedForm({ vH: 2, vL: 1, q, delta });
    expect({
      regime: c.regime,
      firstPrice: c.firstPrice.toFraction(),
      profit: c.profit.toFraction(),
      highAccepts: c.highAccepts.toFraction(),
    }).toEqual(expected);
  });

  it('gives the uniform-value oracles (two rounds at δ = 9/10: 0.2327; indefinite γ/2 = 0.1201)', () => {
    const u = uniformScreeningTwoRounds('9/10');
    expect(u.sellerValue.valueOf()).toBeCloseTo(0.2327, 4);
    expect(u.cutoff.toFraction()).toBe('11/13');
    expect(uniformScreeningIndefiniteFloat(0.9)).toBeCloseTo(0.1201, 4);
  });
});

describe('screeningGame solved by the generic sequential solver (MODEL.md N3 oracles)', () => {
  it('(2, 1, 3/5, 1/2): screening, first price 3/2, seller payoff 11/10', () => {
    // Arrange / Act
    const game = screeningGame({ vH: 2, vL: 1, q: '3/5', delta: '1/2' });
    const { pure, selected } = solveScreening({ vH: 2, vL: 1, q: '3/5', delta: '1/2' });
    // Assert: the pure sequential equilibria pass the checker (a sample of the 660, to keep the file fast; the
    // solver itself is property-tested in test/solve/sequential.test.ts); the selected ones give the oracle.
    expect(pure.complete).toBe(true);
    for (const eq of [...pure.equilibria.filter((_, i) => i % 25 === 0), ...selected]) {
      expect(isNash(game, eq.profile)).toBe(true);
      expect(isWeakPBE(game, eq)).toBe(true);
      expect(isSubgamePerfect(game, eq.profile)).toBe(true);
    }
    expect(selected.length).toBeGreaterThan(0);
    for (const eq of selected) {
      expect(outcomeText(game, eq)).toEqual({ firstPrice: '3/2', profit: '11/10', highAccepts: '1' });
    }
  });

  it('(2, 1, 3/10, 9/10): the seller-best selected equilibrium pools at 1, profit 1', () => {
    const params = { vH: 2, vL: 1, q: '3/10', delta: '9/10' };
    const game = screeningGame(params);
    const { selected } = solveScreening(params);
    const outcomes = selected.map((e) => screeningOutcome(game, e.profile));
    const best = outcomes.reduce((a, b) => (b.profit.compare(a.profit) > 0 ? b : a));
    expect(best.firstPrice.toFraction()).toBe('1');
    expect(best.profit.toFraction()).toBe('1');
    for (const eq of selected) expect(isSubgamePerfect(game, eq.profile)).toBe(true);
  });

  it('(2, 1, 3/5, 9/10): no pure selected equilibrium; the targeted mixture asks 2, the high type accepts w.p. 1/3, profit 28/25', () => {
    // Arrange
    const params = { vH: 2, vL: 1, q: '3/5', delta: '9/10' };
    const game = screeningGame(params);
    // Act: pure enumeration, then β solving the seller's round-2 indifference (indifferenceMix).
    const { selected, mixed } = solveScreening(params);
    // Assert
    expect(selected).toHaveLength(0);
    expect(mixed.length).toBeGreaterThan(0);
    for (const eq of mixed) {
      expect(outcomeText(game, eq)).toEqual({ firstPrice: '2', profit: '28/25', highAccepts: '1/3' });
      expect(isNash(game, eq.profile)).toBe(true);
      expect(isSubgamePerfect(game, eq.profile)).toBe(true);
      expect(isWeakPBE(game, eq)).toBe(true);
      expect(isSequential(game, eq)).not.toBe(false);
      // the seller's posterior of the high type after a rejection of 2 is v_L / v_H = 1/2
      const after = game.infosets.find((i) => i.player === 0 && i.label === '2, reject');
      expect(eq.beliefs[after?.id ?? -1]?.map((x) => x.toFraction())).toEqual(['1/2', '1/2']);
    }
    // screening would give 51/50 (MODEL.md)
    const screen = screeningClosedForm({ ...params, q: '3/5' });
    expect(screen.profit.toFraction()).toBe('28/25');
  });
});
