import { describe, expect, it } from 'vitest';
import { parseEfg } from '../../src/formats/efg-read.js';
import { parseJson, parseJsonGame, walkJsonGame } from '../../src/formats/json-read.js';
import { RATIONAL_JSON, rationalFromJson } from '../../src/formats/json-walk.js';
import { writeJson } from '../../src/formats/json-write.js';
import { parseNfg } from '../../src/formats/nfg-read.js';
import { GameStructureError } from '../../src/game/errors.js';
import type { ExtensiveGame, StrategicGame } from '../../src/game/types.js';
import { accumulatedPayoffs } from '../../src/game/queries.js';
import { pureProfilePayoffs } from '../../src/game/strategic.js';
import { type Rational, formatRational, rat } from '../../src/numeric/rational.js';
import { expectSameGame, parseErrorOf, readFixture } from './helpers.js';

const tree = (text: string) => parseJson(text) as ExtensiveGame<Rational>;
const minimal = (root: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    { format: 'subgame-game', version: 1, type: 'extensive', players: ['A', 'B'], root, ...extra },
    null,
    2,
  );

describe('parseJson: trees', () => {
  it('reads the signalling fixture: beliefs, shared information sets, inline outcomes, players by number', () => {
    // Act
    const game = tree(readFixture('signalling-priors.json'));
    // Assert
    expect(game.players).toEqual(['Sender', 'Receiver']);
    expect(game.chanceInfosets[0]?.label).toBe('type');
    expect(game.chanceInfosets[0]?.probs.map(formatRational)).toEqual(['1/2', '1/2']);
    expect(game.chanceInfosets[0]?.beliefs?.map((b) => b.map(formatRational))).toEqual([
      ['1/2', '1/2'],
      ['1/4', '3/4'],
    ]);
    expect(game.infosets.map((i) => [i.player, i.label, i.members.length])).toEqual([
      [0, 'strong sender', 1],
      [0, 'weak sender', 1],
      [1, 'saw beer', 2],
    ]);
    expect(game.outcomes.find((o) => o.label === 'quiet')?.payoffs.map(formatRational)).toEqual(['1/2', '0']);
    // The weak sender pays 1/10 on the way (a nonterminal outcome).
    const acc = accumulatedPayoffs(game);
    const leafAfterWeakBeerDuel = game.nodes.findIndex(
      (n, i) => n.type === 'terminal' && acc[i]?.[0]?.equals(rat('-1/10')),
    );
    expect(leafAfterWeakBeerDuel).toBeGreaterThan(0);
  });

  it('writes and reads back every field, including beliefs', () => {
    const game = tree(readFixture('signalling-priors.json'));
    expectSameGame(tree(writeJson(game)), game, { outcomeIds: true });
  });

  it('keeps shared outcomes, repeated labels and empty labels of an .efg through JSON', () => {
    const game = parseEfg(readFixture('card-signal.efg'));
    const text = writeJson(game);
    expect(JSON.parse(text).outcomes).toHaveLength(2);
    expectSameGame(tree(text), game, { outcomeIds: true });
  });

  it('refuses a non-integer JSON number, naming the path', () => {
    const e = parseErrorOf(() => parseJson(minimal({ type: 'terminal', payoffs: [0.1, 1] })));
    expect(e.message).toMatch(/^line 12:7: root\.payoffs\[0\]: 0\.1 is not a safe integer/);
    expect(e.issues[0]?.path).toEqual(['root', 'payoffs', 0]);
  });

  it('locates schema issues at the offending value', () => {
    const text = minimal({
      type: 'decision',
      player: 'A',
      moves: [
        { action: 'x', node: { type: 'terminal', payoffs: [1, 2] } },
        { action: 'y', node: { type: 'leaf' } },
      ],
    });
    const e = parseErrorOf(() => parseJson(text, { fileName: 'g.json' }));
    expect(e.issues[0]?.path).toEqual(['root', 'moves', 1, 'node', 'type']);
    expect(e.message).toMatch(
      /^g\.json:\d+:\d+: root\.moves\[1\]\.node\.type: expected "terminal", "decision" or "chance"; found the string "leaf"/,
    );
    expect(text.split('\n')[e.line - 1]?.slice(e.column - 1)).toBe('"type": "leaf"'.slice(8));
  });

  it('reports probabilities that do not sum to 1 at the chance node', () => {
    const text = minimal({
      type: 'chance',
      moves: [
        { action: 'h', probability: '1/3', node: { type: 'terminal' } },
        { action: 't', probability: '1/3', node: { type: 'terminal' } },
      ],
    });
    const e = parseErrorOf(() => parseJson(text));
    expect(e.issues[0]?.path).toEqual(['root', 'moves']);
    expect(e.message).toMatch(/sum to 2\/3, not exactly 1/);
  });

  it('reports unknown fields, unknown players and mismatched information sets, all at once', () => {
    const t = { type: 'terminal' };
    const text = minimal({
      type: 'decision',
      player: 'A',
      payof: [1, 2],
      moves: [
        { action: 'x', node: { type: 'decision', player: 'C', moves: [{ action: 'a', node: t }] } },
        { action: 'y', node: { type: 'decision', player: 'B', infoset: 'i', moves: [{ action: 'a', node: t }] } },
        { action: 'z', node: { type: 'decision', player: 'B', infoset: 'i', moves: [{ action: 'b', node: t }] } },
      ],
    });
    const e = parseErrorOf(() => parseJson(text));
    expect(e.issues.map((i) => i.path)).toEqual([
      ['root', 'payof'],
      ['root', 'moves', 0, 'node', 'player'],
      ['root', 'moves', 2, 'node', 'moves'],
    ]);
  });

  it('locates JSON syntax errors by line and column', () => {
    const e = parseErrorOf(() =>
      parseJson('{\n  "format": "subgame-game",\n  "version": 1 \n  "type": "strategic"\n}'),
    );
    expect([e.line, e.column, e.expected, e.found]).toEqual([4, 3, "',' or '}'", '"type"']);
    const e2 = parseErrorOf(() => parseJson('{"a": }'));
    expect([e2.line, e2.column, e2.expected, e2.found]).toEqual([1, 7, 'a JSON value', '}']);
  });

  it('reads a deep tree without overflowing the stack', () => {
    // Built as text: JSON.stringify itself would overflow on so deep an object.
    const depth = 20_000;
    let text = '';
    for (let i = 0; i < depth; i++)
      text += `{"type":"decision","player":${1 + (i % 2)},"moves":[{"action":"go","node":`;
    text += '{"type":"terminal","payoffs":[1,0]}';
    text += '}]}'.repeat(depth);
    const game = tree(minimal('@').replace('"@"', text));
    expect(game.nodes).toHaveLength(20_001);
    expect(tree(writeJson(game)).nodes).toHaveLength(20_001);
  });
});

describe('parseJson: strategic games', () => {
  it('reads nested payoffs (player 1 outermost) and strategy counts', () => {
    const game = parseJson(readFixture('bimatrix.json')) as StrategicGame<Rational>;
    expect(game.strategies).toEqual([
      ['Opera', 'Football'],
      ['1', '2', '3'],
    ]);
    expect(pureProfilePayoffs(game, [1, 2]).map(formatRational)).toEqual(['1/4', '1']);
    expect(pureProfilePayoffs(game, [0, 2]).map(formatRational)).toEqual(['1/2', '1/2']);
    expectSameGame(parseJson(writeJson(game)), game);
  });

  it('reads flat payoffs in Gambit order, and the outcome version', () => {
    const flat = JSON.stringify({
      format: 'subgame-game',
      version: 1,
      type: 'strategic',
      title: 'Matching pennies (hand-written fixture)',
      players: ['Even', 'Odd'],
      strategies: [2, 2],
      payoffs: [
        [1, -1],
        [-1, 1],
        [-1, 1],
        [1, -1],
      ],
    });
    expectSameGame(parseJson(flat), parseNfg(readFixture('matching-pennies.nfg')));
    const nfg = parseNfg(readFixture('coordination-outcomes.nfg'));
    const back = parseJson(writeJson(nfg));
    expectSameGame(back, nfg);
    expect((back as StrategicGame<Rational>).outcomeTable?.cells).toEqual([0, 1, 1, 0, null, 2]);
  });

  it('checks the number of payoff vectors', () => {
    const text = JSON.stringify({
      format: 'subgame-game',
      version: 1,
      type: 'strategic',
      players: ['A'],
      strategies: [3],
      payoffs: [[1], [2]],
    });
    expect(parseErrorOf(() => parseJson(text)).message).toMatch(/payoffs: expected 3 payoff vectors/);
  });
});

describe('walkJsonGame: the extension point', () => {
  it('accepts a caller-supplied value converter and extra top-level keys', () => {
    // A converter that reads the parameter name "p" as 1/3 (a parametric module would build expressions).
    const doc = JSON.parse(
      minimal(
        {
          type: 'chance',
          moves: [
            { action: 'h', probability: 'p', node: { type: 'terminal', payoffs: ['p', 0] } },
            { action: 't', probability: '2/3', node: { type: 'terminal', payoffs: [0, 1] } },
          ],
        },
        { parameters: { p: '1/3' } },
      ),
    );
    const walk = {
      ...RATIONAL_JSON,
      convert: (raw: string | number) => (raw === 'p' ? rat(1, 3) : rationalFromJson(raw)),
      extraKeys: ['parameters'],
    };
    const game = walkJsonGame(doc, walk) as ExtensiveGame<Rational>;
    expect(game.chanceInfosets[0]?.probs.map(formatRational)).toEqual(['1/3', '2/3']);
    expect(() => walkJsonGame(doc, RATIONAL_JSON)).toThrow(GameStructureError);
    expect(parseJsonGame(JSON.stringify(doc), walk).kind).toBe('extensive');
  });
});
