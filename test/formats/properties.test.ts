/**
 * Property tests: random trees and strategic games survive writing and reading back (.efg, .nfg, JSON); random
 * damage to valid files gives a game or a ParseError, never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGame } from '../../src/formats/detect.js';
import { parseEfg } from '../../src/formats/efg-read.js';
import { writeEfg } from '../../src/formats/efg-write.js';
import { parseJson } from '../../src/formats/json-read.js';
import { writeJson } from '../../src/formats/json-write.js';
import { parseNfg } from '../../src/formats/nfg-read.js';
import { writeNfg } from '../../src/formats/nfg-write.js';
import { ParseError } from '../../src/formats/parse-error.js';
import { tokenize } from '../../src/formats/tokenizer.js';
import { type NodeSpec, buildTree, chance, decision, terminal } from '../../src/game/builder.js';
import { strategicGame } from '../../src/game/strategic.js';
import { hasCorpus, readCorpus } from '../helpers/corpus.js';
import { expectSameGame, readFixture } from './helpers.js';

// ---------------------------------------------------------------------------------------------------------
// Generators (test-local; src/testing may offer richer ones later)
// ---------------------------------------------------------------------------------------------------------

const label = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('"', '\\', 'a "b" \\c', ' two  spaces ', 'x\\"y', 'line\nbreak') },
);
const value = fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => `${n}/${d}`);
const payoffs = fc.array(value, { minLength: 3, maxLength: 3 });

type Shape =
  | { kind: 't'; payoffs: string[] | null; label: string; outcomeLabel: string }
  | { kind: 'd'; player: number; key: number | null; label: string; payoffs: string[] | null; children: Shape[] }
  | { kind: 'c'; shared: boolean; weights: number[]; label: string; payoffs: string[] | null; children: Shape[] };

const shapes = fc.letrec<{ node: Shape; leaf: Shape; decision: Shape; chance: Shape }>((tie) => ({
  node: fc.oneof({ maxDepth: 5, depthSize: 'small' }, tie('leaf'), tie('decision'), tie('chance')),
  leaf: fc.record({
    kind: fc.constant('t' as const),
    payoffs: fc.option(payoffs, { nil: null }),
    label,
    outcomeLabel: label,
  }),
  decision: fc.record({
    kind: fc.constant('d' as const),
    player: fc.nat({ max: 2 }),
    key: fc.option(fc.nat({ max: 2 }), { nil: null }),
    label,
    payoffs: fc.option(payoffs, { nil: null, freq: 4 }),
    children: fc.array(tie('node'), { minLength: 3, maxLength: 3 }),
  }),
  chance: fc.record({
    kind: fc.constant('c' as const),
    shared: fc.boolean(),
    weights: fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 })
      .filter((w) => w.some((x) => x > 0)),
    label,
    payoffs: fc.option(payoffs, { nil: null, freq: 4 }),
    children: fc.array(tie('node'), { minLength: 3, maxLength: 3 }),
  }),
})).node;

/** Turns a shape into a builder spec: infoset keys fix the action count, shared chance moves fix their odds. */
function toSpec(shape: Shape, nPlayers: number, keys: readonly string[]): NodeSpec {
  const pay = (p: string[] | null) => (p === null ? undefined : p.slice(0, nPlayers));
  if (shape.kind === 't') {
    return terminal(pay(shape.payoffs) ?? null, { label: shape.label, outcomeLabel: shape.outcomeLabel });
  }
  const extra = { label: shape.label, ...(shape.payoffs !== null ? { payoffs: pay(shape.payoffs) as string[] } : {}) };
  if (shape.kind === 'd') {
    const arity = shape.key === null ? 1 + (shape.children.length % 3) : 2 + (shape.key % 2);
    const moves = shape.children.slice(0, arity).map((c, a) => [`${'abc'[a]}`, toSpec(c, nPlayers, keys)] as const);
    return decision(shape.player % nPlayers, moves, {
      ...extra,
      ...(shape.key !== null ? { infoset: keys[shape.key] as string } : {}),
    });
  }
  const weights = shape.shared ? [1, 2] : shape.weights;
  const total = weights.reduce((a, b) => a + b, 0);
  const moves = weights.map(
    (w, a) =>
      [
        shape.shared ? `side ${a}` : `m${a}`,
        `${w}/${total}`,
        toSpec(shape.children[a] as Shape, nPlayers, keys),
      ] as const,
  );
  return chance(moves, { ...extra, ...(shape.shared ? { infoset: 'shared coin' } : {}) });
}

const trees = fc
  .record({
    title: label,
    comment: label,
    players: fc.array(label, { minLength: 1, maxLength: 3 }),
    keys: fc.uniqueArray(label, { minLength: 3, maxLength: 3 }),
    root: shapes,
  })
  .map(({ title, comment, players, keys, root }) =>
    buildTree({ title, comment, players, root: toSpec(root, players.length, keys) }),
  );

const strategics = fc
  .record({
    title: label,
    comment: label,
    players: fc.array(label, { minLength: 1, maxLength: 3 }),
    counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
    labels: fc.array(label, { minLength: 3, maxLength: 3 }),
    values: fc.array(value, { minLength: 81, maxLength: 81 }),
    outcomes: fc.option(fc.array(fc.record({ label, payoffs }), { maxLength: 4 }), { nil: null }),
    cells: fc.array(fc.nat({ max: 4 }), { minLength: 27, maxLength: 27 }),
  })
  .map(({ title, comment, players, counts, labels, values, outcomes, cells }) => {
    const n = players.length;
    const strategies = players.map((_, p) =>
      Array.from({ length: counts[p] as number }, (_, s) => (s === 0 ? (labels[p] as string) : `s${s}`)),
    );
    const size = strategies.reduce((a, s) => a * s.length, 1);
    if (outcomes === null) {
      return strategicGame({
        title,
        comment,
        players,
        strategies,
        payoffs: Array.from({ length: size }, (_, i) => values.slice(i * n, i * n + n)),
      });
    }
    const table = outcomes.map((o) => ({ label: o.label, payoffs: o.payoffs.slice(0, n) }));
    const idx = cells.slice(0, size).map((c) => (c === 0 || c > table.length ? null : c - 1));
    const zeros = players.map(() => '0');
    return strategicGame({
      title,
      comment,
      players,
      strategies,
      payoffs: idx.map((c) => (c === null ? zeros : (table[c] as { payoffs: string[] }).payoffs)),
      outcomeTable: { outcomes: table, cells: idx },
    });
  });

// ---------------------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------------------

describe('round trips on random games', () => {
  it('trees: parseEfg(writeEfg(g)) and parseJson(writeJson(g)) equal g', () => {
    fc.assert(
      fc.property(trees, (game) => {
        expectSameGame(parseEfg(writeEfg(game)), game, { outcomeIds: true, fileNumbers: true });
        expectSameGame(parseJson(writeJson(game)), game, { outcomeIds: true });
      }),
      { numRuns: 150 },
    );
  });

  it('strategic games: parseNfg(writeNfg(g)) and parseJson(writeJson(g)) equal g', () => {
    fc.assert(
      fc.property(strategics, (game) => {
        expectSameGame(parseNfg(writeNfg(game)), game);
        expectSameGame(parseJson(writeJson(game)), game);
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Mutations of valid files
// ---------------------------------------------------------------------------------------------------------

const GARBAGE = [
  '{',
  '}',
  ',',
  '"',
  '""',
  '"x\\"',
  '+1',
  '-',
  '.',
  '1/0',
  '1e999999',
  '99999999999999999999',
  '0',
  '7',
  'p',
  't',
  'c',
  'EFG',
  'NFG',
  '\\',
  '😀',
  '\u0000',
  '-0.5',
  '1e5',
];

const gambitTexts = [
  readFixture('entry-deterrence.efg'),
  readFixture('card-signal.efg'),
  readFixture('three-players-chance.efg'),
  readFixture('matching-pennies.nfg'),
  readFixture('coordination-outcomes.nfg'),
  ...(hasCorpus ? [readCorpus('doc/poker.efg'), readCorpus('tests/coordination_4x4_outcome.nfg')] : []),
];
const jsonTexts = [readFixture('signalling-priors.json'), readFixture('bimatrix.json')];

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 4 })),
  }),
);

/** Applies a mutation to a list of pieces (tokens, or characters), returning the new text. */
function mutate(pieces: readonly string[], m: Mutation): string[] {
  const out = [...pieces];
  if (out.length === 0) return m.op === 'insert' ? [m.text] : out;
  const i = m.at % out.length;
  if (m.op === 'delete') out.splice(i, 1);
  else if (m.op === 'duplicate') out.splice(i, 0, out[i] as string);
  else if (m.op === 'swap') {
    const j = m.with % out.length;
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  } else if (m.op === 'truncate') out.length = i;
  else if (m.op === 'insert') out.splice(i, 0, m.text);
  return out;
}

/** Parses, asserting that only a ParseError (with a location, from the reader's own checks) can come out. */
function parsesOrFailsCleanly(text: string): void {
  let game: ReturnType<typeof parseGame> | undefined;
  try {
    game = parseGame(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const err = e as ParseError;
    expect(err.message).toMatch(/^line \d+:\d+: /);
    expect(err.line).toBeGreaterThanOrEqual(1);
    expect(err.column).toBeGreaterThanOrEqual(1);
    // no internal failure turned into a ParseError by the safety net
    expect(err.message).not.toMatch(/could not read the game/);
    return;
  }
  // Whatever was read is a whole game that writes and reads back.
  const written = text.trimStart().startsWith('{')
    ? writeJson(game)
    : game.kind === 'extensive'
      ? writeEfg(game)
      : writeNfg(game);
  expectSameGame(parseGame(written), game);
}

describe('damaged files give a game or a ParseError, nothing else', () => {
  it('.efg/.nfg: deleted, duplicated, swapped tokens, truncation, garbage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...gambitTexts), fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, ms) => {
        let pieces = tokenize(text).map((t) => t.text);
        for (const m of ms) pieces = mutate(pieces, m);
        parsesOrFailsCleanly(pieces.join(' '));
      }),
      { numRuns: 400 },
    );
  });

  it('.efg/.nfg: character-level damage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...gambitTexts), fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, ms) => {
        let pieces = [...text];
        for (const m of ms) pieces = mutate(pieces, m);
        parsesOrFailsCleanly(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON: character-level damage', () => {
    const jsonGarbage = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      'null',
      '"x"',
      '1.5',
      '-',
      '"type": "chance", ',
      '[[1]]',
      '0',
    );
    const jsonMutation: fc.Arbitrary<Mutation> = fc.oneof(
      mutation,
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: jsonGarbage }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...jsonTexts), fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), (text, ms) => {
        let pieces = [...text];
        for (const m of ms) pieces = mutate(pieces, m);
        parsesOrFailsCleanly(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
