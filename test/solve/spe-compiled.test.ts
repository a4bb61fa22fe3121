import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEfg } from '../../src/formats/index.js';
import { InvalidArgumentError } from '../../src/game/index.js';
import { formatRational } from '../../src/numeric/index.js';
import {
  backwardInduction,
  compiledEquilibria,
  randomPerfectInfoTree,
  solveCompiledTree,
  validateCompiledTree,
  writeCompiledEfg,
} from '../../src/solve/spe/index.js';
import type { CompiledTree } from '../../src/solve/spe/index.js';
import { isSubgamePerfectPure } from '../../src/verify/index.js';
import { pureOf } from './spe-helpers.js';

const efgOf = (tree: CompiledTree): string => {
  let text = '';
  writeCompiledEfg(
    tree,
    (chunk) => {
      text += chunk;
    },
    { chunkSize: 64 },
  );
  return text;
};

describe('compiled trees', () => {
  it('solve to the same equilibria as the object model read back from the written .efg', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 5, max: 40 }),
        fc.constantFrom(2, 3),
        fc.constantFrom(2, 3),
        (seed, nodes, players, range) => {
          // Arrange
          const tree = randomPerfectInfoTree({
            nodes,
            players,
            payoffRange: range,
            chanceFraction: 0.25,
            innerOutcomeFraction: 0.2,
            seed,
          });
          validateCompiledTree(tree);
          const game = parseEfg(efgOf(tree));
          // Act
          const fast = solveCompiledTree(tree, { retainSets: true });
          const listed = [...compiledEquilibria(fast)].map((p) => [...p].join(',')).sort();
          const reference = backwardInduction(game, { maxEquilibria: 100_000 });
          // Assert
          expect(game.nodes).toHaveLength(tree.nodeCount);
          expect(fast.count).toBe(reference.count);
          expect(BigInt(listed.length)).toBe(fast.count);
          expect(listed).toEqual(reference.equilibria.map((e) => pureOf(e).join(',')).sort());
          expect(fast.value).not.toBeNull();
          // a tree without decision nodes has one (empty) equilibrium, listed as ''
          for (const p of listed.slice(0, 5))
            expect(isSubgamePerfectPure(game, p === '' ? [] : p.split(',').map(Number))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('give the same count and value on the double and the bigint paths (non-common priors)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (seed) => {
        const tree = randomPerfectInfoTree({
          nodes: 400,
          players: 3,
          payoffRange: 4,
          chanceFraction: 0.2,
          nonCommonPriors: true,
          seed,
        });
        const a = solveCompiledTree(tree);
        const b = solveCompiledTree(tree, { forceGeneral: true });
        expect(a.stats['numberMode']).toBe(1);
        expect(b.count).toBe(a.count);
        expect(b.value?.map(formatRational)).toEqual(a.value?.map(formatRational));
      }),
      { numRuns: 15 },
    );
  });

  it('are deterministic by seed and reach the requested size', () => {
    const a = randomPerfectInfoTree({ nodes: 10_000, branching: [2, 3], players: 3, seed: 42 });
    const b = randomPerfectInfoTree({ nodes: 10_000, branching: [2, 3], players: 3, seed: 42 });
    expect(a.nodeCount).toBeGreaterThanOrEqual(10_000);
    expect(a.nodeCount).toBeLessThan(10_003);
    expect(Buffer.from(a.mover.buffer).equals(Buffer.from(b.mover.buffer))).toBe(true);
    expect(solveCompiledTree(a).count).toBe(solveCompiledTree(b).count);
  });

  it('report a stop on the node budget', () => {
    const tree = randomPerfectInfoTree({ nodes: 5000, seed: 3 });
    const r = solveCompiledTree(tree, { maxNodes: 100 });
    expect(r.stopped).toBe('nodes');
    expect(r.count).toBeNull();
  });

  it('are validated', () => {
    const tree = randomPerfectInfoTree({ nodes: 10, seed: 1 });
    const broken = { ...tree, children: tree.children.map(() => tree.nodeCount - 1) };
    expect(() => validateCompiledTree(broken)).toThrow(InvalidArgumentError);
  });
});
