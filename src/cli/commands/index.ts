/**
 * Registers every subcommand.
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import type { CliIO, ExitCode } from '../exit.js';
import { registerConvert } from './convert.js';
import { registerPaper } from './paper.js';
import { registerGovernance } from './governance.js';
import { registerProve } from './prove.js';
import { registerRender } from './render.js';
import { registerSolve } from './solve.js';

/** Sets the process's exit status. */
export type SetExit = (code: ExitCode) => void;

/**
 * Adds all subcommands to `program`.
 * @remarks Since 0.1.0
 */
export function registerCommands(program: Command, io: CliIO, setExit: SetExit): void {
  registerSolve(program, io, setExit);
  registerConvert(program, io, setExit);
  registerRender(program, io, setExit);
  registerProve(program, io, setExit);
  registerGovernance(program, io, setExit);
  registerPaper(program, io, setExit);
}
