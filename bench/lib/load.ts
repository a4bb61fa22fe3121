/**
 * Finding the benchmark families: every `bench/families/*.ts` file, and every family it exports (default or
 * named, single or in arrays), brought to the full shape.
 * @remarks Since 0.1.0
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchFamily, isFamily, normalizeFamily } from '../family.js';

/** The family files, sorted by name. @remarks Since 0.1.0 */
export function familyFiles(dir: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'families')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => resolve(dir, f));
}

/** Every family a file exports, by name (the first export of a name wins). @remarks Since 0.1.0 */
export async function loadFamilies(file: string): Promise<BenchFamily[]> {
  const mod = (await import(file)) as Record<string, unknown>;
  const out = new Map<string, BenchFamily>();
  for (const value of Object.values(mod)) {
    for (const f of Array.isArray(value) ? value : [value]) {
      if (isFamily(f) && !out.has(f.name)) out.set(f.name, normalizeFamily(f));
    }
  }
  return [...out.values()];
}
