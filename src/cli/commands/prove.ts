/**
 * `subgame prove CLAIM.json`: proves or refutes a claim about a parametric game (schema:
 * `docs/claim-json.md`). Prints the verdict; `--json` prints it as JSON with the certificate; `--certificate
 * FILE` writes the certificate, which `src/verify/certificate.ts` re-checks independently before it is
 * reported. Exit status: 0 proved (and re-checked); 1 refuted or unknown; 2 bad input.
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { certificateToJson } from '../../param/certificate.js';
import { prove } from '../../param/prove.js';
import { checkCertificate } from '../../verify/certificate.js';
import { readClaim } from '../claim.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import { readJsonArgument } from '../input.js';
import type { SetExit } from './index.js';

/**
 * Registers `prove`.
 * @remarks Since 0.1.0
 */
export function registerProve(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('prove')
    .description('prove (with a re-checked certificate) or refute a claim about a parametric game')
    .argument('<claim>', 'claim file (JSON, docs/claim-json.md), or - for standard input')
    .option('--json', 'print the verdict and certificate as JSON')
    .option('--certificate <file>', 'write the certificate to this file')
    .action((file: string, opts: { json?: boolean; certificate?: string }) => {
      let name: string | undefined;
      try {
        const { data, name: n } =
          file === '-' ? { data: JSON.parse(io.readStdin()) as unknown, name: '<stdin>' } : readJsonArgument(io, file);
        name = n;
        const claim = readClaim(data);
        const result = prove(claim);
        if (result.status === 'proved') {
          const json = certificateToJson(result.certificate, { id: claim.id, statement: claim.statement });
          const check = checkCertificate(JSON.parse(JSON.stringify(json)) as unknown);
          if (!check.ok)
            throw new Error(`prove: the certificate failed the independent check: ${check.problems.join('; ')}`);
          if (opts.certificate !== undefined) io.writeFile(opts.certificate, `${JSON.stringify(json, null, 2)}\n`);
          if (opts.json === true)
            io.stdout(
              `${JSON.stringify({ id: claim.id, status: 'proved', checked: true, certificate: json }, null, 2)}\n`,
            );
          else
            io.stdout(
              `${claim.id}: proved (${result.certificate.goals.length} goals; certificate re-checked independently)\n`,
            );
          setExit(EXIT.ok);
          return;
        }
        if (opts.json === true) io.stdout(`${JSON.stringify({ id: claim.id, ...result }, null, 2)}\n`);
        else if (result.status === 'refuted') {
          const values = Object.entries(result.counterexample.values)
            .map(([k, v]) => `${k} = ${v}`)
            .join(', ');
          io.stdout(`${claim.id}: refuted at ${values}: ${result.counterexample.detail}\n`);
        } else io.stdout(`${claim.id}: unknown; tried: ${result.tried.join('; ')}\n`);
        setExit(EXIT.refused);
      } catch (e) {
        const { code, message } = describeError(e, name);
        io.stderr(`${message}\n`);
        setExit(code);
      }
    });
}
