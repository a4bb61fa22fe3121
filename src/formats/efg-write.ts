/**
 * Writes Gambit's `.efg` layout (Gambit's writer: `GameTreeRep::WriteEfgFile`, `src/games/gametree.cc`):
 *
 * ```text
 * EFG 2 R "title" { "P1" "P2" }
 * "comment"
 *
 * c "" 1 "" { "H" 1/2 "T" 1/2 } 0
 * p "" 1 1 "" { "L" "R" } 0
 * t "" 1 "win" { 1, -1 }
 * ```
 *
 * One node per line in preorder, the full information-set description repeated at every node, outcomes
 * numbered by their position in `game.outcomes` (1-based) with label and payoffs at every use, `0` for no
 * outcome, numbers as exact rationals (`1/3`), text quoted with `"` and `\` escaped.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { ExtensiveGame, Outcome } from '../game/types.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import { quote } from './tokenizer.js';

/**
 * The `.efg` text of a tree. Information-set numbers are the games' `fileNumber`s when they identify each
 * player's sets uniquely, otherwise 1, 2, … in `game.infosets` order.
 * @param game - the tree
 * @returns the file's text, ending with a newline
 * @throws InvalidArgumentError if a chance move has per-player beliefs (non-common priors), which `.efg`
 *   cannot hold (write JSON instead)
 * @remarks Since 0.1.0
 */
export function writeEfg(game: ExtensiveGame<Rational>): string {
  if (game.chanceInfosets.some((c) => c.beliefs !== undefined)) {
    throw new InvalidArgumentError(
      'writeEfg(): game has chance moves with per-player beliefs (non-common priors), which .efg cannot hold; use writeJson()',
    );
  }
  const personalNumbers = fileNumbers(
    game.infosets.map((i) => ({ group: i.player as number, fileNumber: i.fileNumber })),
  );
  const chanceNumbers = fileNumbers(game.chanceInfosets.map((c) => ({ group: 0, fileNumber: c.fileNumber })));
  const lines: string[] = [
    `EFG 2 R ${quote(game.title)} { ${game.players.map(quote).join(' ')} }`,
    quote(game.comment),
    '',
  ];
  const outcomeText = (id: number | null): string => {
    if (id === null) return '0';
    const o = game.outcomes[id] as Outcome<Rational>;
    return `${id + 1} ${quote(o.label)} { ${o.payoffs.map(formatRational).join(', ')} }`;
  };
  // Preorder walk over the children lists (iterative: deep trees must not overflow the stack).
  const stack: number[] = game.nodes.length > 0 ? [0] : [];
  while (stack.length > 0) {
    const node = game.nodes[stack.pop() as number];
    if (node === undefined) continue;
    const label = quote(node.label);
    if (node.type === 'terminal') {
      lines.push(`t ${label} ${outcomeText(node.outcome)}`);
    } else if (node.type === 'chance') {
      const c = game.chanceInfosets[node.infoset as number];
      if (c === undefined) throw new InvalidArgumentError(`writeEfg(): node ${node.id} has no chance information set`);
      const moves = c.actions.map((a, i) => `${quote(a)} ${formatRational(c.probs[i] as Rational)}`).join(' ');
      lines.push(`c ${label} ${chanceNumbers[c.id]} ${quote(c.label)} { ${moves} } ${outcomeText(node.outcome)}`);
    } else {
      const info = game.infosets[node.infoset as number];
      if (info === undefined) throw new InvalidArgumentError(`writeEfg(): node ${node.id} has no information set`);
      const actions = info.actions.map(quote).join(' ');
      lines.push(
        `p ${label} ${info.player + 1} ${personalNumbers[info.id]} ${quote(info.label)} { ${actions} } ${outcomeText(node.outcome)}`,
      );
    }
    for (let a = node.children.length - 1; a >= 0; a--) stack.push(node.children[a] as number);
  }
  return `${lines.join('\n')}\n`;
}

/** The file numbers to write: the given ones if unique per group and positive, else 1, 2, … per group. */
function fileNumbers(sets: readonly { readonly group: number; readonly fileNumber: number }[]): number[] {
  const seen = new Set<string>();
  const valid = sets.every((s) => {
    const key = `${s.group}:${s.fileNumber}`;
    if (!Number.isSafeInteger(s.fileNumber) || s.fileNumber < 1 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (valid) return sets.map((s) => s.fileNumber);
  const next = new Map<number, number>();
  return sets.map((s) => {
    const k = (next.get(s.group) ?? 0) + 1;
    next.set(s.group, k);
    return k;
  });
}
