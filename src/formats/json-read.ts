/**
 * Reads subgame's JSON game form (`docs/json-format.md`). Syntax errors get the line and column of the
 * offending character; schema errors get the position of the offending value and its JSON path in
 * `issues`.
 * @remarks Since 0.1.0
 */
import { GameStructureError } from '../game/errors.js';
import type { Game } from '../game/types.js';
import type { Rational } from '../numeric/rational.js';
import type { ReadOptions } from './efg-read.js';
import { guardParse } from './guard.js';
import { findJsonSyntaxError, locateJsonPath, positionAt, tokenAt } from './json-locate.js';
import { formatJsonPath } from './json-schema.js';
import { walkJsonStrategic } from './json-strategic.js';
import { walkJsonTree } from './json-tree.js';
import { JsonIssues, type JsonWalkOptions, RATIONAL_JSON, readHeader } from './json-walk.js';
import { ParseError } from './parse-error.js';

/**
 * Walks a parsed document (`JSON.parse` output) into a game, converting values with `options.convert`.
 * This is the extension point for parametric games: pass a converter that reads expression text.
 * @param doc - the parsed document
 * @param options - value arithmetic, converter, sign test, extra top-level keys
 * @throws GameStructureError whose `issues` carry JSON paths
 * @remarks Since 0.1.0
 */
export function walkJsonGame<V>(doc: unknown, options: JsonWalkOptions<V>): Game<V> {
  const c = new JsonIssues(options);
  const header = readHeader(doc, c);
  c.throwIfAny();
  if (header === undefined) throw new GameStructureError('not a game document');
  return header.type === 'extensive' ? walkJsonTree(header, c) : walkJsonStrategic(header, c);
}

/**
 * Reads a JSON text with a caller-supplied value converter (see {@link walkJsonGame}).
 * @throws ParseError located at the syntax error, or at the first value with a schema issue
 * @remarks Since 0.1.0
 */
export function parseJsonGame<V>(text: string, walk: JsonWalkOptions<V>, options: ReadOptions = {}): Game<V> {
  let where = 0;
  return guardParse(
    options.fileName,
    () => ({ ...positionAt(text, where), text: tokenAt(text, where) }),
    () => {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        const err = findJsonSyntaxError(text);
        const offset = err?.offset ?? 0;
        throw new ParseError({
          ...positionAt(text, offset),
          expected: err?.expected ?? 'valid JSON',
          found: err?.found ?? tokenAt(text, offset),
          ...(err === null ? { reason: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` } : {}),
        });
      }
      try {
        return walkJsonGame(doc, walk);
      } catch (e) {
        if (!(e instanceof GameStructureError)) throw e;
        const first = e.issues[0];
        const path = first?.path ?? [];
        where = locateJsonPath(text, path);
        const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : '';
        throw new ParseError({
          ...positionAt(text, where),
          expected: 'a valid subgame-game document',
          found: tokenAt(text, where),
          reason: `${formatJsonPath(path)}: ${first?.message ?? e.message}${more}`,
          issues: e.issues,
        });
      }
    },
  );
}

/**
 * Reads subgame's JSON game form with exact rational values (`"1/10"`, `"0.1"`, integers).
 * @param text - the document
 * @param options - `fileName` for messages
 * @returns the game, whole and validated
 * @throws ParseError with line and column (and the JSON path of each schema issue in `issues`)
 * @remarks Since 0.1.0
 */
export function parseJson(text: string, options: ReadOptions = {}): Game<Rational> {
  return parseJsonGame(text, RATIONAL_JSON, options);
}
