/**
 * Reading and writing games: Gambit's `.efg` and `.nfg` files and subgame's JSON form.
 * @remarks Since 0.1.0
 */
export { ParseError, END_OF_INPUT, formatLocation, describeFound, withFile } from './parse-error.js';
export type { ParseErrorInit, SourcePosition } from './parse-error.js';
export { Lexer, tokenize, quote } from './tokenizer.js';
export type { Token, TokenKind } from './tokenizer.js';
export { parseEfg } from './efg-read.js';
export type { ReadOptions } from './efg-read.js';
export { parseNfg } from './nfg-read.js';
export { writeEfg } from './efg-write.js';
export { writeNfg } from './nfg-write.js';
export { parseJson, parseJsonGame, walkJsonGame } from './json-read.js';
export { writeJson } from './json-write.js';
export type { JsonWriteOptions } from './json-write.js';
export { JsonIssues, RATIONAL_JSON, rationalFromJson, readHeader, typeName } from './json-walk.js';
export type { JsonHeader, JsonObject, JsonValueConverter, JsonWalkOptions } from './json-walk.js';
export { walkJsonTree } from './json-tree.js';
export { walkJsonStrategic } from './json-strategic.js';
export { JSON_FORMAT, JSON_VERSION, formatJsonPath } from './json-schema.js';
export type {
  JsonChanceMove,
  JsonChanceNode,
  JsonDecisionMove,
  JsonDecisionNode,
  JsonExtensiveGame,
  JsonGame,
  JsonGameBase,
  JsonInnerBase,
  JsonNestedPayoffs,
  JsonNode,
  JsonNodeBase,
  JsonOutcome,
  JsonPath,
  JsonPlayerRef,
  JsonStrategicGame,
  JsonTerminalNode,
  JsonValue,
} from './json-schema.js';
export { findJsonSyntaxError, locateJsonPath, positionAt } from './json-locate.js';
export type { JsonSyntaxError } from './json-locate.js';
export { detectFormat, parseGame, safeParseGame, writeGame } from './detect.js';
export type { GameFormat, SafeParseResult } from './detect.js';
export { gameDifferences, gamesEqual } from './equal.js';
export type { EqualOptions } from './equal.js';
