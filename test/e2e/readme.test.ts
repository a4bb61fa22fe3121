import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = new URL('../../', import.meta.url);

describe('README quick start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows examples/quick-start.ts verbatim', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const example = readFileSync(new URL('examples/quick-start.ts', root), 'utf8');
    expect(readme).toContain(example);
  });

  it('runs and finds the entry game’s subgame-perfect equilibrium', async () => {
    // Arrange
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    // Act
    await import('../../examples/quick-start.js');
    // Assert: the .efg text, then one SPE (In, Accommodate) confirmed by the checker
    expect(lines[0]).toMatch(/^EFG 2 R "Entry game"/);
    expect(lines.slice(1)).toEqual(['[["0","1"],["0","1"]] true']);
  });
});

describe('README property-testing section', () => {
  it('shows test/examples/user-assumptions.test.ts verbatim', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const example = readFileSync(new URL('test/examples/user-assumptions.test.ts', root), 'utf8');
    expect(readme).toContain(example);
  });
});
