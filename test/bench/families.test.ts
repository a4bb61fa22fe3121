import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchFamily } from '../../bench/family.js';
import { formatCount, negotiationFamily, negotiationNodes } from '../../bench/families/negotiation.js';
import { binaryPerfectInfoTree, binaryTreeNodes } from '../../bench/generators/binary-tree.js';
import { seriesKey } from '../../bench/lib/escalation.js';
import { familyFiles, loadFamilies } from '../../bench/lib/load.js';
import { parseGame, writeEfg } from '../../src/formats/index.js';
import { negotiationGame } from '../../src/governance/negotiation.js';
import { subgamePerfect } from '../../src/solve/spe/index.js';
import { isSubgamePerfect } from '../../src/verify/index.js';

const all: BenchFamily[] = (await Promise.all(familyFiles().map(loadFamilies))).flat();
const dir = mkdtempSync(join(tmpdir(), 'subgame-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the registered families', () => {
  it('include the families of issue #8', () => {
    const names = all.map((f) => f.name);
    for (const name of [
      'backward-induction',
      'bimatrix/enummixed',
      'bimatrix/supportenum',
      'bimatrix/lemkehowson',
      'spe/binary-tree',
      'governance/negotiation-spe',
      'governance/compliance-sweep',
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(all.map((f) => [f.name, f] as const))(
    '%s has quick cases, unique labels, sizes growing per series',
    (_, f) => {
      const quick = f.cases(true);
      const full = f.cases(false);
      expect(quick.length).toBeGreaterThan(0);
      expect(quick.length).toBeLessThanOrEqual(full.length);
      for (const cases of [quick, full]) {
        expect(new Set(cases.map((c) => c.label)).size).toBe(cases.length);
        const last = new Map<string, number>();
        for (const c of cases) {
          expect(c.size).toBeGreaterThanOrEqual(last.get(seriesKey(c)) ?? Number.NEGATIVE_INFINITY);
          last.set(seriesKey(c), c.size);
        }
      }
    },
  );
});

describe('binary perfect-information trees', () => {
  it('have 2^(d+1) − 1 nodes, are deterministic in the seed, and round-trip through .efg', () => {
    const a = writeEfg(binaryPerfectInfoTree(5, 7));
    expect(binaryPerfectInfoTree(5, 7).nodes.length).toBe(binaryTreeNodes(5));
    expect(writeEfg(binaryPerfectInfoTree(5, 7))).toBe(a);
    expect(writeEfg(binaryPerfectInfoTree(5, 8))).not.toBe(a);
    const back = parseGame(a);
    expect(back.kind).toBe('extensive');
    expect(back.kind === 'extensive' ? back.nodes.length : 0).toBe(63);
    expect(() => binaryPerfectInfoTree(0, 1)).toThrow(RangeError);
  });

  it('give subgame-perfect equilibria that the independent checker confirms', () => {
    // Arrange: a small payoff range, so that ties (several SPE) occur
    let most = 0n;
    for (const seed of [1, 2, 3]) {
      const game = binaryPerfectInfoTree(4, seed, 3);
      // Act
      const r = subgamePerfect(game);
      // Assert
      expect(r.complete).toBe(true);
      expect(BigInt(r.equilibria.length)).toBe(r.count);
      for (const eq of r.equilibria) expect(isSubgamePerfect(game, eq)).toBe(true);
      most = (r.count ?? 0n) > most ? (r.count ?? 0n) : most;
    }
    expect(most).toBeGreaterThan(1n);
  });
});

describe('negotiation family', () => {
  it('predicts the tree size of negotiationGame', () => {
    for (const [k, n] of [
      [4, 2],
      [4, 3],
      [9, 2],
      [2, 4],
    ] as const) {
      expect(negotiationNodes(k, n)).toBe(
        negotiationGame({ deltaG: '1/2', deltaS: '1/2', rounds: n, grid: k }).nodes.length,
      );
    }
  });

  it('prints small counts in full and large ones by their digits', () => {
    expect(formatCount(424_673_280n)).toBe('424673280');
    expect(formatCount(10n ** 20n * 19n)).toBe('22 digits (1.90e21)');
    expect(formatCount(undefined)).toBe('?');
  });

  it('reports the exact SPE count at the smallest case, with listed equilibria that are subgame-perfect', async () => {
    // Arrange
    const c = negotiationFamily.cases(true)[0];
    if (c === undefined) throw new Error('no quick case');
    const game = negotiationFamily.setup(c, 1);
    // Act
    const r = await negotiationFamily.run(game);
    const direct = subgamePerfect(game, { maxEquilibria: 100 });
    // Assert
    expect(r.units).toBe(negotiationNodes(4, 2));
    expect(r.extra?.['speCount']).toBe(String(direct.count));
    for (const eq of direct.equilibria) expect(isSubgamePerfect(game, eq)).toBe(true);
  });
});

describe('game writers (--write-games)', () => {
  const writers = all.filter((f) => f.write !== undefined);

  it.each(writers.map((f) => [f.name, f] as const))(
    '%s writes its smallest quick case as a file subgame reads back',
    (_, f) => {
      const c = f.cases(true)[0];
      if (c === undefined || f.write === undefined) throw new Error('no quick case');
      const path = join(dir, `${f.name.replace(/\W+/g, '_')}.${f.extension ?? 'txt'}`);
      f.write(f.setup(c, 1), path);
      const game = parseGame(readFileSync(path, 'utf8'));
      expect(game.kind).toBe(f.extension === 'nfg' ? 'strategic' : 'extensive');
    },
  );
});
