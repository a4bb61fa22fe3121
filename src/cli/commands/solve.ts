/**
 * `subgame solve FILE|- --method M`: Gambit-compatible output (`NE,…` lines in Gambit's order), or JSON
 * with `--json`. Exit status 0 solved, 1 refused, 2 bad input, 3 stopped by a budget or a signal (what was
 * found is printed, with a warning on stderr).
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { parseGame } from '../../formats/detect.js';
import { InvalidArgumentError } from '../../game/errors.js';
import { METHODS, type Method, type SolveOptions, isMethod, solve } from '../../solve/solve.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import { formatGambitLines, resultToJson } from '../format.js';
import { readInput } from '../input.js';
import type { SetExit } from './index.js';

/** Parsed flags of `solve`. */
type SolveFlags = {
  method: string;
  strategic?: boolean;
  agent?: boolean;
  pure?: boolean;
  within?: string;
  float?: string;
  json?: boolean;
  maxEquilibria?: string;
  timeout?: string;
  maxProfiles?: string;
};

function nonNegativeInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError(`solve: ${flag} must be a non-negative integer; got "${value}"`);
  return n;
}

/**
 * Registers `solve`.
 * @remarks Since 0.1.0
 */
export function registerSolve(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('solve')
    .description('compute equilibria; prints Gambit-style NE lines (behaviour profiles on trees)')
    .argument('<file>', 'game file (.efg, .nfg or JSON), or - for standard input')
    .requiredOption('--method <m>', `one of ${METHODS.join(', ')}`)
    .option('--strategic', 'solve and print on the reduced strategic form of a tree')
    .option('--agent', 'enumpure: use the agent form of a tree')
    .option('--pure', 'sequential: enumerate all pure sequential equilibria (also for two players)')
    .option('--within <m>', 'spe: how subgames without perfect information are solved (default enumpure)')
    .option('--float <digits>', 'print decimals with this many digits (approximate; labelled in --json)')
    .option('--json', 'print the result as JSON (schema: docs/cli-json.md)')
    .option('--max-equilibria <n>', 'stop after this many equilibria (exit status 3)')
    .option('--timeout <ms>', 'stop after this many milliseconds (exit status 3)')
    .option('--max-profiles <n>', 'largest derived strategic form to build')
    .action((file: string, flags: SolveFlags) => {
      let name: string | undefined;
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      try {
        if (!isMethod(flags.method))
          throw new InvalidArgumentError(`solve: --method must be one of ${METHODS.join(', ')}; got "${flags.method}"`);
        if (flags.within !== undefined && !isMethod(flags.within)) {
          throw new InvalidArgumentError(`solve: --within must be one of ${METHODS.join(', ')}; got "${flags.within}"`);
        }
        const digits = nonNegativeInt('--float', flags.float);
        const maxEquilibria = nonNegativeInt('--max-equilibria', flags.maxEquilibria);
        const timeoutMs = nonNegativeInt('--timeout', flags.timeout);
        const maxProfiles = nonNegativeInt('--max-profiles', flags.maxProfiles);
        const input = readInput(io, file);
        name = input.name;
        const game = parseGame(input.text, { fileName: input.name });
        const options: SolveOptions = {
          method: flags.method,
          signal: controller.signal,
          ...(flags.strategic === true ? { strategic: true } : {}),
          ...(flags.agent === true ? { agent: true } : {}),
          ...(flags.pure === true ? { pure: true } : {}),
          ...(flags.within !== undefined ? { within: flags.within as Method } : {}),
          ...(maxEquilibria !== undefined ? { maxEquilibria } : {}),
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          ...(maxProfiles !== undefined ? { maxProfiles } : {}),
        };
        const result = solve(game, options);
        const style = digits !== undefined ? { float: digits } : {};
        if (flags.json === true)
          io.stdout(`${JSON.stringify(resultToJson(result, style, { players: game.players }), null, 2)}\n`);
        else io.stdout(formatGambitLines(result, style));
        for (const w of result.warnings) io.stderr(`subgame: warning: ${w}\n`);
        if (result.stopped !== null && result.stopped !== 'equilibria') {
          io.stderr(
            `subgame: warning: stopped early (${result.stopped}); ${result.equilibria.length} equilibria found so far\n`,
          );
          setExit(EXIT.stopped);
        } else if (result.stopped === 'equilibria' && maxEquilibria !== undefined && !result.complete) {
          io.stderr(`subgame: warning: stopped after ${result.equilibria.length} equilibria (--max-equilibria)\n`);
          setExit(EXIT.stopped);
        } else setExit(EXIT.ok);
      } catch (e) {
        const { code, message } = describeError(e, name);
        io.stderr(`${message}\n`);
        setExit(code);
      } finally {
        process.removeListener('SIGINT', onSignal);
      }
    });
}
