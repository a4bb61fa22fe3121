/**
 * `subgame paper [--json]`: the main job. Builds both stages of the governance model with the worked
 * parameters of MODEL.md, solves them, checks every claim and writes figures to `out/`.
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { EXIT, type CliIO } from '../exit.js';
import type { SetExit } from './index.js';

/**
 * Registers `paper`.
 * @remarks Since 0.1.0
 */
export function registerPaper(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('paper')
    .description('build, solve and check the governance model of MODEL.md; figures go to out/')
    .option('--json', 'print the claims as JSON')
    .action((opts: { json?: boolean }) => {
      const built = ['game model and builder', 'Gambit .efg/.nfg reader and writer'];
      if (opts.json === true) io.stdout(`${JSON.stringify({ claims: [], built }, null, 2)}\n`);
      else io.stdout(`subgame paper: the governance report is not built yet. Built so far:\n- ${built.join('\n- ')}\n`);
      setExit(EXIT.ok);
    });
}
