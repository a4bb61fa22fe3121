/**
 * Bench family: all pure subgame-perfect equilibria (`subgamePerfect`, which takes the backward-induction
 * path on perfect-information trees: compile, value sets, exact count, listing) of complete binary
 * perfect-information trees of depth d (`bench/generators/binary-tree.ts`), built as ordinary
 * `ExtensiveGame` objects — the whole pipeline a user runs, unlike the compiled-tree family
 * `backward-induction`. Reference: Gambit 16.4's subgame-perfect enumeration needs 1.4 s and 80 MB at
 * depth 12 (8,191 nodes) and does not finish depth 14 (32,767 nodes) in 100 s.
 * @remarks Since 0.1.0
 */
import { writeFileSync } from 'node:fs';
import { writeEfg } from '../../src/formats/efg-write.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { subgamePerfect } from '../../src/solve/spe/index.js';
import { type BenchFamily, defineFamily } from '../family.js';
import { binaryPerfectInfoTree, binaryTreeNodes } from '../generators/binary-tree.js';

const DEPTHS = [8, 10, 12, 14, 16, 18, 20];
const QUICK = [8, 12, 14];

/** All pure SPE of random binary perfect-information trees; size = depth. @remarks Since 0.1.0 */
export const speBinaryTreeFamily: BenchFamily<ExtensiveGame> = defineFamily({
  name: 'spe/binary-tree',
  description:
    'all pure SPE (subgamePerfect: compile + backward induction with value sets + exact count + listing up to ' +
    '10 000) of complete binary perfect-information trees, 2 players alternating, payoffs uniform in [0, 10⁶); ' +
    'size = depth',
  unit: 'nodes',
  cases: (quick) =>
    (quick ? QUICK : DEPTHS).map((d) => ({
      label: `d=${d} (${binaryTreeNodes(d).toLocaleString('en-US')} nodes)`,
      size: d,
    })),
  setup: (c, seed) => binaryPerfectInfoTree(c.size, seed + c.size),
  run: (game) => {
    const r = subgamePerfect(game);
    if (r.stopped !== null && r.stopped !== 'equilibria') throw new Error(`subgamePerfect stopped: ${r.stopped}`);
    const s = r.stats ?? {};
    return {
      units: game.nodes.length,
      extra: {
        speCount: String(r.count ?? '?'),
        listed: r.equilibria.length,
        tieNodes: s['tieNodes'] ?? 0,
        compiledNodes: s['compiledNodes'] ?? 0,
      },
    };
  },
  write: (game, path) => writeFileSync(path, writeEfg(game)),
  extension: 'efg',
});
