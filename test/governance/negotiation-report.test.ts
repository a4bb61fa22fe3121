import { describe, expect, it } from 'vitest';
import { negotiationReport, stage1Figure, stage1FigureSvg } from '../../src/governance/negotiation-report.js';

describe('negotiationReport (JSON for `subgame governance negotiation --json`)', () => {
  it('gives exact strings for shares, rounds, payoffs per regime and the preferred regime', () => {
    const r = negotiationReport(
      { deltaG: '9/10', deltaS: '8/10', regimes: [3, 'indefinite'], horizon: 2, grid: 25 },
      { maxTreeLeaves: 0 },
    );
    expect(r.regimes.map((x) => x.regime)).toEqual(['limited 3', 'indefinite']);
    // Oracle: MODEL.md N1: (δ_G, δ_S) = (9/10, 8/10), N = 3 → 23/25; indefinite (Rubinstein) → 5/7
    expect(r.regimes[0]?.payoffs).toEqual({ G: '23/25', S: '2/25' });
    expect(r.regimes[0]?.agreementRounds).toEqual([{ round: 1, probability: '1' }]);
    expect(r.regimes[1]?.stationary).toEqual({ G: '5/7', S: '2/7' });
    expect(r.preferredRegime).toEqual({ regimes: ['limited 3'], strict: true });
    expect(r.claims.N5.holds).toBe(true);
    expect(() => JSON.stringify(r)).not.toThrow();
    expect(typeof r.regimes[0]?.equilibria.count).toBe('string');
  });

  it('stage1Figure: G’s share against N converging to Rubinstein’s 5/7, with the exact table', () => {
    const fig = stage1Figure({ maxRounds: 4 });
    expect(fig.limit).toBe('5/7');
    // Ståhl's recursion x(N) = 1 − δ_S(1 − δ_G x(N−2)) by hand: 1, 1 − 4/5 = 1/5, 23/25 (MODEL.md N1), 43/125
    expect(fig.table.map((t) => t.shareG)).toEqual(['1', '1/5', '23/25', '43/125']);
    expect(fig.series[0]?.points).toHaveLength(4);
    expect(stage1FigureSvg({ maxRounds: 10 })).toContain('<svg');
  });
});
