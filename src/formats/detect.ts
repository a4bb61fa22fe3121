/**
 * One entry point for any game text: `.efg`, `.nfg` or subgame's JSON form, recognised by the first token
 * (`EFG`, `NFG`, `{`), and a non-throwing variant returning a discriminated result (zod's `safeParse`).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { Game } from '../game/types.js';
import type { Rational } from '../numeric/rational.js';
import { type ReadOptions, parseEfg } from './efg-read.js';
import { writeEfg } from './efg-write.js';
import { parseJson } from './json-read.js';
import { writeJson } from './json-write.js';
import { parseNfg } from './nfg-read.js';
import { writeNfg } from './nfg-write.js';
import { ParseError } from './parse-error.js';
import { guardParse } from './guard.js';
import { Lexer } from './tokenizer.js';

/** The formats subgame reads and writes. */
export type GameFormat = 'efg' | 'nfg' | 'json';

/** The result of {@link safeParseGame}. */
export type SafeParseResult =
  | { readonly success: true; readonly game: Game<Rational> }
  | { readonly success: false; readonly error: ParseError };

/**
 * The format of a text, from its first token: `EFG`, `NFG`, or `{` (JSON).
 * @returns the format, or `null` when none matches
 * @remarks Since 0.1.0
 */
export function detectFormat(text: string): GameFormat | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  const m = /^[^\s{}",]+/.exec(trimmed);
  if (m?.[0] === 'EFG') return 'efg';
  if (m?.[0] === 'NFG') return 'nfg';
  return null;
}

/**
 * Reads a game in any supported format (detected from the content).
 * @param text - the file's content
 * @param options - `fileName` for messages
 * @returns the game, whole and validated
 * @throws ParseError for unreadable input, including an unknown format (at the first token)
 * @remarks Since 0.1.0
 */
export function parseGame(text: string, options: ReadOptions = {}): Game<Rational> {
  const format = detectFormat(text);
  if (format === 'efg') return parseEfg(text, options);
  if (format === 'nfg') return parseNfg(text, options);
  if (format === 'json') return parseJson(text, options);
  const lexer = new Lexer(text);
  return guardParse(
    options.fileName,
    () => null,
    () => {
      const t = lexer.peek();
      throw new ParseError({
        line: t.line,
        column: t.column,
        expected: "'EFG', 'NFG' or '{' (JSON)",
        found: t.kind === 'eof' ? 'end of input' : t.text,
        reason: `expected a game file: 'EFG …' (.efg), 'NFG …' (.nfg) or a JSON document; found ${t.kind === 'eof' ? 'end of input' : JSON.stringify(t.text.slice(0, 40))}`,
      });
    },
  );
}

/**
 * Like {@link parseGame}, but returns `{ success: false, error }` instead of throwing.
 * @remarks Since 0.1.0
 */
export function safeParseGame(text: string, options: ReadOptions = {}): SafeParseResult {
  try {
    return { success: true, game: parseGame(text, options) };
  } catch (e) {
    if (e instanceof ParseError) return { success: false, error: e };
    return {
      success: false,
      error: new ParseError({
        line: 1,
        column: 1,
        expected: 'a readable game',
        found: 'end of input',
        reason: `could not read the game: ${e instanceof Error ? e.message : String(e)}`,
        ...(options.fileName !== undefined ? { file: options.fileName } : {}),
      }),
    };
  }
}

/**
 * Writes a game: trees as `.efg`, strategic games as `.nfg` (default), or either as JSON.
 * @param game - the game
 * @param format - `'json'` for subgame's JSON form; otherwise Gambit's format for the game's kind
 * @throws InvalidArgumentError from {@link writeEfg} for non-common priors, or for a format that does not
 *   fit the game (`efg` for a strategic game, `nfg` for a tree)
 * @remarks Since 0.1.0
 */
export function writeGame(game: Game<Rational>, format?: GameFormat): string {
  if (format === 'json') return writeJson(game);
  if (game.kind === 'extensive') {
    if (format === 'nfg')
      throw new InvalidArgumentError('writeGame(): a tree cannot be written as .nfg; compute its strategic form first');
    return writeEfg(game);
  }
  if (format === 'efg') throw new InvalidArgumentError('writeGame(): a strategic game cannot be written as .efg');
  return writeNfg(game);
}
