import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, { import: string; types: string }>;
  bin: Record<string, string>;
};
// dist/ is built by `npm run build`, which `npm ci` runs (the `prepare` script).
const built = existsSync(new URL('dist/index.js', root));

describe.skipIf(!built)('the built package', () => {
  it('resolves every export to a file with its type declarations', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'object') continue;
      expect(existsSync(new URL(target.import, root)), subpath).toBe(true);
      expect(existsSync(new URL(target.types, root)), subpath).toBe(true);
    }
  });

  it('loads the three entry points with their main functions', async () => {
    const main = (await import(new URL(pkg.exports['.']?.import ?? '', root).href)) as Record<string, unknown>;
    const governance = (await import(new URL(pkg.exports['./governance']?.import ?? '', root).href)) as Record<
      string,
      unknown
    >;
    const testing = (await import(new URL(pkg.exports['./testing']?.import ?? '', root).href)) as Record<
      string,
      unknown
    >;
    for (const name of ['solve', 'buildTree', 'parseGame', 'writeEfg', 'isNash', 'equilibriumRegion', 'prove']) {
      expect(typeof main[name], name).toBe('function');
    }
    for (const name of ['complianceGame', 'negotiationGame', 'trustThreshold'])
      expect(typeof governance[name], name).toBe('function');
    for (const name of ['arbTree', 'arbBimatrix', 'insideRegion']) expect(typeof testing[name], name).toBe('function');
  });

  it('runs the subgame binary', () => {
    const bin = new URL(pkg.bin['subgame'] ?? '', root);
    const out = execFileSync(process.execPath, [bin.pathname, '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe('0.1.0');
  });
});
