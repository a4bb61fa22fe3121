/**
 * Writes Gambit's `.nfg` layout (Gambit's writers: `GameTableRep::WriteNfgFile`, `src/games/gametable.cc`,
 * and `GameRep::WriteNfgFile`, `src/games/game.cc`). A game with an `outcomeTable` is written in the outcome
 * version; any other in the payoff version. Both use nested strategy labels and always carry the comment:
 *
 * ```text
 * NFG 1 R "title" { "P1" "P2" }
 *
 * { { "U" "D" }
 * { "L" "R" }
 * }
 * ""
 *
 * {
 * { "" 1, 1 }
 * { "" 0, 0 }
 * }
 * 1 2 2 1
 * ```
 *
 * The payoff version ends with one line of payoffs, profile by profile (player 1's strategy varying
 * fastest), one per player. Numbers are exact rationals (`1/3`).
 * @remarks Since 0.1.0
 */
import type { StrategicGame } from '../game/types.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import { quote } from './tokenizer.js';

/**
 * The `.nfg` text of a strategic game.
 * @param game - the game
 * @returns the file's text, ending with a newline
 * @remarks Since 0.1.0
 */
export function writeNfg(game: StrategicGame<Rational>): string {
  const head = [
    `NFG 1 R ${quote(game.title)} { ${game.players.map(quote).join(' ')} }`,
    '',
    `{ ${game.strategies.map((s) => `{ ${s.map(quote).join(' ')} }`).join('\n')}`,
    '}',
    quote(game.comment),
    '',
  ];
  const table = game.outcomeTable;
  if (table === undefined) {
    const values: string[] = [];
    for (const row of game.payoffs) for (const v of row) values.push(formatRational(v));
    return `${head.join('\n')}\n${values.join(' ')}\n`;
  }
  const outcomes = table.outcomes.map((o) => `{ ${quote(o.label)} ${o.payoffs.map(formatRational).join(', ')} }`);
  const cells = table.cells.map((c) => (c === null ? '0' : String(c + 1)));
  return `${[...head, '{', ...outcomes, '}', cells.join(' ')].join('\n')}\n`;
}
