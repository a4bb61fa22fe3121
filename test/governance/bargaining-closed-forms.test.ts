import { describe, expect, it } from 'vitest';
import { optimismDelays, rubinsteinShare, stahlShares } from '../../src/governance/index.js';
import { formatRational } from '../../src/numeric/index.js';

describe('Ståhl and Rubinstein closed forms (MODEL.md N1, N1b)', () => {
  it('reproduces x_G(N) = (1 − (−δ)^N)/(1 + δ) at δ = 9/10', () => {
    // Oracle: MODEL.md N1: δ = 9/10: N=1 → 1, N=2 → 1/10, N=3 → 91/100, N=4 → 181/1000
    const got = [1, 2, 3, 4].map((rounds) =>
      formatRational(stahlShares({ deltaG: '9/10', deltaS: '9/10', rounds }).shareG),
    );
    expect(got).toEqual(['1', '1/10', '91/100', '181/1000']);
  });

  it('reproduces the asymmetric discounts and the Rubinstein limit', () => {
    // Oracle: MODEL.md N1: (δ_G, δ_S) = (9/10, 8/10): N=3 → 23/25, indefinite → 5/7
    expect(formatRational(stahlShares({ deltaG: '9/10', deltaS: '8/10', rounds: 3 }).shareG)).toBe('23/25');
    expect(formatRational(rubinsteinShare('9/10', '8/10'))).toBe('5/7');
    const far = stahlShares({ deltaG: '9/10', deltaS: '8/10', rounds: 101 }).shareG;
    expect(Math.abs(far.valueOf() - 5 / 7)).toBeLessThan(1e-5);
  });

  it('reproduces the fallback case N1b', () => {
    // Oracle: MODEL.md N1b: δ = (9/10, 8/10), z = (3/5, 1/5), N=2 → (79/125, 46/125)
    const s = stahlShares({ deltaG: '9/10', deltaS: '8/10', rounds: 2, zG: '3/5', zS: '1/5' });
    expect([formatRational(s.shareG), formatRational(s.shareS)]).toEqual(['79/125', '46/125']);
  });

  it('decides the optimism condition of N4', () => {
    // Oracle: MODEL.md N4: (7/10, 7/10, 9/10) → delay; (3/5, 3/5, 4/5) → agree
    expect(optimismDelays({ delta: '9/10', pG: '7/10', pS: '7/10' })).toBe(true);
    expect(optimismDelays({ delta: '4/5', pG: '3/5', pS: '3/5' })).toBe(false);
  });
});
