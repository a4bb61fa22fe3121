import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// MODEL.md, first worked example (weakest-link regime)
const worked = {
  V: 10,
  bT: '3/10',
  bK: '3/10',
  bS: '2/5',
  cK: 2,
  cS: '5/2',
  eT: '1/2',
  rhoA: 2,
  phi: '1/2',
  lambdaK: 0,
  lambdaS: 0,
  qP: 0,
};

describe('subgame governance compliance', () => {
  it('reproduces MODEL.md’s first worked example in --json (exact strings)', async () => {
    const r = await run(['governance', 'compliance', '--params', 'p.json', '--json'], {
      'p.json': JSON.stringify(worked),
    });
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

describe('subgame governance negotiation', () => {
  it('reports shares per regime and the regime G prefers (MODEL.md N1, N2)', async () => {
    const params = { deltaG: '9/10', deltaS: '8/10', regimes: [3, 'indefinite'], grid: 25 };
    const r = await run(['governance', 'negotiation', '--params', JSON.stringify(params), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { regimes: { regime: string; shares: { G: string } }[]; preferredRegime?: unknown };
    // Oracle: MODEL.md N1: (δ_G, δ_S) = (9/10, 8/10), N = 3 → 23/25
    expect(j.regimes.find((x) => x.regime === 'limited 3')?.shares.G).toBe('23/25');
  });
});

describe('subgame paper', () => {
  it('checks every claim of MODEL.md and writes the three figures', async () => {
    const r = await run(['paper', '--json', '--quiet', '--out', 'figs']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { claims: { id: string; holds: boolean }[]; allHold: boolean; figures: string[] };
    expect(j.claims.map((c) => c.id)).toEqual([
      'N1',
      'N1b',
      'N2',
      'N3',
      'N4',
      'N5',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'R1',
      'R2',
      'B1',
    ]);
    expect(j.claims.filter((c) => !c.holds)).toEqual([]);
    expect(j.allHold).toBe(true);
    expect(Object.keys(r.written).sort()).toEqual([
      'figs/compliance-tree.svg',
      'figs/phase-diagram.svg',
      'figs/stage1-shares.svg',
    ]);
    expect(r.written['figs/compliance-tree.svg']).toMatch(/^<svg/);
  });
});
