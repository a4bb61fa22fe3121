/**
 * A small iterative JSON scanner (RFC 8259 grammar) used only to locate things for error messages:
 * the first syntax error (`JSON.parse` does not always say where) and the text position of a JSON path
 * (for schema errors). It never builds values.
 * @remarks Since 0.1.0
 */
import type { JsonPath } from './json-schema.js';
import type { SourcePosition } from './parse-error.js';

/** A syntax error found by {@link findJsonSyntaxError}. */
export type JsonSyntaxError = { readonly offset: number; readonly expected: string; readonly found: string };

type Frame = { kind: 'object' | 'array'; key: string | number; matched: boolean };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// oxlint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Scans `text`, calling `onValue` at the start of every value with whether its path matches a prefix of
 * `target` and its depth. Returns the first syntax error, or `null`.
 */
function scan(
  text: string,
  target: JsonPath,
  onValue: (offset: number, depth: number) => void,
): JsonSyntaxError | null {
  let pos = 0;
  const len = text.length;
  const stack: Frame[] = [];
  const ws = () => {
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const found = (): string => {
    if (pos >= len) return 'end of input';
    const m = /^(?:"[^"\n]{0,30}"?|[\w.+-]{1,30}|.)/u.exec(text.slice(pos, pos + 40));
    return m?.[0] ?? text.charAt(pos);
  };
  const error = (expected: string): JsonSyntaxError => ({ offset: pos, expected, found: found() });
  const matchedHere = (): boolean => {
    const d = stack.length;
    const top = stack[d - 1];
    if (top === undefined) return true;
    return top.matched && d <= target.length && target[d - 1] === top.key;
  };
  ws();
  if (text.charCodeAt(pos) === 0xfeff) {
    pos++;
    ws();
  }
  // Each turn reads one value (mode 'value') or what follows a value inside a container ('after').
  let mode: 'value' | 'after' = 'value';
  for (;;) {
    ws();
    if (mode === 'value') {
      const matched = matchedHere();
      if (matched) onValue(pos, stack.length);
      const c = text[pos];
      if (c === '{' || c === '[') {
        pos++;
        ws();
        const close = c === '{' ? '}' : ']';
        if (text[pos] === close) {
          pos++;
          mode = 'after';
          continue;
        }
        if (c === '[') {
          stack.push({ kind: 'array', key: 0, matched });
          continue;
        }
        const key = readKey();
        if (typeof key !== 'string') return key;
        stack.push({ kind: 'object', key, matched });
        continue;
      }
      if (c === '"') {
        STRING.lastIndex = pos;
        if (!STRING.test(text))
          return error('a complete string (closing quote, valid escapes, no raw control characters)');
        pos = STRING.lastIndex;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = pos;
        if (!NUMBER.test(text)) return error('a number');
        pos = NUMBER.lastIndex;
      } else if (text.startsWith('true', pos)) pos += 4;
      else if (text.startsWith('false', pos)) pos += 5;
      else if (text.startsWith('null', pos)) pos += 4;
      else return error('a JSON value');
      mode = 'after';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return pos >= len ? null : error('end of input');
    const c = text[pos];
    if (c === ',') {
      pos++;
      ws();
      if (top.kind === 'array') top.key = (top.key as number) + 1;
      else {
        const key = readKey();
        if (typeof key !== 'string') return key;
        top.key = key;
      }
      mode = 'value';
      continue;
    }
    if ((top.kind === 'array' && c === ']') || (top.kind === 'object' && c === '}')) {
      pos++;
      stack.pop();
      continue;
    }
    return error(top.kind === 'array' ? "',' or ']'" : "',' or '}'");
  }

  function readKey(): string | JsonSyntaxError {
    if (text[pos] !== '"') return error('a property name in double quotes');
    STRING.lastIndex = pos;
    if (!STRING.test(text)) return error('a complete string');
    let key: string;
    try {
      key = JSON.parse(text.slice(pos, STRING.lastIndex)) as string;
    } catch {
      return error('a property name');
    }
    pos = STRING.lastIndex;
    ws();
    if (text[pos] !== ':') return error("':'");
    pos++;
    return key;
  }
}

/**
 * The first syntax error of a JSON text, or `null` if it is valid JSON.
 * @remarks Since 0.1.0
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  return scan(text, [], () => undefined);
}

/**
 * The offset of the value at `path`, or of its deepest existing ancestor (for a missing key, the object
 * that should hold it).
 * @remarks Since 0.1.0
 */
export function locateJsonPath(text: string, path: JsonPath): number {
  let best = 0;
  let bestDepth = -1;
  scan(text, path, (offset, depth) => {
    if (depth > bestDepth) {
      best = offset;
      bestDepth = depth;
    }
  });
  return best;
}

/**
 * The 1-based line and column (in code points) of an offset.
 * @remarks Since 0.1.0
 */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let column = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      column = 1;
    } else if (c < 0xdc00 || c > 0xdfff) column++;
  }
  return { line, column };
}

/**
 * A short text of the JSON token starting at `offset` (for the `found` of an error).
 * @remarks Since 0.1.0
 */
export function tokenAt(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const m = /^(?:"(?:[^"\\]|\\.){0,36}"?|[\w.+-]{1,40}|.)/su.exec(text.slice(offset, offset + 80));
  return m?.[0] ?? text.charAt(offset);
}
