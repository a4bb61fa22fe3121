/**
 * Test helpers for the formats tests: hand-written fixtures in `test/fixtures/`, and an expectation that
 * two games are structurally equal with a readable list of differences on failure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Game } from '../../src/game/types.js';
import { type EqualOptions, gameDifferences } from '../../src/formats/equal.js';
import { ParseError } from '../../src/formats/parse-error.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Text of a fixture file in `test/fixtures/`. */
export function readFixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

/** Asserts structural equality, printing the differences when there are any. */
export function expectSameGame<V>(actual: Game<V>, expected: Game<V>, options: EqualOptions<V> = {}): void {
  expect(gameDifferences(actual, expected, options)).toEqual([]);
}

/** Runs `f`, asserts it throws a ParseError, and returns the error. */
export function parseErrorOf(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError; nothing was thrown');
}
