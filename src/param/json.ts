/**
 * Parametric games in subgame's JSON game form (`docs/json-format.md`): the same schema as concrete games,
 * with values that are expression text (`"b_K*V*lambdaK - c_K"`, `"1 - q"`) or integers, and an optional
 * top-level `"parameters": ["V", "bK", …]` listing the allowed parameter names. Reuses the format's own
 * schema walker (`walkJsonGame` / `parseJsonGame` of `src/formats/json-read.ts`) with an expression converter.
 * @remarks Since 0.1.0
 */
import type { ReadOptions } from '../formats/efg-read.js';
import { parseJsonGame, walkJsonGame } from '../formats/json-read.js';
import type { JsonValue } from '../formats/json-schema.js';
import type { JsonWalkOptions } from '../formats/json-walk.js';
import { type Polynomial, polyConst, polyConstantValue } from '../numeric/polynomial.js';
import { POLY } from './arithmetic.js';
import { parseExpression } from './expression.js';
import type { ParametricGame } from './game.js';

function walkOptions(parameters: readonly string[] | undefined): JsonWalkOptions<Polynomial> {
  return {
    arithmetic: POLY,
    convert: (raw: JsonValue) => {
      if (typeof raw === 'number') {
        if (!Number.isSafeInteger(raw))
          throw new Error(`${raw} is not a safe integer; write non-integers as strings ("1/10", "0.1")`);
        return polyConst(raw);
      }
      return parseExpression(raw, parameters === undefined ? {} : { parameters });
    },
    isNegative: (v) => {
      const c = polyConstantValue(v);
      return c !== undefined && c.compare(0) < 0;
    },
    extraKeys: ['parameters'],
  };
}

function declared(doc: unknown): readonly string[] | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const p = (doc as { parameters?: unknown }).parameters;
  return Array.isArray(p) && p.every((x) => typeof x === 'string') ? (p as string[]) : undefined;
}

/**
 * Reads a parametric game from JSON text.
 * @throws ParseError with line and column; an expression that is not a polynomial is reported at its value
 * @remarks Since 0.1.0
 */
export function parseParametricJson(text: string, options: ReadOptions = {}): ParametricGame {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined; // parseJsonGame reports the syntax error with its position
  }
  return parseJsonGame(text, walkOptions(declared(doc)), options);
}

/**
 * Walks an already parsed JSON document into a parametric game.
 * @throws GameStructureError whose issues carry JSON paths
 * @remarks Since 0.1.0
 */
export function walkParametricJson(doc: unknown): ParametricGame {
  return walkJsonGame(doc, walkOptions(declared(doc)));
}
