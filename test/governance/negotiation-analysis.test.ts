import { describe, expect, it } from 'vitest';
import { analyzeNegotiation } from '../../src/governance/negotiation-analysis.js';
import { negotiationGame } from '../../src/governance/negotiation.js';
import { classifyTypes, cooperativeGains, typeBehaviours } from '../../src/governance/negotiation-n5.js';
import { screeningGame, solveScreening } from '../../src/governance/screening.js';
import { solveSequentialPure } from '../../src/solve/sequential/index.js';
import { isSequential } from '../../src/verify/index.js';

const f = (x: { toFraction(): string } | undefined | null) => x?.toFraction();

describe('analyzeNegotiation (MODEL.md stage 1)', () => {
  it('reports shares, agreement round, payoffs per regime and the chooser’s preferred regime (N1, N2)', () => {
    // Arrange: δ = 1/2, grid 8 contains every Ståhl share for N ≤ 3 and the truncation at horizon 3
    const a = analyzeNegotiation({
      deltaG: '1/2',
      deltaS: '1/2',
      regimes: [1, 2, 3, 'indefinite'],
      horizon: 3,
      grid: 8,
    });
    // Assert: Ståhl's x_G(N) = (1 − (−1/2)^N)/(3/2): 1, 1/2, 3/4; indefinite stationary 2/3
    expect(a.method).toBe('graph+tree');
    expect(a.regimes.map((r) => f(r.shares?.G))).toEqual(['1', '1/2', '3/4', '3/4']);
    expect(a.regimes.every((r) => r.agreementRounds.length === 1 && r.agreementRounds[0]?.round === 1)).toBe(true);
    expect(a.regimes.every((r) => r.treeAgrees === true)).toBe(true);
    expect(a.regimes.filter((r) => r.verified !== null).every((r) => r.verified === true)).toBe(true);
    expect(f(a.regimes[3]?.stationary?.G)).toBe('2/3');
    // N2: G proposes last with N = 1 and keeps everything
    expect(a.preferred).toEqual({ regimes: [1], strict: true });
    // N5 on every SPE outcome
    for (const r of a.regimes)
      for (const e of r.equilibria) expect(cooperativeGains(e.payoffs, e.outcome, r.disagreement).ok).toBe(true);
  });

  it('uses only the state graph for long horizons (tree too large) and still reports every SPE outcome', () => {
    const a = analyzeNegotiation({ deltaG: '9/10', deltaS: '8/10', rounds: 6, grid: 50 });
    const r = a.regimes[0];
    expect(a.method).toBe('graph');
    expect(r?.treeAgrees).toBeNull();
    expect((r?.equilibria.length ?? 0) > 0).toBe(true);
    // 51 offers per round: more than 2^4096 pure SPE, so the count saturates (reported as unknown)
    expect(r?.count).toBeNull();
    expect(a.warnings.some((w) => w.includes('saturated'))).toBe(true);
    // the grid-50 share is within one grid step per round of Ståhl's 1399/3125, agreed at once
    expect(Math.abs((r?.shares?.G.valueOf() ?? 0) - 1399 / 3125)).toBeLessThan(6 / 50);
    expect(r?.agreementRounds).toEqual([{ round: 1, prob: expect.anything() }]);
  });

  it('private types: pure sequential equilibria, G-best as headline, classified pooling/separating (N5)', () => {
    // Arrange: one round (take-it-or-leave-it by G), S's cost 0 or 1/2
    const params = { deltaG: '1/2', deltaS: '1/2', rounds: 1, grid: 4, types: [0, '1/2'], prior: ['1/2', '1/2'] };
    // Act
    const a = analyzeNegotiation(params);
    const r = a.regimes[0];
    // Assert: G's best is to offer 1/2 to both types (payoff 1/2, pooling) — offering 0 sells to the
    // cost-0 type only, also 1/2: ties keep the first found; every equilibrium is sequential
    expect(a.method).toBe('sequential');
    expect(f(r?.canonical.payoffs.G)).toBe('1/2');
    expect(r?.verified).toBe(true);
    const regimes = new Set(r?.equilibria.map((e) => e.informationRegime));
    expect(regimes.has('pooling') || regimes.has('separating')).toBe(true);
    const game = negotiationGame(params);
    for (const eq of solveSequentialPure(game).equilibria) expect(isSequential(game, eq)).toBe(true);
  });

  it('classifies N3’s two-type oracle equilibria: pool, screen, mix → pooling, separating, semi-separating', () => {
    for (const [q, delta, expected] of [
      ['3/10', '9/10', 'pooling'],
      ['3/5', '1/2', 'separating'],
      ['3/5', '9/10', 'semi-separating'],
    ] as const) {
      const params = { vH: 2, vL: 1, q, delta };
      const game = screeningGame(params);
      const sol = solveScreening(params);
      const eq = expected === 'semi-separating' ? sol.mixed[0] : sol.selected[0];
      expect(eq).toBeDefined();
      expect(classifyTypes(typeBehaviours(game, eq?.profile ?? []))).toBe(expected);
    }
  });
});
