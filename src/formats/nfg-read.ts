/**
 * Reads Gambit's `.nfg` files (`NFG 1 R` and `NFG 1 D`), following FORMATS.txt section 3 (Gambit's reader:
 * `src/games/file.cc`, `ReadNfgFile`; docs `formats.nfgpay.rst`, `formats.nfgout.rst`).
 *
 * - Strategies: counts `{ 3 2 }` (labelled "1", "2", …) or nested labels `{ { "U" "D" } { "L" "R" } }`.
 * - An optional comment follows. The next token decides the body: a number starts the payoff body (one
 *   payoff per player per profile), `{` the outcome body (a list of `{ "label" payoffs }` then one outcome
 *   index per profile, `0` the null outcome). Profiles come in Gambit's order, player 1 varying fastest.
 * - The outcome body is kept as the game's `outcomeTable`; `payoffs` is filled in from it.
 * @remarks Since 0.1.0
 */
import { GameStructureError } from '../game/errors.js';
import { MAX_TABLE_ENTRIES, strategicGame } from '../game/strategic.js';
import type { StrategicGame } from '../game/types.js';
import { type Rational, ZERO } from '../numeric/rational.js';
import type { ReadOptions } from './efg-read.js';
import { guardParse } from './guard.js';
import { readGambitHeader } from './header.js';
import { ParseError } from './parse-error.js';
import { TokenReader } from './token-reader.js';

/**
 * Reads an `.nfg` text.
 * @param text - the file's content
 * @param options - `fileName` for messages
 * @returns the game, whole and validated
 * @throws ParseError with the line and column of the offending token (too few payoffs or outcome indices:
 *   at the end of input; too many: at the first extra one)
 * @remarks Since 0.1.0
 */
export function parseNfg(text: string, options: ReadOptions = {}): StrategicGame<Rational> {
  const reader = new TokenReader(text);
  return guardParse(
    options.fileName,
    () => reader.lastToken(),
    () => readNfg(reader),
  );
}

function readNfg(r: TokenReader): StrategicGame<Rational> {
  const { title, players } = readGambitHeader(r, 'NFG', '1');
  const n = players.length;

  // Strategies: counts or nested labels, exactly one entry per player.
  const strategiesAt = r.expectPunct('{', "'{' before the strategies");
  const strategies: (string[] | number)[] = [];
  const nested = r.peek().kind === '{';
  for (let t = r.next(); t.kind !== '}' || strategies.length < n; t = r.next()) {
    if (strategies.length >= n)
      r.fail(
        t,
        "'}'",
        `expected '}' after ${n} strategy ${nested ? 'lists' : 'counts'} (one per player); found ${r.show(t)}`,
      );
    if (nested) {
      if (t.kind !== '{') r.fail(t, `'{' (the strategy labels of player ${strategies.length + 1})`);
      const labels: string[] = [];
      for (let s = r.next(); s.kind !== '}'; s = r.next()) {
        if (s.kind !== 'string') r.fail(s, "a strategy label or '}'");
        labels.push(s.value);
      }
      if (labels.length === 0)
        r.fail(t, 'a strategy label', `player ${strategies.length + 1} needs at least one strategy`);
      strategies.push(labels);
    } else {
      strategies.push(
        r.integerValue(t, `the strategy count of player ${strategies.length + 1} (a positive integer)`, 1),
      );
    }
  }
  const counts = strategies.map((s) => (typeof s === 'number' ? s : s.length));
  const size = counts.reduce((a, c) => a * c, 1);
  if (size * n > MAX_TABLE_ENTRIES) {
    r.fail(
      strategiesAt,
      'a smaller table',
      `the table would have ${counts.join(' × ')} profiles; too large to read (limit ${MAX_TABLE_ENTRIES} payoffs)`,
    );
  }
  const comment = r.peek().kind === 'string' ? r.next().value : '';

  const payoffs: (readonly Rational[])[] = [];
  let outcomeTable: { outcomes: { label: string; payoffs: Rational[] }[]; cells: (number | null)[] } | undefined;
  const bodyStart = r.peek();
  if (bodyStart.kind === 'number') {
    // Payoff body: size × n numbers.
    for (let i = 0; i < size; i++) {
      const row: Rational[] = [];
      for (let p = 0; p < n; p++) {
        const t = r.next();
        if (t.kind !== 'number')
          r.fail(
            t,
            'a payoff',
            `expected a numerical payoff (${size * n} in all: one per player for each of ${size} profiles); found ${r.show(t)}`,
          );
        row.push(r.numberValue(t, 'a payoff'));
      }
      payoffs.push(row);
    }
  } else if (bodyStart.kind === '{') {
    // Outcome body: { { "label" payoffs } ... } then size outcome indices.
    r.next();
    const outcomes: { label: string; payoffs: Rational[] }[] = [];
    for (let t = r.next(); t.kind !== '}'; t = r.next()) {
      if (t.kind !== '{') r.fail(t, "'{' (an outcome) or '}'");
      const label = r.expectString('the outcome label');
      outcomes.push({ label, payoffs: r.payoffsUntilBrace(n, true) });
    }
    const zeros = players.map(() => ZERO);
    const cells: (number | null)[] = [];
    for (let i = 0; i < size; i++) {
      const t = r.next();
      if (t.kind !== 'number')
        r.fail(
          t,
          'an outcome index',
          `expected an outcome index (${size} in all, one per profile); found ${r.show(t)}`,
        );
      const k = r.integerValue(t, `an outcome index from 0 to ${outcomes.length}`);
      if (k > outcomes.length)
        r.fail(
          t,
          `an outcome index from 0 to ${outcomes.length}`,
          `outcome ${k} is not defined (the list has ${outcomes.length})`,
        );
      cells.push(k === 0 ? null : k - 1);
      payoffs.push(k === 0 ? zeros : (outcomes[k - 1] as { payoffs: Rational[] }).payoffs);
    }
    outcomeTable = { outcomes, cells };
  } else {
    r.fail(bodyStart, "payoffs or '{' (the outcome list)");
  }
  r.expectEnd();

  try {
    return strategicGame({
      title,
      comment,
      players,
      strategies,
      payoffs,
      ...(outcomeTable !== undefined ? { outcomeTable } : {}),
    });
  } catch (e) {
    if (!(e instanceof GameStructureError)) throw e;
    throw new ParseError({
      line: strategiesAt.line,
      column: strategiesAt.column,
      expected: 'a consistent game',
      found: '{',
      reason: e.issues[0]?.message ?? e.message,
      issues: e.issues,
    });
  }
}
