/**
 * The error every reader throws: where (1-based line and column, optional file name), what was expected
 * and what was found. Messages follow Gambit's reader (`src/games/file.cc`, `OnParseError`):
 * `line 3:14: expected a payoff; found "x"`. The column is that of the offending token's first character
 * (Gambit reports the position just after it, so its `line 1:6` for `EFG 1` is `line 1:5` here).
 * @remarks Since 0.1.0
 */
import { type Issue, SubgameError } from '../game/errors.js';

/** A position in a text: 1-based line and column (columns count Unicode code points). */
export type SourcePosition = {
  readonly line: number;
  readonly column: number;
};

/** What {@link ParseError}'s constructor takes. */
export type ParseErrorInit = SourcePosition & {
  /** what the reader expected there, e.g. `"'}'"`, `'a payoff'` */
  readonly expected: string;
  /** the offending token's text, or `'end of input'` */
  readonly found: string;
  /** the file's name, for messages (`<stdin>` for standard input) */
  readonly file?: string;
  /** a sentence replacing `expected …; found …` in the message, for errors about content, not syntax */
  readonly reason?: string;
  /** paths into the input (JSON paths, node paths) and what was wrong there */
  readonly issues?: readonly Issue[];
};

/** The `found` text of an error at the end of the input. */
export const END_OF_INPUT = 'end of input';

/**
 * A text could not be read as a game. The reader returns a whole game or throws this; nothing is
 * half-built.
 * @remarks Since 0.1.0
 */
export class ParseError extends SubgameError {
  /** 1-based line of the offending token */
  readonly line: number;
  /** 1-based column (in code points) of the offending token's first character */
  readonly column: number;
  /** what was expected there */
  readonly expected: string;
  /** the offending token's text, or `'end of input'` */
  readonly found: string;
  /** the file's name, when the caller gave one */
  readonly file: string | undefined;

  constructor(init: ParseErrorInit) {
    const message = `${formatLocation(init)}: ${init.reason ?? `expected ${init.expected}; found ${describeFound(init.found)}`}`;
    super('parse', message, init.issues ?? []);
    this.name = 'ParseError';
    this.line = init.line;
    this.column = init.column;
    this.expected = init.expected;
    this.found = init.found;
    this.file = init.file;
  }
}

/**
 * `line 3:14` without a file name, `game.efg:3:14` with one (the form editors and the command line use).
 * @remarks Since 0.1.0
 */
export function formatLocation(at: SourcePosition & { readonly file?: string | undefined }): string {
  return at.file === undefined ? `line ${at.line}:${at.column}` : `${at.file}:${at.line}:${at.column}`;
}

/**
 * How a found token appears in messages: quoted (text tokens keep their own quotes), or `end of input`.
 * @remarks Since 0.1.0
 */
export function describeFound(found: string): string {
  if (found === END_OF_INPUT) return found;
  const short = found.length > 40 ? `${found.slice(0, 37)}...` : found;
  return short.startsWith('"') ? short : `"${short}"`;
}

/**
 * Copies an error with a file name attached (readers raise errors without one; the entry points add it).
 * @remarks Since 0.1.0
 */
export function withFile(error: ParseError, file: string | undefined): ParseError {
  if (file === undefined || error.file === file) return error;
  const reason = error.message.slice(formatLocation(error).length + 2);
  return new ParseError({
    line: error.line,
    column: error.column,
    expected: error.expected,
    found: error.found,
    file,
    reason,
    issues: error.issues.length === 1 && error.issues[0]?.path.length === 0 ? [] : error.issues,
  });
}
