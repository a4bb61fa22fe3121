import { describe, expect, it } from 'vitest';
import { parseNfg } from '../../src/formats/nfg-read.js';
import { writeNfg } from '../../src/formats/nfg-write.js';
import { bimatrixGame, pureProfilePayoffs } from '../../src/game/strategic.js';
import { formatRational } from '../../src/numeric/rational.js';
import { expectSameGame, parseErrorOf, readFixture } from './helpers.js';

const HEAD = 'NFG 1 R "Three by two" { "Player 1" "Player 2" } { 3 2 }';
const OUTCOME_GAME = [
  'NFG 1 R "Two by two, outcome version" { "Player 1" "Player 2" }',
  '',
  '{ { "1" "2" }',
  '{ "1" "2" }',
  '}',
  '""',
  '',
  '{',
  '{ "" 2, 0 }',
  '{ "" 0, 1 }',
  '{ "" 0, 1 }',
  '{ "" 1, 0 }',
  '}',
].join('\n');

describe('parseNfg', () => {
  it('reads the payoff version with strategy counts (player 1 fastest)', () => {
    // Act
    const game = parseNfg(readFixture('matching-pennies.nfg'));
    // Assert
    expect(game.players).toEqual(['Even', 'Odd']);
    expect(game.strategies).toEqual([
      ['1', '2'],
      ['1', '2'],
    ]);
    expect(game.payoffs.map((r) => r.map(formatRational))).toEqual([
      ['1', '-1'],
      ['-1', '1'],
      ['-1', '1'],
      ['1', '-1'],
    ]);
    expect(game.outcomeTable).toBeUndefined();
  });

  it('reads the outcome version with nested labels, a comment and the null outcome', () => {
    const game = parseNfg(readFixture('coordination-outcomes.nfg'));
    expect(game.strategies).toEqual([
      ['Top', 'Bottom'],
      ['Left', 'Right', 'Middle'],
    ]);
    expect(game.comment).toMatch(/^Outcome version/);
    expect(game.outcomeTable?.outcomes.map((o) => o.label)).toEqual(['match', 'miss', 'bonus']);
    expect(game.outcomeTable?.cells).toEqual([0, 1, 1, 0, null, 2]);
    // (Bottom, Middle) is profile 5: outcome 3 ("bonus", 1/3 and 1.5 exactly).
    expect(pureProfilePayoffs(game, [1, 2]).map(formatRational)).toEqual(['1/3', '3/2']);
    expect(pureProfilePayoffs(game, [0, 2]).map(formatRational)).toEqual(['0', '0']);
  });

  it('accepts a file without a trailing newline (Gambit test_efg_no_newline_end)', () => {
    const game = parseNfg('NFG 1 R "prisoners dilemma"\n {"Player 1" "Player 2"} {2 2}\n -6 -6 -10 0 0 -10 -1 -1.0');
    expect(game.payoffs[3]?.map(formatRational)).toEqual(['-1', '-1']);
  });

  it('accepts "D" data and an outcome body without a comment', () => {
    const game = parseNfg(`${OUTCOME_GAME.replace('NFG 1 R', 'NFG 1 D').replace('""\n', '')}\n1 2 3 4`);
    expect(game.outcomeTable?.cells).toEqual([0, 1, 2, 3]);
  });
});

describe('parseNfg errors (modelled on Gambit tests/test_file.py)', () => {
  const err = (text: string) => parseErrorOf(() => parseNfg(text));

  it('title missing', () => {
    const e = err(`${HEAD.replace('"Three by two" ', '')}\n1 1 0 2 0 2 1 1 0 3 2 0`);
    expect(e.message).toBe('line 1:9: game title missing; found "{"');
  });

  it('player missing: the strategy counts are then too many', () => {
    const e = err(`${HEAD.replace('"Player 2"', '')}\n1 1 0 2 0 2 1 1 0 3 2 0`);
    expect([e.line, e.expected, e.found]).toEqual([1, "'}'", '2']);
  });

  it('payoffs not enough: at the end of input', () => {
    const e = err(`\n${HEAD}\n1 1 0 2 0 2 1 1 0 3\n`);
    expect(e.message).toBe(
      'line 4:1: expected a numerical payoff (12 in all: one per player for each of 6 profiles); found end of input',
    );
    expect(e.found).toBe('end of input');
  });

  it('payoffs too many: at the first extra one', () => {
    const e = err(`\n${HEAD}\n1 1 0 2 0 2 1 1 0 3 2 0 5 1\n`);
    expect(e.message).toBe('line 3:25: expected end of input; found "5"');
  });

  it('outcome indices not enough', () => {
    const e = err(`${OUTCOME_GAME}\n1 2 3\n`);
    expect([e.line, e.column, e.expected]).toEqual([15, 1, 'an outcome index']);
  });

  it('outcome indices too many', () => {
    const e = err(`${OUTCOME_GAME}\n1 2 3 4 2\n`);
    expect([e.line, e.column, e.expected]).toEqual([14, 9, 'end of input']);
  });

  it('undefined outcome index', () => {
    const e = err(`${OUTCOME_GAME}\n1 2 5 4\n`);
    expect(e.message).toBe('line 14:5: outcome 5 is not defined (the list has 4)');
  });

  it('wrong payoff count in an outcome', () => {
    const e = err(`${OUTCOME_GAME.replace('{ "" 0, 1 }', '{ "" 0, 1, 7 }')}\n1 2 3 4\n`);
    expect([e.line, e.column, e.expected]).toEqual([10, 10, "'}'"]);
  });

  it('a zero strategy count', () => {
    const e = err(`${HEAD.replace('{ 3 2 }', '{ 3 0 }')}\n`);
    expect([e.line, e.column]).toEqual([1, 54]);
  });

  it('a table too large to read', () => {
    const e = err(`${HEAD.replace('{ 3 2 }', '{ 100000 100000 }')}\n1 2`);
    expect(e.message).toMatch(/too large/);
  });

  it('wrong version', () => {
    expect(err(HEAD.replace('NFG 1', 'NFG 2')).message).toBe('line 1:5: accepting only NFG version 1; found "2"');
  });

  it('commas in the payoff body', () => {
    expect(err(`${HEAD}\n1, 1 0 2 0 2 1 1 0 3 2 0`).expected).toBe('a payoff');
  });
});

describe('writeNfg', () => {
  it("writes the outcome version in Gambit's layout", () => {
    const text = readFixture('coordination-outcomes.nfg');
    const written = writeNfg(parseNfg(text));
    expect(written).toBe(text.replace('{ "bonus" 1/3, 1.5 }', '{ "bonus" 1/3, 3/2 }'));
  });

  it('writes the payoff version with nested labels and the comment', () => {
    const game = bimatrixGame(
      [
        [1, '1/2'],
        [0, -3],
      ],
      [
        [2, 0],
        ['-1/3', 1],
      ],
      { title: 'T', players: ['A', 'B'] },
    );
    const text = writeNfg(game);
    expect(text).toBe('NFG 1 R "T" { "A" "B" }\n\n{ { "1" "2" }\n{ "1" "2" }\n}\n""\n\n1 2 0 -1/3 1/2 0 -3 1\n');
    expectSameGame(parseNfg(text), game);
  });
});
