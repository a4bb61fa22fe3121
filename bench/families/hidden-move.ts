/**
 * Bench families: random binary trees where each player does not observe the opponent's latest move
 * (`bench/generators/hidden-move.ts`), depth d, general-sum for `lcp` and zero-sum for `lp`. Units are
 * pivots; extra columns as in `kuhn.ts`. Reference: Gambit 17's `gambit-lcp` needs about 18 s at depth 8.
 * Depths 11 and 12 are left out: the LCP has 3 076 and 6 148 rows, and the dense floating-point tableau
 * (n² doubles, ~n² operations per pivot, ~n pivots) takes minutes and hundreds of megabytes there.
 * @remarks Since 0.1.0
 */
import { writeFileSync } from 'node:fs';
import { writeEfg } from '../../src/formats/efg-write.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { lcp } from '../../src/solve/lcp/index.js';
import { lp } from '../../src/solve/lp/index.js';
import type { SolveResult } from '../../src/solve/types.js';
import { type BenchFamily, defineFamily } from '../family.js';
import { hiddenMoveSizes, hiddenMoveTree } from '../generators/hidden-move.js';
import { sequenceFormRun } from './kuhn.js';

/** Depths: the issue asks 4 … 12; series stop once a run exceeds 30 s. */
const DEPTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12];
const QUICK = [4, 6, 8];

const family = (
  name: string,
  zeroSum: boolean,
  solve: (game: ExtensiveGame) => SolveResult<unknown>,
): BenchFamily<ExtensiveGame> =>
  defineFamily({
    name,
    description: `${name.split('/')[1]} on random ${zeroSum ? 'zero-sum' : 'general-sum'} binary hidden-last-move trees; size = depth`,
    unit: 'pivots',
    cases: (quick) =>
      (quick ? QUICK : DEPTHS).map((d) => {
        const s = hiddenMoveSizes(d);
        return { label: `d=${d} (${s.nodes} nodes, ${s.sequences[0]}+${s.sequences[1]} seq)`, size: d };
      }),
    setup: (c, seed) => hiddenMoveTree(c.size, seed + c.size, { zeroSum }),
    run: (game) => sequenceFormRun(game, solve(game)),
    write: (game, path) => writeFileSync(path, writeEfg(game)),
    extension: 'efg',
  });

/** Sequence-form Lemke on general-sum hidden-move trees. */
export const hiddenMoveLcpFamily: BenchFamily<ExtensiveGame> = family('hidden-move/lcp', false, (g) => lcp(g));
/** Zero-sum sequence-form LP on zero-sum hidden-move trees. */
export const hiddenMoveLpFamily: BenchFamily<ExtensiveGame> = family('hidden-move/lp', true, (g) => lp(g));
