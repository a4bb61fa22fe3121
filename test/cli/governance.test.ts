import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// MODEL.md, first worked example (weakest-link regime)
const worked = { V: 10, bT: '3/10', bK: '3/10', bS: '2/5', cK: 2, cS: '5/2', eT: '1/2', rhoA: 2, phi: '1/2', lambdaK: 0, lambdaS: 0, qP: 0 };

describe('subgame governance compliance', () => {
  it('reproduces MODEL.md’s first worked example in --json (exact strings)', async () => {
    const r = await run(['governance', 'compliance', '--params', 'p.json', '--json'], { 'p.json': JSON.stringify(worked) });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      spe: { play: string[]; payoffs: Record<string, string> }[];
      mixed: { afterF: { kSub: string; sSub: string } };
      riskDominance: { inactionProduct: string; cooperationProduct: string };
      dissipation: string;
      trust: { deltaStar: string };
    };
    // Oracle: MODEL.md worked example: SPE outcomes (C, Nom, Form) with (−1/2, 0, 0) and (F, Sub, Sub) with (3, 1, 3/2)
    expect(j.spe.map((e) => [e.play.join(' '), Object.values(e.payoffs).join(' ')])).toEqual([
      ['C Nom Form', '-1/2 0 0'],
      ['F Sub Sub', '3 1 3/2'],
    ]);
    // mixed after F: K substantive w.p. 5/8, S w.p. 2/3; risk products 5 and 3/2; dissipation 6; δ* = 0
    expect(j.mixed.afterF).toMatchObject({ kSub: '5/8', sSub: '2/3' });
    expect([j.riskDominance.inactionProduct, j.riskDominance.cooperationProduct]).toEqual(['5', '3/2']);
    expect(j.dissipation).toBe('6');
    expect(j.trust.deltaStar).toBe('0');
  });

  it('accepts inline JSON and prints a readable report', async () => {
    const r = await run(['governance', 'compliance', '--params', JSON.stringify(worked)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/play: C, Nom, Form/);
  });

  it('names impossible parameters (exit 2)', async () => {
    const r = await run(['governance', 'compliance', '--params', JSON.stringify({ ...worked, phi: '3/2' })]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/phi/);
  });
});
