import { describe, expect, it } from 'vitest';
import { claim as grim } from '../../proofs/grim-trigger.proof.js';
import { claim as inspection } from '../../proofs/inspection.proof.js';
import { certificateToJson } from '../../src/param/certificate.js';
import { checkCertificate } from '../../src/verify/certificate.js';

describe('known-result proofs (proofs/)', () => {
  for (const c of [grim, inspection]) {
    it(`${c.id}: proved, and the certificate passes the independent checker`, async () => {
      const r = await c.run();
      expect(r.status).toBe('proved');
      if (r.status !== 'proved') return;
      const check = checkCertificate(JSON.parse(JSON.stringify(certificateToJson(r.certificate, { id: c.id }))));
      expect(check.problems).toEqual([]);
      expect(check.checked).toBeGreaterThan(0);
    });
  }
});
