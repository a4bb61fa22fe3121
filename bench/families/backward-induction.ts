/**
 * Backward induction on random perfect-information trees (binary and ternary branching, 2–3 players, 5 %
 * chance nodes, integer payoffs in [0, 1000)), generated in compiled form by seed. Timed: the exact
 * solve (canonical equilibrium, exact count of all pure SPE) — not the generation.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  type CompiledTree,
  compiledTreeBytes,
  randomPerfectInfoTree,
  solveCompiledTree,
  writeCompiledEfg,
} from '../../src/solve/spe/index.js';
import { defineFamily } from '../family.js';

const sizes = (quick: boolean): number[] =>
  quick ? [10_000, 100_000, 1_000_000] : [10_000, 100_000, 1_000_000, 3_000_000, 10_000_000];

export default defineFamily<CompiledTree>({
  name: 'backward-induction',
  description:
    'all pure SPE (exact count) + one SPE of random perfect-information trees; 5% chance nodes; payoffs 0..999',
  unit: 'nodes',
  cases: (quick) =>
    sizes(quick).flatMap((n) => [
      { label: `b2-p2-${n.toExponential(0)}`, size: n, params: { branching: 2, players: 2 } },
      { label: `b3-p3-${n.toExponential(0)}`, size: n, params: { branching: 3, players: 3 } },
    ]),
  setup: (c, seed) =>
    randomPerfectInfoTree({
      nodes: c.size,
      branching: Number(c.params?.['branching'] ?? 2),
      players: Number(c.params?.['players'] ?? 2),
      chanceFraction: 0.05,
      payoffRange: 1000,
      seed,
    }),
  run: (tree) => {
    const r = solveCompiledTree(tree);
    if (r.stopped !== null) throw new Error(`backward induction stopped: ${r.stopped}`);
    const digits = r.count === null ? 0 : r.count.toString().length;
    return {
      units: tree.nodeCount,
      accountedBytes: compiledTreeBytes(tree) + (r.stats['workBytes'] ?? 0),
      extra: {
        countDigits: digits,
        tieNodes: r.stats['tieNodes'] ?? 0,
        valueSetNodes: r.stats['valueSetNodes'] ?? 0,
        numberMode: r.stats['numberMode'] ?? 0,
      },
    };
  },
  write: (tree, path) => {
    const fd = openSync(path, 'w');
    try {
      writeCompiledEfg(tree, (chunk) => writeSync(fd, chunk), { title: 'random perfect-information tree' });
    } finally {
      closeSync(fd);
    }
  },
  extension: 'efg',
});
