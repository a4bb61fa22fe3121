import { describe, expect, it } from 'vitest';
import {
  IMPOSED_SHARES,
  NEGOTIATED_SHARES,
  WORKED_EXAMPLE,
  bridge,
  creditSharesFromSplit,
  formatPlan,
} from '../../src/governance/index.js';
import { InvalidArgumentError } from '../../src/game/index.js';
import { formatRational } from '../../src/numeric/rational.js';

describe('bridge (MODEL.md B1)', () => {
  it('negotiated shares b = (3/10, 3/10, 2/5) admit (F; Sub, Sub) as an SPE', () => {
    // Oracle: MODEL.md, "Bridging the two stages"
    const r = bridge(NEGOTIATED_SHARES, WORKED_EXAMPLE);
    expect([r.shares.bT, r.shares.bK, r.shares.bS].map(formatRational)).toEqual(['3/10', '3/10', '2/5']);
    expect(r.cooperationIsSpe).toBe(true);
    expect(r.inactionIsOnlySpe).toBe(false);
  });

  it('imposed shares b = (4/5, 1/10, 1/10) leave inaction the only SPE', () => {
    // Oracle: MODEL.md, "Bridging the two stages"
    const r = bridge(IMPOSED_SHARES, WORKED_EXAMPLE);
    expect(formatRational(r.shares.bT)).toBe('4/5');
    expect(r.analysis.spe.map((e) => formatPlan(e.plan))).toEqual(['(C; C: Nom, Form; F: Nom, Form)']);
    expect(r.inactionIsOnlySpe).toBe(true);
    expect(r.cooperationIsSpe).toBe(false);
  });

  it('maps a stage-1 split of the credit pool into shares', () => {
    // The negotiated shares are the split (3/7, 4/7) of the pool 7/10 that T does not keep.
    const shares = creditSharesFromSplit({ K: '3/7' }, '7/10');
    expect([shares.bK, shares.bS].map((x) => formatRational(x as never))).toEqual(['3/10', '2/5']);
    expect(bridge(shares, WORKED_EXAMPLE).cooperationIsSpe).toBe(true);
  });

  it('refuses impossible splits and shares', () => {
    expect(() => creditSharesFromSplit({ K: '3/5', S: '3/5' })).toThrow(InvalidArgumentError);
    expect(() => creditSharesFromSplit({ K: '1/2' }, 2)).toThrow(/pool/);
    expect(() => bridge({ bK: '4/5', bS: '2/5' }, WORKED_EXAMPLE)).toThrow(/bK \+ bS <= 1/);
  });
});
