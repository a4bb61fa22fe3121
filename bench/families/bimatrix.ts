/**
 * Bench family: random n×n bimatrix games, integer payoffs uniform in [0, 99 999] (a range wide enough that
 * ties, hence degeneracy, are rare), deterministic by seed (mulberry32). Three families share the games:
 * vertex enumeration (`enummixed`), support enumeration (smaller n: it examines Σ C(n,k)² support pairs)
 * and Lemke–Howson from every label. Each `run` returns the number of equilibria and of pivots (support
 * enumeration: support pairs examined); the harness measures the time.
 *
 * Family shape (until the harness in `bench/run.ts` fixes one): `{ name, sizes, setup(size, seed), run(input) }`.
 * Run directly (`npx tsx bench/families/bimatrix.ts [n …]`) it prints one line per family and size.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeNfg } from '../../src/formats/nfg-write.js';
import { bimatrixGame } from '../../src/game/strategic.js';
import type { StrategicGame } from '../../src/game/types.js';
import { lemkeHowson, supportEnumeration, vertexEnumeration } from '../../src/solve/bimatrix/index.js';
import type { StrategyResult } from '../../src/solve/types.js';
import { mulberry32 } from '../../src/numeric/random.js';

/** Largest payoff; payoffs are integers in [0, PAYOFF_MAX]. */
export const PAYOFF_MAX = 99_999;

/** A bench family. */
export type BenchFamily<I> = {
  readonly name: string;
  readonly sizes: readonly number[];
  /** sizes of `npm run bench:quick` */
  readonly quickSizes?: readonly number[];
  readonly unit?: string;
  readonly description?: string;
  setup(size: number, seed: number): I;
  run(input: I): { readonly equilibria: number; readonly pivots: number; readonly exactBases?: number };
  /** writes the game as Gambit `.nfg` (`bench/run.ts --write-games DIR`) */
  write?(input: I, path: string): void;
  readonly extension?: string;
};

const nfg = { write: (game: StrategicGame, path: string) => writeFileSync(path, writeNfg(game)), extension: 'nfg' };

/** The random n×n game of a seed. */
export function randomBimatrix(n: number, seed: number): StrategicGame {
  const next = mulberry32(seed * 1_000_003 + n);
  const matrix = () =>
    Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(next() * (PAYOFF_MAX + 1))));
  return bimatrixGame(matrix(), matrix(), { title: `random ${n}x${n} seed ${seed}` });
}

const summary = (r: StrategyResult, unit: 'pivots' | 'nodes') => ({
  equilibria: r.equilibria.length,
  pivots: r.stats?.[unit] ?? 0,
});

/** Vertex enumeration (Gambit's `enummixed`), n = 4 … 18. */
export const vertexEnumerationFamily: BenchFamily<StrategicGame> = {
  name: 'bimatrix/enummixed',
  sizes: [4, 6, 8, 10, 12, 14, 16, 18],
  quickSizes: [4, 8, 12],
  unit: 'pivots',
  description:
    'all extreme equilibria (vertex enumeration, as gambit-enummixed) of a random n×n game, payoffs 0..99 999',
  setup: randomBimatrix,
  run: (game) => summary(vertexEnumeration(game), 'pivots'),
  ...nfg,
};

/** Support enumeration, n = 4 … 10. */
export const supportEnumerationFamily: BenchFamily<StrategicGame> = {
  name: 'bimatrix/supportenum',
  sizes: [4, 6, 8, 10],
  quickSizes: [4, 6, 8],
  unit: 'support pairs',
  description: 'all equilibria by support enumeration of a random n×n game, payoffs 0..99 999',
  setup: randomBimatrix,
  run: (game) => summary(supportEnumeration(game), 'nodes'),
  ...nfg,
};

/** Lemke–Howson from all 2n labels, n = 4 … 20. */
export const lemkeHowsonFamily: BenchFamily<StrategicGame> = {
  name: 'bimatrix/lemkehowson',
  sizes: [4, 8, 12, 16, 20],
  quickSizes: [4, 12, 20],
  unit: 'pivots',
  description: 'Lemke–Howson from all 2n starting labels on a random n×n game, payoffs 0..99 999',
  setup: randomBimatrix,
  run: (game) => summary(lemkeHowson(game), 'pivots'),
  ...nfg,
};

/** All three families. */
export const bimatrixFamilies: readonly BenchFamily<StrategicGame>[] = [
  vertexEnumerationFamily,
  supportEnumerationFamily,
  lemkeHowsonFamily,
];

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.slice(2).map(Number);
  for (const family of bimatrixFamilies) {
    for (const size of family.sizes) {
      if (only.length > 0 && !only.includes(size)) continue;
      const input = family.setup(size, 1);
      const t0 = performance.now();
      const out = family.run(input);
      const ms = performance.now() - t0;
      console.log(`${family.name}\t${size}x${size}\t${ms.toFixed(0)} ms\t${out.equilibria} eq\t${out.pivots} pivots`);
    }
  }
}
