/**
 * Walks a parsed JSON document of subgame's game form into a game, with a caller-supplied value converter:
 * exact rationals here ({@link RATIONAL_JSON}), expressions in a parametric module. Every problem is
 * collected with its JSON path (`issues`) and thrown as one {@link GameStructureError}; `parseJson` turns
 * that into a located `ParseError`.
 * @remarks Since 0.1.0
 */
import { type Arithmetic, RATIONAL } from '../game/arithmetic.js';
import { GameStructureError, type Issue } from '../game/errors.js';
import { type Rational, parseRational } from '../numeric/rational.js';
import {
  JSON_FORMAT,
  JSON_VERSION,
  JsonLocation,
  type JsonValue,
  type PathLike,
  childOf,
  formatJsonPath,
  toPath,
} from './json-schema.js';

/**
 * Converts a raw value (number text, integer, or expression text) found at `where` (`where.path()` gives the
 * JSON path); throws an `Error` with a message if the value is invalid.
 */
export type JsonValueConverter<V> = (raw: JsonValue, where: JsonLocation) => V;

/** How {@link walkJsonGame} builds values. */
export type JsonWalkOptions<V> = {
  readonly arithmetic: Arithmetic<V>;
  readonly convert: JsonValueConverter<V>;
  /** sign test for probabilities; absent for symbolic values */
  readonly isNegative?: (v: V) => boolean;
  /** top-level keys a caller's extension of the schema adds (e.g. `"parameters"`); ignored here */
  readonly extraKeys?: readonly string[];
};

/**
 * Reads a raw value as an exact rational: number text (`"1/3"`, `"0.1"`, `"-2"`, `"1.5e-3"`) or a safe
 * integer. Non-integer JSON numbers are refused, since JSON readers turn them into binary floats.
 * @throws Error with a message saying what is wrong
 * @remarks Since 0.1.0
 */
export function rationalFromJson(raw: JsonValue): Rational {
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) {
      throw new Error(`${raw} is not a safe integer; write non-integer and large values as strings ("1/10", "0.1")`);
    }
    return RATIONAL.fromRational(parseRational(String(raw)) as Rational);
  }
  const r = parseRational(raw.trim());
  if (r === undefined) throw new Error(`"${raw}" is not a number (write e.g. "2", "-1/3", "0.25", "1.5e-3")`);
  return r;
}

/** Exact rational values (the default of `parseJson`). @remarks Since 0.1.0 */
export const RATIONAL_JSON: JsonWalkOptions<Rational> = {
  arithmetic: RATIONAL,
  convert: (raw) => rationalFromJson(raw),
  isNegative: (v) => v.s < 0n && v.n !== 0n,
};

/** A plain JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/**
 * Collects schema issues with their JSON paths, with the checks the walkers share.
 * @remarks Since 0.1.0
 */
export class JsonIssues<V> {
  readonly issues: Issue[] = [];
  readonly options: JsonWalkOptions<V>;

  constructor(options: JsonWalkOptions<V>) {
    this.options = options;
  }

  /** Records an issue. */
  add(path: PathLike, message: string): void {
    if (this.issues.length < 100) this.issues.push({ path: [...toPath(path)], message });
  }

  /** The value as an object, or `undefined` (with an issue). */
  object(value: unknown, path: PathLike, what = 'an object'): JsonObject | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonObject;
    this.add(path, `expected ${what}; found ${typeName(value)}`);
    return undefined;
  }

  /** The value as an array, or `undefined` (with an issue). */
  array(value: unknown, path: PathLike, what = 'an array'): readonly unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.add(path, `expected ${what}; found ${typeName(value)}`);
    return undefined;
  }

  /** An optional string field (default `fallback`). */
  string(o: JsonObject, key: string, path: PathLike, fallback = ''): string {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === 'string') return v;
    this.add(childOf(path, key), `expected a string; found ${typeName(v)}`);
    return fallback;
  }

  /** Issues for keys outside `allowed`. */
  onlyKeys(o: JsonObject, allowed: readonly string[], path: PathLike): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k))
        this.add(childOf(path, k), `unknown field "${k}" (allowed here: ${allowed.join(', ')})`);
    }
  }

  /** A converted value, or `zero` (with an issue). */
  value(raw: unknown, path: PathLike): V {
    const ar = this.options.arithmetic;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      this.add(path, `expected a value (number text like "1/3", or an integer); found ${typeName(raw)}`);
      return ar.zero;
    }
    try {
      return this.options.convert(raw, path instanceof JsonLocation ? path : JsonLocation.ROOT.at(...path));
    } catch (e) {
      this.add(path, e instanceof Error ? e.message : String(e));
      return ar.zero;
    }
  }

  /** A list of exactly `count` values (payoffs, probabilities). */
  values(raw: unknown, count: number, path: PathLike, what: string): V[] {
    const list = this.array(raw, path, `an array of ${what}`);
    if (list === undefined) return [];
    if (list.length !== count) this.add(path, `expected ${count} ${what}; found ${list.length}`);
    return list.map((x, i) => this.value(x, childOf(path, i)));
  }

  /** An integer in `[min, max]`, or `undefined` (with an issue). */
  integer(raw: unknown, path: PathLike, min: number, max: number, what: string): number | undefined {
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= min && raw <= max) return raw;
    this.add(path, `expected ${what} (an integer from ${min} to ${max}); found ${typeName(raw)}`);
    return undefined;
  }

  /** Throws the collected issues, if any. */
  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const first = this.issues[0] as Issue;
    const more = this.issues.length > 1 ? ` (and ${this.issues.length - 1} more)` : '';
    throw new GameStructureError(`${formatJsonPath(first.path)}: ${first.message}${more}`, this.issues);
  }
}

/**
 * How a JSON value is named in messages.
 * @remarks Since 0.1.0
 */
export function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 30 ? `${v.slice(0, 27)}...` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}

/** The checked header of a document. */
export type JsonHeader = {
  readonly type: 'extensive' | 'strategic';
  readonly title: string;
  readonly comment: string;
  readonly players: readonly string[];
  readonly doc: JsonObject;
};

/**
 * Checks `format`, `version`, `type`, `title`, `comment` and `players`.
 * @returns the header, or `undefined` when it is unusable (issues recorded)
 * @remarks Since 0.1.0
 */
export function readHeader<V>(doc: unknown, c: JsonIssues<V>): JsonHeader | undefined {
  const o = c.object(doc, [], `a "${JSON_FORMAT}" document (an object)`);
  if (o === undefined) return undefined;
  if (o['format'] !== JSON_FORMAT) c.add(['format'], `expected "${JSON_FORMAT}"; found ${typeName(o['format'])}`);
  if (o['version'] !== JSON_VERSION)
    c.add(['version'], `expected version ${JSON_VERSION}; found ${typeName(o['version'])}`);
  const type = o['type'];
  if (type !== 'extensive' && type !== 'strategic') {
    c.add(['type'], `expected "extensive" or "strategic"; found ${typeName(type)}`);
    return undefined;
  }
  const list = c.array(o['players'], ['players'], 'an array of player names');
  const players: string[] = [];
  list?.forEach((p, i) => {
    if (typeof p === 'string') players.push(p);
    else c.add(['players', i], `expected a player name (a string); found ${typeName(p)}`);
  });
  if (list !== undefined && list.length === 0) c.add(['players'], 'a game needs at least one player');
  return { type, title: c.string(o, 'title', []), comment: c.string(o, 'comment', []), players, doc: o };
}
