import { describe, expect, it } from 'vitest';
import { certificateToJson } from '../../src/param/certificate.js';
import { proveImplication } from '../../src/param/implication.js';
import { type CertificateJson, checkCertificate } from '../../src/verify/certificate.js';

type Mutable = {
  goals: { terms: { coefficient: string; factors: string[] }[]; goal: unknown; strict: boolean }[];
  atoms: { strict: boolean }[];
  identities: unknown[];
};

function certificate(): CertificateJson & Mutable {
  const r = proveImplication({ assume: ['0 < g < p', '0 < k < r'], goals: ['p*r > 0', 'r - k >= 0'] });
  if (r.status !== 'proved') throw new Error('expected a proof');
  return JSON.parse(JSON.stringify(certificateToJson(r.certificate))) as CertificateJson & Mutable;
}

describe('checkCertificate (independent checker)', () => {
  it('accepts a certificate written by the prover', () => {
    expect(checkCertificate(certificate())).toEqual({ ok: true, checked: 2, problems: [] });
  });

  it('rejects a changed multiplier, a negative multiplier, a changed goal and a fake strict goal', () => {
    const changed = certificate();
    const t0 = changed.goals[0]?.terms[0];
    if (t0 !== undefined) t0.coefficient = '2';
    expect(checkCertificate(changed).ok).toBe(false);

    const negative = certificate();
    negative.goals[1]?.terms.push({ coefficient: '-1', factors: ['A1'] }, { coefficient: '1', factors: ['A1'] });
    expect(checkCertificate(negative).problems.some((p) => p.includes('nonnegative'))).toBe(true);

    const goal = certificate();
    const g1 = goal.goals[1];
    if (g1 !== undefined) g1.goal = [['1', { r: 1 }]];
    expect(checkCertificate(goal).ok).toBe(false);

    const strict = certificate();
    const s1 = strict.goals[1];
    if (s1 !== undefined) s1.strict = true;
    for (const a of strict.atoms) a.strict = false;
    expect(checkCertificate(strict).problems.some((p) => p.includes('strict'))).toBe(true);
  });

  it('rejects unknown atoms and documents that are not certificates', () => {
    const c = certificate();
    const term = c.goals[0]?.terms[0];
    if (term !== undefined) term.factors = ['Z9'];
    expect(checkCertificate(c).ok).toBe(false);
    expect(checkCertificate({ format: 'other' }).ok).toBe(false);
    expect(checkCertificate(null).ok).toBe(false);
  });

  it('checks identities', () => {
    const c = {
      ...certificate(),
      identities: [{ label: 'x', left: [['1', { x: 2 }]], right: [['1', { x: 1 }]], text: '' }],
    };
    expect(checkCertificate(c).problems[0]).toMatch(/identity "x" fails/);
  });
});
