import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResultsFile } from '../../bench/lib/results.js';
import { caseResult, resultsFile } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'subgame-bench-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/run.ts (end to end)', () => {
  it('writes a results file and a table, skips past the cap, and --compare prints the ratio', () => {
    // Arrange: an earlier results file in which n=4 took one hour
    const earlierPath = join(dir, 'earlier.json');
    const hour = 3_600_000;
    writeFileSync(earlierPath, JSON.stringify(resultsFile([caseResult('bimatrix/lemkehowson', 'n=4', 4, hour)], true)));
    const out = join(dir, 'out');
    // Act: one small family, quick, one timed run; a tiny cap runs only its first case
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--quick', '--family', 'bimatrix/lemkehowson', '--runs', '1'].concat([
        '--cap',
        '0.000001',
        '--out',
        out,
        '--compare',
        earlierPath,
      ]),
      { cwd: root, encoding: 'utf8' },
    );
    // Assert: the results file
    const [json] = readdirSync(out).filter((f) => f.endsWith('-quick.json'));
    if (json === undefined) throw new Error('no results file');
    const file = JSON.parse(readFileSync(join(out, json), 'utf8')) as ResultsFile;
    expect(file.quick).toBe(true);
    expect(file.loadAverage?.start).toHaveLength(3);
    expect(file.results.map((r) => r.label)).toEqual(['n=4', 'n=12', 'n=20']);
    const [first, ...rest] = file.results;
    expect(first?.error).toBeUndefined();
    expect(first?.runsMs).toHaveLength(1);
    expect(first?.medianMs).toBeGreaterThan(0);
    expect(first?.units).toBeGreaterThan(0);
    expect(first?.extra['equilibria']).toBeGreaterThan(0);
    for (const r of rest) expect(r.skipped).toMatch(/^skipped: n=4 exceeded the .* cap$/);
    // the comparison on the console and in the table
    expect(stdout).toContain('speed vs earlier.json');
    expect(stdout).toMatch(/bimatrix\/lemkehowson n=4: 3,?600,?000\.0 ms → [\d.]+ ms {2}[\d.]+×/);
    expect(stdout).toContain('bimatrix/lemkehowson n=20: — → —  —');
    expect(stdout).toMatch(/bimatrix\/lemkehowson: geometric mean [\d.]+× over 1 case\(s\)/);
    const md = readFileSync(join(out, json.replace('.json', '.md')), 'utf8');
    expect(md).toContain('## bimatrix/lemkehowson');
    expect(md).toContain('speed vs compare');
    expect(md).toContain('## Gambit comparison');
  });
});
