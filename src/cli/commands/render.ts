/**
 * `subgame render FILE --format svg|dot [--method M]`: draws a tree; with `--method`, the first equilibrium
 * the method finds is highlighted (played actions bold, the equilibrium path in colour).
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { parseGame } from '../../formats/detect.js';
import { InvalidArgumentError } from '../../game/errors.js';
import type { BehaviorProfile } from '../../game/types.js';
import { treeToDot, treeToSvg } from '../../render/tree.js';
import { isMethod, solve } from '../../solve/solve.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import { readInput } from '../input.js';
import type { SetExit } from './index.js';

/**
 * Registers `render`.
 * @remarks Since 0.1.0
 */
export function registerRender(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('render')
    .description('draw a game tree as SVG or Graphviz DOT, optionally highlighting an equilibrium')
    .argument('<file>', 'game file (.efg or JSON tree), or - for standard input')
    .option('--format <f>', 'svg | dot', 'svg')
    .option('--method <m>', 'highlight the first equilibrium this method finds (e.g. spe)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action((file: string, opts: { format: string; method?: string; output?: string }) => {
      let name: string | undefined;
      try {
        const input = readInput(io, file);
        name = input.name;
        const game = parseGame(input.text, { fileName: input.name });
        if (game.kind !== 'extensive') throw new InvalidArgumentError('render: only trees can be drawn');
        if (opts.format !== 'svg' && opts.format !== 'dot')
          throw new InvalidArgumentError(`render: --format must be svg or dot; got "${opts.format}"`);
        let highlight: BehaviorProfile | undefined;
        if (opts.method !== undefined) {
          if (!isMethod(opts.method)) throw new InvalidArgumentError(`render: unknown method "${opts.method}"`);
          const result = solve(game, { method: opts.method, maxEquilibria: 1 });
          const first = result.equilibria[0];
          if (first !== undefined && result.representation === 'behavior') {
            highlight = 'profile' in first ? first.profile : (first as BehaviorProfile);
          }
        }
        const text =
          opts.format === 'svg'
            ? treeToSvg(game, highlight !== undefined ? { highlight } : {})
            : treeToDot(game, highlight !== undefined ? { highlight } : {});
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
