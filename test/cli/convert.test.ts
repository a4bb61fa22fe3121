import { describe, expect, it } from 'vitest';
import { parseGame, writeEfg } from '../../src/formats/index.js';
import { buildTree, decision, terminal } from '../../src/game/index.js';
import { describeCorpus, readCorpus } from '../helpers/corpus.js';
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

describe('subgame convert', () => {
  it('writes the reduced strategic form of a tree as .nfg', async () => {
    const r = await run(['convert', 'entry.efg', '--to', 'nfg'], { 'entry.efg': entry });
    expect(r.code).toBe(0);
    const nfg = parseGame(r.out);
    expect(nfg.kind).toBe('strategic');
    expect(nfg.kind === 'strategic' && nfg.strategies.map((s) => s.length)).toEqual([2, 2]);
  });

  it('round-trips through JSON and back to .efg', async () => {
    const json = await run(['convert', 'entry.efg', '--to', 'json'], { 'entry.efg': entry });
    const back = await run(['convert', 'entry.json', '--to', 'efg'], { 'entry.json': json.out });
    expect(back.out).toBe(entry);
  });

  it('writes to a file with -o', async () => {
    const r = await run(['convert', 'entry.efg', '--to', 'json', '-o', 'out.json'], { 'entry.efg': entry });
    expect(r.out).toBe('');
    expect(JSON.parse(r.written['out.json'] ?? '{}')).toMatchObject({ type: 'extensive' });
  });

  it('rejects unknown formats and strategic games as .efg', async () => {
    expect((await run(['convert', 'entry.efg', '--to', 'xls'], { 'entry.efg': entry })).code).toBe(2);
    const nfg = (await run(['convert', 'entry.efg', '--to', 'nfg'], { 'entry.efg': entry })).out;
    const r = await run(['convert', 'g.nfg', '--to', 'efg'], { 'g.nfg': nfg });
    expect(r.code).toBe(2);
  });
});

describeCorpus('subgame convert on Gambit games', () => {
  it('refuses the reduced strategic form of tic-tac-toe by its size, counted without building it', async () => {
    // contrib/ttt.efg has about 10^10 reduced strategy profiles (issue 2)
    const r = await run(['convert', 'ttt.efg', '--to', 'nfg'], { 'ttt.efg': readCorpus('contrib/ttt.efg') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/16529 × 668360 = 11047322440 profiles/);
  });
});

describe('subgame render', () => {
  it('draws a tree with the SPE path highlighted', async () => {
    const r = await run(['render', 'entry.efg', '--method', 'spe'], { 'entry.efg': entry });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<svg/);
    expect((r.out.match(/stroke-width="4"/g) ?? []).length).toBe(2);
  });

  it('writes DOT', async () => {
    const r = await run(['render', 'entry.efg', '--format', 'dot'], { 'entry.efg': entry });
    expect(r.out).toMatch(/^digraph "Entry"/);
  });
});
