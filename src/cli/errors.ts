/**
 * Maps errors to the command's exit statuses and messages.
 * @remarks Since 0.1.0
 */
import { SubgameError } from '../game/errors.js';
import { EXIT, type ExitCode } from './exit.js';

/** A parse error's location fields, when present. */
type Located = { readonly line?: unknown; readonly column?: unknown; readonly file?: unknown };

/**
 * The exit status and the message for an error thrown by a command: parse and argument errors are bad
 * input (2, `file:line:column: message`), refusals are 1; anything else is a bug and is rethrown.
 * @remarks Since 0.1.0
 */
export function describeError(error: unknown, inputName?: string): { code: ExitCode; message: string } {
  if (error instanceof SubgameError) {
    if (error.code === 'unsupported-game') return { code: EXIT.refused, message: `subgame: ${error.message}` };
    if (error.code === 'parse') {
      const e = error as SubgameError & Located;
      const file = typeof e.file === 'string' ? e.file : (inputName ?? '<input>');
      const loc =
        typeof e.line === 'number' ? `${file}:${e.line}:${typeof e.column === 'number' ? e.column : 1}` : file;
      const loc0 = typeof e.line === 'number' ? `:${e.line}:${typeof e.column === 'number' ? e.column : 1}: ` : null;
      const at = loc0 === null ? -1 : error.message.indexOf(loc0);
      const msg =
        at >= 0 && loc0 !== null ? error.message.slice(at + loc0.length) : error.message.replace(/^line \d+:\d+: /, '');
      return { code: EXIT.badInput, message: `${loc}: ${msg}` };
    }
    const where = inputName !== undefined && !error.message.startsWith(inputName) ? `${inputName}: ` : '';
    return { code: EXIT.badInput, message: `${where}${error.message}` };
  }
  throw error;
}
