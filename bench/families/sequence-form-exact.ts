/**
 * Bench families: the sequence-form solvers with `arithmetic: 'exact'` (fraction-free BigInt pivoting all
 * the way, no floating-point path), on the games of `kuhn.ts` and `hidden-move.ts`. The default
 * `'float-certify'` pivots in doubles and certifies the final basis exactly; Gambit's `gambit-lcp` /
 * `gambit-lp` pivot in exact rationals throughout, so these families are the like-for-like comparison.
 * Units are pivots; the columns are those of `kuhn.ts`.
 * @remarks Since 0.1.0
 */
import { writeFileSync } from 'node:fs';
import { writeEfg } from '../../src/formats/efg-write.js';
import type { ExtensiveGame } from '../../src/game/types.js';
import { lcp } from '../../src/solve/lcp/index.js';
import { lp } from '../../src/solve/lp/index.js';
import type { SolveResult } from '../../src/solve/types.js';
import { type BenchCase, type BenchFamily, defineFamily } from '../family.js';
import { hiddenMoveSizes, hiddenMoveTree } from '../generators/hidden-move.js';
import { kuhnPoker, kuhnSizes } from '../generators/kuhn.js';
import { sequenceFormRun } from './kuhn.js';

// Measured on the 2-core reference machine under load (bench/RESULTS.md): exact Lemke takes about 9 s at
// N = 16 and 40 s at N = 20 (over the cap: the lcp series ends there, the cheaper lp goes on); depth 9 about
// 18 s, depth 10 over 120 s (left out: it would only reach the timeout).
const kuhnCases = (quick: boolean): BenchCase[] =>
  (quick ? [8, 12] : [3, 4, 6, 8, 10, 12, 16, 20, 24, 32, 48, 64]).map((n) => {
    const s = kuhnSizes(n);
    return { label: `N=${n} (${s.nodes} nodes, ${s.sequences[0]}+${s.sequences[1]} seq)`, size: n };
  });

const hiddenCases = (quick: boolean): BenchCase[] =>
  (quick ? [4, 8] : [4, 5, 6, 7, 8, 9]).map((d) => {
    const s = hiddenMoveSizes(d);
    return { label: `d=${d} (${s.nodes} nodes, ${s.sequences[0]}+${s.sequences[1]} seq)`, size: d };
  });

const family = (
  name: string,
  game: string,
  cases: (quick: boolean) => BenchCase[],
  setup: (c: BenchCase, seed: number) => ExtensiveGame,
  solve: (g: ExtensiveGame) => SolveResult<unknown>,
): BenchFamily<ExtensiveGame> =>
  defineFamily({
    name,
    description: `${name.split('/')[1]} (exact BigInt pivoting throughout) on ${game}`,
    unit: 'pivots',
    cases,
    setup,
    run: (g) => sequenceFormRun(g, solve(g)),
    write: (g, path) => writeFileSync(path, writeEfg(g)),
    extension: 'efg',
  });

const kuhn = (c: BenchCase): ExtensiveGame => kuhnPoker(c.size);
const hidden =
  (zeroSum: boolean) =>
  (c: BenchCase, seed: number): ExtensiveGame =>
    hiddenMoveTree(c.size, seed + c.size, { zeroSum });

/** Exact sequence-form Lemke on N-card Kuhn poker. @remarks Since 0.1.0 */
export const kuhnLcpExactFamily: BenchFamily<ExtensiveGame> = family(
  'kuhn/lcp-exact',
  'N-card Kuhn poker; size = N',
  kuhnCases,
  kuhn,
  (g) => lcp(g, { arithmetic: 'exact' }),
);
/** Exact zero-sum sequence-form LP on N-card Kuhn poker. @remarks Since 0.1.0 */
export const kuhnLpExactFamily: BenchFamily<ExtensiveGame> = family(
  'kuhn/lp-exact',
  'N-card Kuhn poker; size = N',
  kuhnCases,
  kuhn,
  (g) => lp(g, { arithmetic: 'exact' }),
);
/** Exact sequence-form Lemke on general-sum hidden-move trees (the games of `hidden-move/lcp`). @remarks Since 0.1.0 */
export const hiddenMoveLcpExactFamily: BenchFamily<ExtensiveGame> = family(
  'hidden-move/lcp-exact',
  'random general-sum binary hidden-last-move trees; size = depth',
  hiddenCases,
  hidden(false),
  (g) => lcp(g, { arithmetic: 'exact' }),
);
