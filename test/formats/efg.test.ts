import { describe, expect, it } from 'vitest';
import { parseEfg } from '../../src/formats/efg-read.js';
import { writeEfg } from '../../src/formats/efg-write.js';
import { ParseError } from '../../src/formats/parse-error.js';
import { buildTree, decision, terminal } from '../../src/game/builder.js';
import { accumulatedPayoffs } from '../../src/game/queries.js';
import { formatRational } from '../../src/numeric/rational.js';
import { expectSameGame, parseErrorOf, readFixture } from './helpers.js';

/** A small game in Gambit's layout, used as the base of the error cases (modelled on test_file.py). */
const BASE = [
  'EFG 2 R "Two moves" { "Player 1" "Player 2" }',
  '""',
  '',
  'p "" 1 1 "" { "L" "R" } 0',
  't "" 1 "Outcome 1" { 1, 1 }',
  'p "" 2 1 "" { "l" "r" } 0',
  't "" 2 "Outcome 2" { 0, 2 }',
  't "" 3 "Outcome 3" { 0, 3 }',
  '',
].join('\n');

const fmt = (xs: readonly { toString(): string }[]) => xs.map((x) => formatRational(x as never));

describe('parseEfg', () => {
  it('reads the entry-deterrence fixture', () => {
    // Act
    const game = parseEfg(readFixture('entry-deterrence.efg'));
    // Assert
    expect(game.title).toBe('Entry deterrence (hand-written fixture)');
    expect(game.comment).toBe('A market entry game: the incumbent may fight or accommodate.');
    expect(game.players).toEqual(['Entrant', 'Incumbent']);
    expect(game.nodes.map((n) => n.type)).toEqual(['personal', 'terminal', 'personal', 'terminal', 'terminal']);
    expect(game.nodes[0]?.label).toBe('start');
    expect(game.infosets.map((i) => [i.player, i.label, i.actions, i.fileNumber])).toEqual([
      [0, 'Entrant decides', ['Out', 'In'], 1],
      [1, 'Incumbent decides', ['Fight', 'Accommodate'], 1],
    ]);
    expect(game.outcomes.map((o) => [o.label, fmt(o.payoffs)])).toEqual([
      ['stay out', ['0', '2']],
      ['price war', ['-1', '-1']],
      ['share', ['1', '1']],
    ]);
  });

  it('reads omitted and repeated descriptions, reused outcomes and nonterminal outcomes (card-signal fixture)', () => {
    const game = parseEfg(readFixture('card-signal.efg'));
    expect(game.title).toBe('Card signal: chance, shared "information" sets, repeated descriptions');
    expect(game.comment).toContain('a backslash \\ kept as is');
    expect(game.chanceInfosets[0]?.probs.map(formatRational)).toEqual(['1/4', '3/4']);
    // Outcomes in order of first appearance: 7 ("ante"), 1, 2, 3, 4.
    expect(game.outcomes.map((o) => o.label)).toEqual([
      'ante',
      'sender wins',
      'receiver folds',
      'showdown high',
      'receiver wins',
    ]);
    expect(fmt(game.outcomes[0]?.payoffs ?? [])).toEqual(['-1/2', '1/2']);
    // Player 2's information set 5 has two members; its second description was omitted.
    const receiver = game.infosets.find((i) => i.player === 1);
    expect(receiver?.members).toEqual([2, 7]);
    expect(receiver?.fileNumber).toBe(5);
    // The bare "t "" 2" reuses outcome 2; payoffs accumulate the nonterminal "ante".
    expect(game.nodes[9]?.outcome).toBe(2);
    const acc = accumulatedPayoffs(game);
    expect(acc[3]?.map(formatRational)).toEqual(['3/2', '-3/2']);
  });

  it('keeps chance information sets with several members and outcomes on chance nodes', () => {
    const game = parseEfg(readFixture('three-players-chance.efg'));
    expect(game.players).toHaveLength(3);
    expect(game.chanceInfosets.map((c) => [c.label, c.members.length])).toEqual([
      ['coin', 1],
      ['die', 2],
    ]);
    expect(game.infosets[0]?.members).toHaveLength(2);
    expect(game.nodes.filter((n) => n.type === 'chance' && n.outcome !== null)).toHaveLength(2);
  });

  it('accepts repeated node labels and repeated information-set labels, keeping them as written', () => {
    const text = [
      'EFG 2 R "" { "A" "B" }',
      'p "n" 1 1 "same" { "x" "x" } 0',
      'p "n" 2 1 "same" { "a" "b" } 0',
      't "n" 1 "" { 1, 0 }',
      't "n" 0',
      'p "n" 2 2 "same" { "a" "b" } 0',
      't "" 0',
      't "" 0',
    ].join('\n');
    const game = parseEfg(text);
    expect(game.nodes.filter((n) => n.label === 'n')).toHaveLength(5);
    expect(game.infosets.map((i) => i.label)).toEqual(['same', 'same', 'same']);
    expect(game.infosets[0]?.actions).toEqual(['x', 'x']);
  });

  it('accepts a file without a trailing newline, and "D" data', () => {
    expect(parseEfg(BASE.trimEnd().replace('EFG 2 R', 'EFG 2 D')).nodes).toHaveLength(5);
  });

  it('reads a deep chain without overflowing the stack', () => {
    const depth = 30_000;
    const lines = ['EFG 2 R "chain" { "P" }'];
    for (let i = 0; i < depth; i++) lines.push(`p "" 1 ${i + 1} "" { "stop" "go" } 0`, 't "" 0');
    lines.push('t "" 1 "end" { 1 }');
    const game = parseEfg(lines.join('\n'));
    expect(game.nodes).toHaveLength(2 * depth + 1);
    expect(game.nodes[game.nodes.length - 1]?.depth).toBe(depth);
  });
});

describe('parseEfg errors (modelled on Gambit tests/test_file.py)', () => {
  const err = (text: string) => parseErrorOf(() => parseEfg(text));

  it('empty input', () => {
    expect(err('').message).toBe('line 1:1: expected the EFG file type indicator; found end of input');
  });

  it('missing file type', () => {
    const e = err(BASE.replace('EFG', ''));
    expect([e.line, e.column, e.found]).toEqual([1, 2, '2']);
  });

  it('wrong version, at the version token', () => {
    const e = err(BASE.replace('EFG 2', 'EFG 1'));
    expect(e.message).toBe('line 1:5: accepting only EFG version 2; found "1"');
    expect(e).toMatchObject({ line: 1, column: 5, expected: 'EFG version 2', found: '1', code: 'parse' });
  });

  it('wrong data type', () => {
    expect(err(BASE.replace('EFG 2 R', 'EFG 2 X')).message).toBe(
      'line 1:7: accepting only EFG R or D data type; found "X"',
    );
  });

  it('missing title', () => {
    expect(err(BASE.replace('"Two moves" ', '')).message).toBe('line 1:9: game title missing; found "{"');
  });

  it('invalid node type', () => {
    const e = err(BASE.replace('p "" 1 1', 'x "" 1 1'));
    expect(e.message).toBe(`line 4:1: invalid type of node: expected 'c', 'p' or 't'; found "x"`);
  });

  it('too many payoffs: at the first extra one', () => {
    const e = err(BASE.replace('{ 1, 1 }', '{ 1, 2, 3 }'));
    expect([e.line, e.column, e.expected, e.found]).toEqual([5, 26, "'}'", ',']);
    expect(e.message).toBe(`line 5:26: expected '}' after 2 payoffs (one per player); found ","`);
  });

  it('too few payoffs: at the closing brace', () => {
    const e = err(BASE.replace('{ 1, 1 }', '{ 1 }'));
    expect([e.line, e.column, e.expected, e.found]).toEqual([5, 24, 'a payoff', '}']);
  });

  it('a removed player makes the payoffs too many', () => {
    const e = err(BASE.replace('"Player 2"', ''));
    expect([e.line, e.expected]).toEqual([5, "'}'"]);
  });

  it('player number out of range', () => {
    const e = err(BASE.replace('p "" 2 1', 'p "" 3 1'));
    expect([e.line, e.column, e.expected]).toEqual([6, 6, 'a player number from 1 to 2']);
  });

  it('probabilities not summing to 1', () => {
    const text = 'EFG 2 R "" { "P" }\nc "" 1 "" { "a" 0.33 "b" 0.33 "c" 0.33 } 0\nt "" 0\nt "" 0\nt "" 0\n';
    const e = err(text);
    expect(e.message).toBe('line 2:11: chance probabilities sum to 99/100, not exactly 1');
    expect(parseEfg(text.replace('"c" 0.33', '"c" 0.34')).chanceInfosets[0]?.probs.map(formatRational)).toEqual([
      '33/100',
      '33/100',
      '17/50',
    ]);
  });

  it('negative probability', () => {
    const e = err('EFG 2 R "" { "P" }\nc "" 1 "" { "a" -1/2 "b" 3/2 } 0\nt "" 0\nt "" 0\n');
    expect([e.line, e.column, e.found]).toEqual([2, 17, '-1/2']);
  });

  it('undefined outcome', () => {
    const e = err(BASE.replace('t "" 3 "Outcome 3" { 0, 3 }', 't "" 9'));
    expect(e.message).toBe('line 8:6: outcome 9 is not defined yet: its first use must give its label and payoffs');
  });

  it('mismatched repeated outcome', () => {
    const e = err(BASE.replace('t "" 3 "Outcome 3" { 0, 3 }', 't "" 1 "Outcome 1" { 1, 2 }'));
    expect(e.message).toBe('line 8:6: outcome 1 is described differently than at line 5:6');
  });

  it('matching repeated outcome, with numbers compared by value', () => {
    const game = parseEfg(BASE.replace('t "" 3 "Outcome 3" { 0, 3 }', 't "" 1 "Outcome 1" { 1.0, 2/2 }'));
    expect(game.outcomes).toHaveLength(2);
  });

  it('outcome 0 with a description', () => {
    expect(err(BASE.replace('{ "L" "R" } 0', '{ "L" "R" } 0 "x" { 1, 1 }')).message).toMatch(
      /^line 4:27: outcome 0 is the null outcome/,
    );
  });

  it('undefined information set (bare number first)', () => {
    const e = err(BASE.replace('p "" 2 1 "" { "l" "r" } 0', 'p "" 2 1 0'));
    expect(e.message).toBe(
      "line 6:8: player 2's information set 1 is not defined yet: its first node must give its label and actions",
    );
  });

  it('mismatched repeated information set', () => {
    const text = BASE.replace('t "" 3 "Outcome 3" { 0, 3 }', 'p "" 2 1 "" { "l" "x" } 0\nt "" 0\nt "" 0');
    expect(err(text).message).toBe(
      "line 8:10: player 2's information set 1 is described differently than at line 6:10",
    );
  });

  it('wrong number of children: missing subtree, or a trailing one', () => {
    expect(err(BASE.replace(/t "" 3 .*\n/, '')).found).toBe('end of input');
    const e = err(`${BASE}t "" 0\n`);
    expect([e.line, e.column, e.expected]).toEqual([9, 1, 'end of input']);
  });

  it('an information set without actions, and a game without players', () => {
    expect(err(BASE.replace('{ "l" "r" }', '{ }')).message).toBe(
      'line 6:13: an information set needs at least one action',
    );
    expect(err('EFG 2 R "" { }\nt "" 0').message).toBe('line 1:12: a game needs at least one player');
  });

  it('an invalid number', () => {
    const e = err(BASE.replace('{ 0, 2 }', '{ +0, 2 }'));
    expect(e.message).toMatch(/^line 7:22: invalid number "\+0"/);
  });

  it('names the file when given one', () => {
    const e = parseErrorOf(() => parseEfg(BASE.replace('EFG 2', 'EFG 1'), { fileName: 'games/e.efg' }));
    expect(e.message).toBe('games/e.efg:1:5: accepting only EFG version 2; found "1"');
    expect(e.file).toBe('games/e.efg');
  });

  it('a ParseError is a SubgameError with code "parse"', () => {
    const e = err('EFG');
    expect(e).toBeInstanceOf(ParseError);
    expect(e.code).toBe('parse');
    expect(e.issues.length).toBeGreaterThan(0);
  });
});

describe('writeEfg', () => {
  it("writes Gambit's layout", () => {
    // Arrange
    const game = parseEfg(readFixture('card-signal.efg'));
    // Act
    const text = writeEfg(game);
    // Assert
    expect(text).toBe(
      [
        String.raw`EFG 2 R "Card signal: chance, shared \"information\" sets, repeated descriptions" { "Sender" "Receiver" }`,
        String.raw`"Hand-written fixture for the reader: omitted and repeated infoset descriptions, reused outcomes,`,
        String.raw`an outcome on a nonterminal node, payoffs without commas, decimals and a backslash \\ kept as is."`,
        '',
        'c "deal" 1 "card" { "High" 1/4 "Low" 3/4 } 0',
        'p "" 1 1 "high card" { "Raise" "Check" } 1 "ante" { -1/2, 1/2 }',
        'p "" 2 5 "after raise" { "Call" "Fold" } 0',
        't "" 2 "sender wins" { 2, -2 }',
        't "" 3 "receiver folds" { 1, -1 }',
        't "" 4 "showdown high" { 1, -1 }',
        'p "" 1 2 "low card" { "Raise" "Check" } 0',
        'p "" 2 5 "after raise" { "Call" "Fold" } 0',
        't "" 5 "receiver wins" { -2, 2 }',
        't "" 3 "receiver folds" { 1, -1 }',
        't "" 5 "receiver wins" { -2, 2 }',
        '',
      ].join('\n'),
    );
    expectSameGame(parseEfg(text), game, { outcomeIds: true, fileNumbers: true });
  });

  it('escapes quotes and backslashes in every label', () => {
    const odd = 'a "quoted" \\ back\\"slash\\';
    const game = buildTree({
      title: odd,
      comment: odd,
      players: [odd, 'B'],
      root: decision(
        0,
        [
          [odd, terminal([1, 2], { label: odd, outcomeLabel: odd })],
          ['x', terminal(null)],
        ],
        { infoset: odd, label: odd },
      ),
    });
    const back = parseEfg(writeEfg(game));
    expectSameGame(back, game);
    expect(back.title).toBe(odd);
  });

  it('refuses non-common priors', () => {
    const game = buildTree({
      players: ['A'],
      root: {
        kind: 'chance',
        moves: [
          ['h', '1/2', terminal([1])],
          ['t', '1/2', terminal([0])],
        ],
        options: { beliefs: { A: ['1/3', '2/3'] } },
      },
    });
    expect(() => writeEfg(game)).toThrow(/non-common priors/);
  });
});
