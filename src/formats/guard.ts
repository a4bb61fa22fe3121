/**
 * The readers' guarantee: a whole game or a {@link ParseError}, never anything else. Unexpected failures
 * inside a reader (a `RangeError` from a huge number, exhausted memory or stack) become a `ParseError` at
 * the last token read.
 * @remarks Since 0.1.0
 */
import { END_OF_INPUT, ParseError, type SourcePosition, withFile } from './parse-error.js';

/** Where a reader was when it failed: the last token's position and text. */
export type LastPosition = () => (SourcePosition & { readonly text: string }) | null;

/**
 * Runs a reader, converting every error into a {@link ParseError} that names `fileName`.
 * @param fileName - the file's name for messages, if any
 * @param where - the reader's last position, used for unexpected errors
 * @param run - the reader
 * @throws ParseError always, when `run` throws anything
 * @remarks Since 0.1.0
 */
export function guardParse<T>(fileName: string | undefined, where: LastPosition, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ParseError) throw withFile(e, fileName);
    let at: ReturnType<LastPosition> = null;
    try {
      at = where();
    } catch {
      at = null;
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new ParseError({
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      expected: 'a readable game',
      found: at === null || at.text === '' ? END_OF_INPUT : at.text,
      ...(fileName !== undefined ? { file: fileName } : {}),
      reason: `could not read the game here: ${detail}`,
    });
  }
}
