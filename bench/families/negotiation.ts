/**
 * Bench family: the stage-1 negotiation tree of MODEL.md (`negotiationGame`, limited regime of N rounds,
 * offers on the grid 0, 1/k, …, 1, alternating proposers, G first) solved for all pure subgame-perfect
 * equilibria (`subgamePerfect`, the backward-induction path: exact count, listing capped). Parameters
 * δ_G = δ_S = 1/2 and fallback z_G = z_S = 0, so the responder in the last round is indifferent at offer 0
 * and ties multiply the equilibria: the count column is the exact number of pure SPE. Series: one per grid
 * k, growing horizon N (the size). Building the tree is not timed (see the setup column of the JSON file).
 * @remarks Since 0.1.0
 */
import { writeFileSync } from 'node:fs';
import { writeEfg } from '../../src/formats/efg-write.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { negotiationGame } from '../../src/governance/negotiation.js';
import type { Rational } from '../../src/numeric/rational.js';
import { subgamePerfect } from '../../src/solve/spe/index.js';
import { type BenchFamily, type BenchCase, defineFamily } from '../family.js';

/** Nodes of the limited-regime tree with grid k and N rounds (one type, no exit, no disclosure). @remarks Since 0.1.0 */
export function negotiationNodes(grid: number, rounds: number): number {
  let below = 1; // the no-agreement leaf after round N
  for (let t = rounds; t >= 1; t--) below = 1 + (grid + 1) * (2 + below);
  return below;
}

/**
 * (grid k, horizons N) of the full run: every tree the builder accepts (its estimate (2(k + 1))^N of the leaves
 * must stay under `MAX_NEGOTIATION_LEAVES`, 2 000 000), so the largest are well under the 30 s cap.
 */
const FULL: readonly (readonly [number, readonly number[]])[] = [
  [4, [2, 3, 4, 5, 6]],
  [9, [2, 3, 4]],
  [19, [2, 3]],
  [49, [2, 3]],
  [99, [2]],
];
const QUICK: readonly (readonly [number, readonly number[]])[] = [
  [4, [2, 3, 4]],
  [9, [3]],
];

/** Large counts as `d digits (1.93e43)`, small ones in full. */
export function formatCount(count: bigint | undefined): string {
  if (count === undefined) return '?';
  const s = count.toString();
  return s.length <= 15 ? s : `${s.length} digits (${s[0]}.${s.slice(1, 3)}e${s.length - 1})`;
}

const cases = (quick: boolean): BenchCase[] =>
  (quick ? QUICK : FULL).flatMap(([k, horizons]) =>
    horizons.map((n) => ({
      label: `k=${k} N=${n} (${negotiationNodes(k, n).toLocaleString('en-US')} nodes)`,
      size: n,
      params: { grid: k },
    })),
  );

/** All pure SPE of the negotiation tree at growing grids and horizons. @remarks Since 0.1.0 */
export const negotiationFamily: BenchFamily<ExtensiveGame<Rational>> = defineFamily({
  name: 'governance/negotiation-spe',
  description:
    'all pure SPE (subgamePerfect → backward induction, listing capped at 100, exact count) of the stage-1 ' +
    'negotiation tree (negotiationGame: limited regime, N rounds, grid k, δ_G = δ_S = 1/2, z = 0); size = N, ' +
    'one series per grid k',
  unit: 'nodes',
  cases,
  setup: (c) =>
    negotiationGame({ deltaG: '1/2', deltaS: '1/2', zG: 0, zS: 0, rounds: c.size, grid: Number(c.params?.['grid']) }),
  run: (game) => {
    const r = subgamePerfect(game, { maxEquilibria: 100 });
    if (r.stopped !== null && r.stopped !== 'equilibria') throw new Error(`subgamePerfect stopped: ${r.stopped}`);
    const s = r.stats ?? {};
    return {
      units: game.nodes.length,
      extra: {
        speCount: formatCount(r.count),
        listed: r.equilibria.length,
        compiledNodes: s['compiledNodes'] ?? 0,
        tieNodes: s['tieNodes'] ?? 0,
      },
    };
  },
  write: (game, path) => writeFileSync(path, writeEfg(game)),
  extension: 'efg',
});
