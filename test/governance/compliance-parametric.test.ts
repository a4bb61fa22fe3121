import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_PARAMETERS,
  WORKED_EXAMPLE,
  complianceDomain,
  complianceGame,
  complianceGameParametric,
  playPayoffs,
} from '../../src/governance/index.js';
import { InvalidArgumentError } from '../../src/game/index.js';
import { type Polynomial, polyFormat } from '../../src/numeric/polynomial.js';
import { POLY } from '../../src/param/arithmetic.js';
import { formatRational } from '../../src/numeric/rational.js';
import { gameParameters, instantiate } from '../../src/param/game.js';
import { arbComplianceParams } from '../../src/testing/governance.js';

const values = (p: typeof WORKED_EXAMPLE) => Object.fromEntries(COMPLIANCE_PARAMETERS.map((k) => [k, p[k]]));

describe('complianceGameParametric', () => {
  it('instantiates to the concrete game at any parameters', () => {
    const symbolic = complianceGameParametric();
    fc.assert(
      fc.property(arbComplianceParams(), (p) => {
        const a = instantiate(symbolic, values(p));
        const b = complianceGame(p);
        expect(a.outcomes.map((o) => o.payoffs.map(formatRational))).toEqual(
          b.outcomes.map((o) => o.payoffs.map(formatRational)),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('mixes numbers, symbols and expressions', () => {
    const g = complianceGameParametric({ ...values(WORKED_EXAMPLE), cK: 'cK', bT: '1 - bK - bS', bK: 'bK', bS: 'bS' });
    expect(gameParameters(g)).toEqual(['bK', 'bS', 'cK']);
    // (F, Sub, Sub): u_T = (1 - bK - bS)·10
    expect(polyFormat(playPayoffs(g, POLY, 'F', 'Sub', 'Sub')[0] as Polynomial)).toBe('-10*bK - 10*bS + 10');
    expect(complianceDomain({ bT: '1 - bK - bS' }).assume).toContain('bK + bS <= 1');
  });

  it('refuses unknown parameters', () => {
    expect(() => complianceGameParametric({ nope: 1 } as never)).toThrow(InvalidArgumentError);
  });
});
