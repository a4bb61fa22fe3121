/**
 * Bench families: N-card Kuhn poker (`bench/generators/kuhn.ts`) solved by sequence-form Lemke (`lcp`) and
 * by the zero-sum sequence-form LP (`lp`). Units are pivots; the extra columns give the exact sizes (nodes,
 * sequences per player, LCP dimension) and where the time goes (building the LCP, floating-point pivoting,
 * the exact certificate, exact fallback pivots). Reference: Gambit 17's `gambit-lcp` needs about 1.6 s for
 * 8 cards and 29 s for 12 cards (the brief of this family).
 * @remarks Since 0.1.0
 */
import { writeFileSync } from 'node:fs';
import { writeEfg } from '../../src/formats/efg-write.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { lcp } from '../../src/solve/lcp/index.js';
import { lp } from '../../src/solve/lp/index.js';
import type { SolveResult } from '../../src/solve/types.js';
import { type BenchFamily, type BenchRunResult, defineFamily } from '../family.js';
import { kuhnPoker, kuhnSizes } from '../generators/kuhn.js';

/** Card counts: the issue asks N = 3 … 64; series stop once a run exceeds 30 s. */
const CARDS = [3, 4, 6, 8, 10, 12, 16, 24, 32, 48, 64];
const QUICK = [3, 8];

/** The columns shared by the sequence-form families. */
export function sequenceFormRun(game: ExtensiveGame, result: SolveResult<unknown>): BenchRunResult {
  const s = result.stats ?? {};
  const pivots = (s['floatPivots'] ?? 0) + (s['exactPivots'] ?? 0);
  const round = (v: number | undefined): number => Math.round((v ?? 0) * 10) / 10;
  return {
    units: pivots,
    extra: {
      nodes: game.nodes.length,
      lcpSize: s['size'] ?? 0,
      floatPivots: s['floatPivots'] ?? 0,
      exactPivots: s['exactPivots'] ?? 0,
      certified: s['certified'] ?? 0,
      buildMs: round(s['buildMs']),
      floatMs: round(s['floatMs']),
      certifyMs: round(s['certifyMs']),
      exactMs: round(s['exactMs']),
      found: result.equilibria.length,
    },
  };
}

const family = (name: string, solve: (game: ExtensiveGame) => SolveResult<unknown>): BenchFamily<ExtensiveGame> =>
  defineFamily({
    name,
    description: `${name.split('/')[1]} on N-card Kuhn poker; size = N (sequences per player 4N + 1, nodes 9N(N−1) + 1)`,
    unit: 'pivots',
    cases: (quick) =>
      (quick ? QUICK : CARDS).map((n) => ({
        label: `N=${n} (${kuhnSizes(n).nodes} nodes, ${kuhnSizes(n).sequences[0]}+${kuhnSizes(n).sequences[1]} seq)`,
        size: n,
      })),
    setup: (c) => kuhnPoker(c.size),
    run: (game) => sequenceFormRun(game, solve(game)),
    write: (game, path) => writeFileSync(path, writeEfg(game)),
    extension: 'efg',
  });

/** Sequence-form Lemke on Kuhn poker. */
export const kuhnLcpFamily: BenchFamily<ExtensiveGame> = family('kuhn/lcp', (g) => lcp(g));
/** Zero-sum sequence-form LP on Kuhn poker. */
export const kuhnLpFamily: BenchFamily<ExtensiveGame> = family('kuhn/lp', (g) => lp(g));
