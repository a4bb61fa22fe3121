/**
 * Access to Gambit's games in `../shared/games/gambit/` (beside the repository). Tests that use them must
 * skip, not fail, where the folder is absent (a user's fresh clone): use `describeCorpus`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Folder of Gambit's games; `SUBGAME_GAMBIT_GAMES` overrides. */
export const GAMBIT_DIR: string = process.env['SUBGAME_GAMBIT_GAMES'] ?? resolve(repoRoot, '../shared/games/gambit');
/** Whether the corpus is present. */
export const hasCorpus: boolean = existsSync(join(GAMBIT_DIR, 'expected.json'));
/** `describe` when the corpus is present, `describe.skip` otherwise. */
export const describeCorpus = describe.skipIf(!hasCorpus);

/** Text of a corpus file, by path relative to the corpus folder (e.g. `contrib/e01.efg`). */
export function readCorpus(relative: string): string {
  return readFileSync(join(GAMBIT_DIR, relative), 'utf8');
}

/** Relative paths of all corpus files with the given extension (`efg` or `nfg`), sorted. */
export function listCorpus(ext: 'efg' | 'nfg'): string[] {
  if (!hasCorpus) return [];
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), rel === '' ? e.name : `${rel}/${e.name}`);
      else if (e.name.endsWith(`.${ext}`)) out.push(rel === '' ? e.name : `${rel}/${e.name}`);
    }
  };
  walk(GAMBIT_DIR, '');
  return out.sort();
}

/** One case of `expected.json`. */
export type ExpectedCase = {
  readonly id: string;
  readonly group: string;
  readonly file: string | null;
  readonly factory: string | null;
  readonly method: string;
  readonly representation: 'strategy' | 'behavior';
  readonly agent: boolean;
  readonly rational: boolean;
  readonly expected: unknown[];
};

/** All cases of `expected.json` (empty without the corpus). */
export function expectedCases(): ExpectedCase[] {
  if (!hasCorpus) return [];
  return JSON.parse(readCorpus('expected.json')) as ExpectedCase[];
}
