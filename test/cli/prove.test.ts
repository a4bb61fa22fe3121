import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/verify/index.js';
import { run } from './helpers.js';

const claim = readFileSync(new URL('../../examples/claims/entry-deterrence.json', import.meta.url), 'utf8');

describe('subgame prove', () => {
  it('proves the example claim and writes a certificate the independent checker accepts', async () => {
    const r = await run(['prove', 'c.json', '--certificate', 'cert.json'], { 'c.json': claim });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^entry-accommodate: proved/);
    expect(checkCertificate(JSON.parse(r.written['cert.json'] ?? 'null')).ok).toBe(true);
  });

  it('refutes the claim without its key assumption, with exact values (exit 1)', async () => {
    const weaker = JSON.stringify({ ...JSON.parse(claim), assume: ['s >= 0'] });
    const r = await run(['prove', 'c.json', '--json'], { 'c.json': weaker });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { status: string; counterexample: { values: Record<string, string> } };
    expect(json.status).toBe('refuted');
    const { a, f } = json.counterexample.values;
    expect(Number(eval0(a)) + Number(eval0(f))).toBeLessThan(0);
  });

  it('reports a malformed claim as bad input (exit 2)', async () => {
    const bad = JSON.stringify({ ...JSON.parse(claim), concept: 'perfect' });
    const r = await run(['prove', 'c.json'], { 'c.json': bad });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/concept/);
    const expr = JSON.stringify({ ...JSON.parse(claim), assume: ['sin(a) > 0'] });
    expect((await run(['prove', 'c.json'], { 'c.json': expr })).code).toBe(2);
  });
});

/** Value of exact text like "-1/2". */
function eval0(text: string | undefined): number {
  const [n, d] = (text ?? '0').split('/');
  return Number(n) / Number(d ?? '1');
}
