/**
 * Reading a game or parameter file named on the command line (`-` is standard input, named `<stdin>` in
 * messages).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { CliIO } from './exit.js';

/** The text of an input and the name to use in messages. */
export type InputText = { readonly text: string; readonly name: string };

/**
 * Reads `FILE` or standard input for `-`.
 * @throws InvalidArgumentError if the file cannot be read (bad input, exit status 2)
 * @remarks Since 0.1.0
 */
export function readInput(io: CliIO, file: string): InputText {
  if (file === '-') return { text: io.readStdin(), name: '<stdin>' };
  try {
    return { text: io.readFile(file), name: file };
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : 'unreadable';
    throw new InvalidArgumentError(`${file}: cannot read the file (${why})`);
  }
}

/**
 * Reads `--params`: inline JSON (starting with `{`) or a file name.
 * @throws InvalidArgumentError on unreadable files or malformed JSON
 * @remarks Since 0.1.0
 */
export function readJsonArgument(io: CliIO, value: string): { readonly data: unknown; readonly name: string } {
  const trimmed = value.trim();
  const { text, name } = trimmed.startsWith('{') ? { text: trimmed, name: '<params>' } : readInput(io, value);
  try {
    return { data: JSON.parse(text) as unknown, name };
  } catch (e) {
    throw new InvalidArgumentError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}
