import { describe, expect, it } from 'vitest';
import { detectFormat, parseGame, safeParseGame, writeGame } from '../../src/formats/detect.js';
import { ParseError } from '../../src/formats/parse-error.js';
import { readFixture } from './helpers.js';

describe('parseGame', () => {
  it('detects the format from the first token', () => {
    expect(detectFormat(readFixture('entry-deterrence.efg'))).toBe('efg');
    expect(detectFormat(`\n  ${readFixture('matching-pennies.nfg')}`)).toBe('nfg');
    expect(detectFormat(readFixture('bimatrix.json'))).toBe('json');
    expect(detectFormat('\uFEFFEFG 2 R')).toBe('efg');
    expect(detectFormat('hello')).toBeNull();
    expect(parseGame(readFixture('entry-deterrence.efg')).kind).toBe('extensive');
    expect(parseGame(readFixture('coordination-outcomes.nfg')).kind).toBe('strategic');
    expect(parseGame(readFixture('signalling-priors.json')).kind).toBe('extensive');
  });

  it('refuses an unknown format at the first token, naming the file', () => {
    const e = (() => {
      try {
        parseGame('\n  GAME 1', { fileName: '<stdin>' });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(ParseError);
    expect((e as ParseError).message).toMatch(/^<stdin>:2:3: expected a game file/);
  });
});

describe('safeParseGame', () => {
  it('returns the game, or the ParseError as a value', () => {
    const ok = safeParseGame(readFixture('matching-pennies.nfg'));
    expect(ok.success && ok.game.kind).toBe('strategic');
    const bad = safeParseGame('EFG 2 R "t" { "A" }\np "" 1 1 "" { "a" } 0\n', { fileName: 'x.efg' });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(ParseError);
      expect([bad.error.file, bad.error.line, bad.error.found]).toEqual(['x.efg', 3, 'end of input']);
    }
  });
});

describe('writeGame', () => {
  it('writes trees as .efg, strategic games as .nfg, either as JSON', () => {
    const tree = parseGame(readFixture('entry-deterrence.efg'));
    const table = parseGame(readFixture('matching-pennies.nfg'));
    expect(writeGame(tree)).toMatch(/^EFG 2 R /);
    expect(writeGame(table)).toMatch(/^NFG 1 R /);
    expect(JSON.parse(writeGame(table, 'json')).type).toBe('strategic');
    expect(() => writeGame(tree, 'nfg')).toThrow(/cannot be written as \.nfg/);
  });
});
