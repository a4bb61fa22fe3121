import { describe, expect, it } from 'vitest';
import { writeEfg, writeNfg } from '../../src/formats/index.js';
import { bimatrixGame, buildTree, chance, decision, terminal } from '../../src/game/index.js';
import { run } from './helpers.js';

const entry = writeEfg(
  buildTree({
    title: 'Entry',
    players: ['Entrant', 'Incumbent'],
    root: decision('Entrant', [
      ['Out', terminal([0, 2])],
      [
        'In',
        decision('Incumbent', [
          ['Fight', terminal([-1, -1])],
          ['Accommodate', terminal([1, 1])],
        ]),
      ],
    ]),
  }),
);
// A perfect-information game with ties everywhere: 2 × 2 × 2 = 8 pure SPE.
const ties = writeEfg(
  buildTree({
    players: ['A', 'B'],
    root: decision('A', [
      [
        'l',
        decision('B', [
          ['x', terminal([0, 0])],
          ['y', terminal([0, 0])],
        ]),
      ],
      [
        'r',
        decision('B', [
          ['x', terminal([0, 0])],
          ['y', terminal([0, 0])],
        ]),
      ],
    ]),
  }),
);
const pennies = writeNfg(
  bimatrixGame(
    [
      [1, -1],
      [-1, 1],
    ],
    [
      [-1, 1],
      [1, -1],
    ],
  ),
);

describe('subgame solve', () => {
  it('prints Gambit NE lines for all pure SPE (exit 0)', async () => {
    const r = await run(['solve', 'entry.efg', '--method', 'spe'], { 'entry.efg': entry });
    expect(r.code).toBe(0);
    expect(r.out).toBe('NE,0,1,0,1\n');
  });

  it('reads standard input for -', async () => {
    const r = await run(['solve', '-', '--method', 'enummixed'], {}, pennies);
    expect(r.out).toBe('NE,1/2,1/2,1/2,1/2\n');
  });

  it('prints decimals with --float', async () => {
    const r = await run(['solve', '-', '--method', 'enummixed', '--float', '3'], {}, pennies);
    expect(r.out).toBe('NE,0.500,0.500,0.500,0.500\n');
  });

  it('prints JSON with provenance', async () => {
    const r = await run(['solve', 'entry.efg', '--method', 'spe', '--json'], { 'entry.efg': entry });
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      method: 'spe',
      exact: true,
      representation: 'behavior',
      complete: true,
      stopped: null,
    });
    expect(json['equilibria']).toEqual([
      {
        profile: [
          ['0', '1'],
          ['0', '1'],
        ],
      },
    ]);
  });

  it('solves a tree on its reduced strategic form with --strategic', async () => {
    const r = await run(['solve', 'entry.efg', '--method', 'enumpure', '--strategic'], { 'entry.efg': entry });
    expect(r.out.split('\n').filter(Boolean).sort()).toEqual(['NE,0,1,0,1', 'NE,1,0,1,0']);
  });

  it('refuses a game out of scope with exit 1', async () => {
    const r = await run(['solve', 'entry.efg', '--method', 'lp'], { 'entry.efg': entry });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/lp/);
  });

  it('reports bad input with file:line:column and exit 2', async () => {
    const r = await run(['solve', 'bad.efg', '--method', 'spe'], { 'bad.efg': 'EFG 3 R "x" { "A" }\n' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bad\.efg:1:5: /);
    expect(r.err.match(/bad\.efg:1:5/g)).toHaveLength(1);
    const missing = await run(['solve', 'nope.efg', '--method', 'spe']);
    expect(missing.code).toBe(2);
    const method = await run(['solve', 'entry.efg', '--method', 'magic'], { 'entry.efg': entry });
    expect(method.code).toBe(2);
  });

  it('stops at a budget with what it found and exit 3', async () => {
    const r = await run(['solve', 'ties.efg', '--method', 'spe', '--max-equilibria', '3'], { 'ties.efg': ties });
    expect(r.code).toBe(3);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(3);
    expect(r.err).toMatch(/warning/);
  });

  it('solves chance games with lcp and every line is an equilibrium', async () => {
    const game = buildTree({
      players: ['A', 'B'],
      root: chance([
        [
          'h',
          '1/2',
          decision(
            'A',
            [
              ['a', terminal([1, 0])],
              ['b', terminal([0, 1])],
            ],
            { infoset: 'A' },
          ),
        ],
        [
          't',
          '1/2',
          decision(
            'A',
            [
              ['a', terminal([0, 1])],
              ['b', terminal([1, 0])],
            ],
            { infoset: 'A' },
          ),
        ],
      ]),
    });
    const r = await run(['solve', 'c.efg', '--method', 'lcp'], { 'c.efg': writeEfg(game) });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^NE,/);
  });
});

describe('subgame solve --method sequential', () => {
  it('prints a quasi-perfect assessment with beliefs for two players', async () => {
    // Selten-style entry game with an information set: beliefs must be reported there
    const game = buildTree({
      players: ['Entrant', 'Incumbent'],
      root: decision('Entrant', [
        ['Out', terminal([0, 2])],
        [
          'In1',
          decision(
            'Incumbent',
            [
              ['Fight', terminal([-1, -1])],
              ['Acc', terminal([1, 1])],
            ],
            { infoset: 'I' },
          ),
        ],
        [
          'In2',
          decision(
            'Incumbent',
            [
              ['Fight', terminal([-2, 0])],
              ['Acc', terminal([2, 1])],
            ],
            { infoset: 'I' },
          ),
        ],
      ]),
    });
    const r = await run(['solve', 'g.efg', '--method', 'sequential', '--json'], { 'g.efg': writeEfg(game) });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { method: string; equilibria: { profile: string[][]; beliefs: string[][] }[] };
    expect(json.method).toBe('quasi-perfect');
    const eq = json.equilibria[0];
    expect(eq?.profile).toEqual([
      ['0', '0', '1'],
      ['0', '1'],
    ]);
    expect(eq?.beliefs[1]).toEqual(['0', '1']);
  });
});
