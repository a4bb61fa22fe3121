/**
 * The executable claims C1–C5, R1, R2, B1 (what proofs/governance/*.proof.ts run): each is proved and its
 * certificate, written to JSON and read back, passes the independent checker; weakened hypotheses make the
 * proofs fail (nothing is hard-coded).
 */
import { describe, expect, it } from 'vitest';
import {
  C1_CONDITIONS,
  COMPLIANCE_PARAMETERS,
  DILEMMA_EXAMPLE,
  INACTION_PLAN,
  REMEDY_CLAIMS,
  STAGE2_CLAIMS,
  complianceDomain,
  complianceGameParametric,
  complianceProfile,
  proveByDominance,
} from '../../src/governance/index.js';
import { certificateToJson } from '../../src/param/certificate.js';
import { prove } from '../../src/param/prove.js';
import { checkCertificate } from '../../src/verify/certificate.js';

describe('governance claims (proofs/governance)', () => {
  for (const claim of [...STAGE2_CLAIMS, ...REMEDY_CLAIMS]) {
    it(`${claim.id} is proved and its certificate re-checks`, () => {
      const r = claim.run();
      expect(r.status).toBe('proved');
      if (r.status !== 'proved') return;
      const json = JSON.parse(
        JSON.stringify(certificateToJson(r.certificate, { id: claim.id, statement: claim.statement })),
      ) as unknown;
      const check = checkCertificate(json);
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);
    }, 30_000);
  }

  it('fails without rhoA >= eT (C1 is not hard-coded)', () => {
    const game = complianceGameParametric();
    const dom = complianceDomain();
    const r = prove({
      game,
      profile: complianceProfile(game, INACTION_PLAN),
      concept: 'spe',
      assume: [...dom.assume, ...C1_CONDITIONS.slice(0, 2)],
      claim: 'equilibrium',
      nonnegative: dom.nonnegative,
    });
    expect(r.status).not.toBe('proved');
  });

  it('fails when a dilemma condition is too weak (C3 is not hard-coded)', () => {
    // Dilemma example with cK symbolic: K's Sub is strictly dominated after F iff cK > 2; assuming only cK >= 1 must fail.
    const values = Object.fromEntries(
      COMPLIANCE_PARAMETERS.filter((k) => k !== 'cK').map((k) => [k, DILEMMA_EXAMPLE[k]]),
    );
    const game = complianceGameParametric(values);
    expect(proveByDominance({ game, target: INACTION_PLAN, assume: ['cK >= 1'], nonnegative: ['cK'] }).status).not.toBe(
      'proved',
    );
    expect(proveByDominance({ game, target: INACTION_PLAN, assume: ['cK > 2'], nonnegative: ['cK'] }).status).toBe(
      'proved',
    );
  });
});
