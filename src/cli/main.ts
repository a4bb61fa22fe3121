/**
 * The `subgame` command (commander 14): `solve`, `convert`, `render`, `prove`, `paper`, `governance`.
 * Gambit users can switch: `subgame solve FILE --method enummixed` prints Gambit's `NE,…` lines.
 * @remarks Since 0.1.0
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { EXIT, type CliIO } from './exit.js';

/** The process's real input and output. */
export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  writeFile: (p, t) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, t);
  },
};

/**
 * Runs the command line `argv` (as in `process.argv`: node, script, then arguments) and returns the exit
 * status; output goes through `io`.
 * @remarks Since 0.1.0
 */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const program = new Command();
  let status: number = EXIT.ok;
  program
    .name('subgame')
    .description('Exact equilibria of finite games: subgame-perfect, Nash, sequential; parametric proofs.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerCommands(program, io, (code) => {
    status = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      return EXIT.badInput;
    }
    throw e;
  }
  return status;
}

/**
 * Entry point of the `subgame` binary.
 * @remarks Since 0.1.0
 */
export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await runCli(argv);
}
