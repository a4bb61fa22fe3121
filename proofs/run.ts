/**
 * Runs every claim in a `*.proof.ts` file under `proofs/` (recursively, sorted by path), writes each certificate to `proofs/certificates/<id>.json`,
 * reads it back and re-checks it with the independent checker (`src/verify/certificate.ts`), prints a
 * table, and exits with status 1 if any claim is not proved or any certificate fails the check.
 *
 *     npx tsx proofs/run.ts [filter]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { certificateSize, certificateToJson } from '../src/param/certificate.js';
import { checkCertificate } from '../src/verify/certificate.js';
import type { ProofClaim } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'certificates');
const filter = process.argv[2];

type Row = { id: string; statement: string; verdict: string; size: string; ok: boolean };

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const files = (readdirSync(here, { recursive: true }) as string[]).filter((f) => f.endsWith('.proof.ts')).sort();
  const rows: Row[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { default?: ProofClaim; claim?: ProofClaim };
    const claim = mod.claim ?? mod.default;
    if (claim === undefined) {
      rows.push({ id: f, statement: '(no claim exported)', verdict: 'error', size: '-', ok: false });
      continue;
    }
    if (filter !== undefined && !claim.id.includes(filter)) continue;
    let result: Awaited<ReturnType<ProofClaim['run']>>;
    try {
      result = await claim.run();
    } catch (e) {
      rows.push({
        id: claim.id,
        statement: claim.statement,
        verdict: `error: ${e instanceof Error ? e.message : String(e)}`,
        size: '-',
        ok: false,
      });
      continue;
    }
    if (result.status !== 'proved') {
      const why = result.status === 'refuted' ? result.counterexample.detail : result.tried.join('; ');
      rows.push({
        id: claim.id,
        statement: claim.statement,
        verdict: `${result.status}: ${why}`,
        size: '-',
        ok: false,
      });
      continue;
    }
    const path = join(outDir, `${claim.id}.json`);
    writeFileSync(
      path,
      `${JSON.stringify(certificateToJson(result.certificate, { id: claim.id, statement: claim.statement }), null, 2)}\n`,
    );
    const check = checkCertificate(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    rows.push({
      id: claim.id,
      statement: claim.statement,
      verdict: check.ok
        ? 'proved, certificate checked'
        : `proved, but the certificate FAILS: ${check.problems.join('; ')}`,
      size: `${result.certificate.goals.length} goals / ${certificateSize(result.certificate)} terms`,
      ok: check.ok,
    });
  }
  const head: Row = { id: 'id', statement: 'statement', verdict: 'verdict', size: 'certificate', ok: true };
  const w = (k: keyof Omit<Row, 'ok'>) => Math.min(70, Math.max(...[head, ...rows].map((r) => r[k].length)));
  const line = (r: Row) =>
    [
      r.id.padEnd(w('id')),
      r.statement.slice(0, 70).padEnd(w('statement')),
      r.verdict.padEnd(w('verdict')),
      r.size,
    ].join(' | ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const bad = rows.filter((r) => !r.ok).length;
  console.log(`\n${rows.length - bad}/${rows.length} claims proved and re-checked; certificates in ${outDir}`);
  return bad === 0 && rows.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
