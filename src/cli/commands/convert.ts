/**
 * `subgame convert FILE --to efg|nfg|json`: converts between Gambit's formats and subgame's JSON form. A
 * tree converted to `nfg` becomes its reduced strategic form (Gambit's), refused when it has more
 * profiles than `--max-profiles` (counted without building the table: `contrib/ttt.efg` has about 10^10).
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from '../../game/errors.js';
import { DEFAULT_MAX_PROFILES, reducedStrategicForm, reducedStrategyCounts } from '../../game/index.js';
import { parseGame, writeEfg, writeJson, writeNfg } from '../../formats/index.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import { readInput } from '../input.js';
import type { SetExit } from './index.js';

/**
 * Registers `convert`.
 * @remarks Since 0.1.0
 */
export function registerConvert(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('convert')
    .description('convert a game between .efg, .nfg and JSON (a tree to nfg gives its reduced strategic form)')
    .argument('<file>', 'game file (.efg, .nfg or JSON), or - for standard input')
    .requiredOption('--to <format>', 'efg | nfg | json')
    .option('--max-profiles <n>', 'largest reduced strategic form to build', String(DEFAULT_MAX_PROFILES))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action((file: string, opts: { to: string; maxProfiles: string; output?: string }) => {
      let name: string | undefined;
      try {
        const input = readInput(io, file);
        name = input.name;
        const game = parseGame(input.text, { fileName: input.name });
        const text = convertGame(game, opts.to, Number(opts.maxProfiles));
        if (opts.output !== undefined) io.writeFile(opts.output, text);
        else io.stdout(text);
        setExit(EXIT.ok);
      } catch (e) {
        const { code, message } = describeError(e, name);
        io.stderr(`${message}\n`);
        setExit(code);
      }
    });
}

/**
 * Converts a parsed game to the text of another format.
 * @throws InvalidArgumentError for an unknown format, or a reduced strategic form over `maxProfiles`
 * @remarks Since 0.1.0
 */
export function convertGame(game: ReturnType<typeof parseGame>, to: string, maxProfiles: number): string {
  if (!Number.isSafeInteger(maxProfiles) || maxProfiles < 1) {
    throw new InvalidArgumentError(`convert: --max-profiles must be a positive integer; got ${maxProfiles}`);
  }
  switch (to) {
    case 'efg':
      if (game.kind !== 'extensive')
        throw new InvalidArgumentError('convert: a strategic game cannot be written as .efg');
      return writeEfg(game);
    case 'json':
      return writeJson(game);
    case 'nfg': {
      if (game.kind === 'strategic') return writeNfg(game);
      const counts = reducedStrategyCounts(game);
      const total = counts.reduce((a, b) => a * b, 1n);
      if (total > BigInt(maxProfiles)) {
        throw new InvalidArgumentError(
          `convert: the reduced strategic form has ${counts.join(' × ')} = ${total} profiles, over --max-profiles ${maxProfiles}`,
        );
      }
      return writeNfg(reducedStrategicForm(game, { maxProfiles }).strategic);
    }
    default:
      throw new InvalidArgumentError(`convert: --to must be efg, nfg or json; got "${to}"`);
  }
}
