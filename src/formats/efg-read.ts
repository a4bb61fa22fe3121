/**
 * Reads Gambit's `.efg` files (`EFG 2 R` and `EFG 2 D`), following the grammar of FORMATS.txt section 2
 * (Gambit's reader: `src/games/file.cc`, `ReadEfgFile`).
 *
 * - Nodes come in preorder; a node's children are the next subtrees, one per action of its information set.
 *   The reader is iterative, so a deep tree cannot overflow the stack, and linear in the file's length.
 * - An information set's first occurrence describes it (label, actions and, for chance, probabilities);
 *   later occurrences may omit the description or repeat it. A repeated description must match: labels are
 *   compared as text, numbers by exact value (Gambit 17 compares the number text, so there `1/2` and `0.5`
 *   differ; here they are the same number and accepted).
 * - Outcomes: `0` is the null outcome; other numbers are global ids whose first occurrence carries
 *   `"label" { payoffs }`; repeats may omit or repeat it (same rule). Outcomes may sit on any node and are
 *   numbered in order of first appearance.
 * - Chance probabilities must be non-negative and sum to exactly 1.
 * - Labels are kept as written: repeated node labels and repeated information-set labels are accepted
 *   (Gambit 16 behaviour; Gambit 17 rejects them), nothing is renamed.
 * - Infoset numbers from the file are kept as `fileNumber`.
 * @remarks Since 0.1.0
 */
import { RATIONAL } from '../game/arithmetic.js';
import { type RawInfoset, type RawNode, assembleTree } from '../game/assemble.js';
import { GameStructureError } from '../game/errors.js';
import type { ExtensiveGame, NodeType } from '../game/types.js';
import type { Rational } from '../numeric/rational.js';
import { guardParse } from './guard.js';
import { readGambitHeader } from './header.js';
import { type SourcePosition, ParseError } from './parse-error.js';
import { TokenReader } from './token-reader.js';
import type { Token } from './tokenizer.js';

/** Options of the readers. */
export type ReadOptions = {
  /** the file's name, used in error messages (`<stdin>` for standard input) */
  readonly fileName?: string;
};

type MutableNode = { type: NodeType; label: string; infoset?: string; outcome: number | null; children: RawNode[] };
type Described = RawInfoset<Rational> & { readonly at: Token };
type OutcomeEntry = { readonly index: number; readonly label: string; readonly payoffs: readonly Rational[] };

const NODE_TYPES = ['c', 'p', 't'];

/**
 * Reads an `.efg` text.
 * @param text - the file's content
 * @param options - `fileName` for messages
 * @returns the game, whole and validated
 * @throws ParseError with the line and column of the offending token, for syntax errors and for invalid
 *   content (probabilities not summing to 1, undefined or inconsistently repeated outcomes and information
 *   sets, wrong payoff counts)
 * @remarks Since 0.1.0
 */
export function parseEfg(text: string, options: ReadOptions = {}): ExtensiveGame<Rational> {
  const reader = new TokenReader(text);
  return guardParse(
    options.fileName,
    () => reader.lastToken(),
    () => readEfg(reader),
  );
}

function readEfg(r: TokenReader): ExtensiveGame<Rational> {
  const { title, players, playersAt } = readGambitHeader(r, 'EFG', '2');
  const comment = r.peek().kind === 'string' ? r.next().value : '';
  const n = players.length;

  const infosets = new Map<string, Described>();
  const outcomeIds = new Map<number, OutcomeEntry>();
  const outcomes: { label: string; payoffs: readonly Rational[]; at: Token }[] = [];
  const nodeLines: number[] = [];
  const nodeColumns: number[] = [];

  const readDescription = (key: string, idToken: Token, player: number | null, fileNumber: number): Described => {
    const previous = infosets.get(key);
    if (r.peek().kind !== 'string') {
      if (previous === undefined) {
        r.fail(
          idToken,
          'an information set description',
          `${whose(player)} information set ${fileNumber} is not defined yet: its first node must give its label and actions`,
        );
      }
      return previous;
    }
    if (previous !== undefined) {
      checkRepeat(previous, player, fileNumber);
      return previous;
    }
    const at = r.next();
    const open = r.expectPunct('{', "'{' before the actions");
    const actions: string[] = [];
    const probs: Rational[] = [];
    let sum: Rational = RATIONAL.zero;
    for (let t = r.next(); t.kind !== '}'; t = r.next()) {
      if (t.kind !== 'string') r.fail(t, "an action label or '}'");
      actions.push(t.value);
      if (player === null) {
        const { token, value } = r.expectNumber('a probability');
        if (value.s < 0n && value.n !== 0n)
          r.fail(token, 'a probability', `chance probability ${token.text} is negative`);
        probs.push(value);
        sum = sum.add(value);
      }
    }
    if (actions.length === 0) r.fail(open, 'an action label', 'an information set needs at least one action');
    if (player === null && !sum.equals(RATIONAL.one)) {
      r.fail(open, 'probabilities summing to 1', `chance probabilities sum to ${RATIONAL.format(sum)}, not exactly 1`);
    }
    const info: Described = {
      player,
      label: at.value,
      actions,
      ...(player === null ? { probs } : {}),
      fileNumber,
      at,
    };
    infosets.set(key, info);
    return info;
  };

  /** A repeated description: compared token by token with the first one (labels as text, numbers by value). */
  const checkRepeat = (previous: Described, player: number | null, fileNumber: number): void => {
    const at = r.next();
    r.expectPunct('{', "'{' before the actions");
    let same = at.value === previous.label;
    let i = 0;
    for (let t = r.next(); t.kind !== '}'; t = r.next()) {
      if (t.kind !== 'string') r.fail(t, "an action label or '}'");
      if (t.value !== previous.actions[i]) same = false;
      if (player === null) {
        const p = r.next();
        if (p.kind !== 'number') r.fail(p, 'a probability');
        const value = r.numberValue(p, 'a probability');
        if (!value.equals(previous.probs?.[i] ?? RATIONAL.zero)) same = false;
      }
      i++;
    }
    if (!same || i !== previous.actions.length) {
      r.fail(
        at,
        'the same description as before',
        `${whose(player)} information set ${fileNumber} is described differently than at line ${previous.at.line}:${previous.at.column}`,
      );
    }
  };

  const readOutcome = (): number | null => {
    const { token, value: id } = r.expectInteger('an outcome number', 0);
    const described = r.peek().kind === 'string';
    if (id === 0) {
      if (described) r.fail(r.peek(), 'a node', 'outcome 0 is the null outcome; it takes no label or payoffs');
      return null;
    }
    const previous = outcomeIds.get(id);
    if (!described) {
      if (previous === undefined)
        r.fail(
          token,
          'an outcome description',
          `outcome ${id} is not defined yet: its first use must give its label and payoffs`,
        );
      return previous.index;
    }
    const label = r.next().value;
    const payoffs = r.expectPayoffs(n, true);
    if (previous === undefined) {
      const entry = { index: outcomes.length, label, payoffs };
      outcomeIds.set(id, entry);
      outcomes.push({ label, payoffs, at: token });
      return entry.index;
    }
    if (previous.label !== label || previous.payoffs.some((p, i) => !p.equals(payoffs[i] as Rational))) {
      const first = (outcomes[previous.index] as { at: Token }).at;
      r.fail(
        token,
        'the same outcome as before',
        `outcome ${id} is described differently than at line ${first.line}:${first.column}`,
      );
    }
    return previous.index;
  };

  // Nodes in preorder, iteratively: `open` holds the nodes still waiting for children.
  const open: { node: MutableNode; remaining: number }[] = [];
  let root: MutableNode | null = null;
  do {
    const t = r.next();
    if (t.kind !== 'symbol' || !NODE_TYPES.includes(t.text)) {
      r.fail(t, "a node type ('c', 'p' or 't')", `invalid type of node: expected 'c', 'p' or 't'; found ${r.show(t)}`);
    }
    nodeLines.push(t.line);
    nodeColumns.push(t.column);
    const label = r.expectString('the node label');
    let node: MutableNode;
    let arity = 0;
    if (t.text === 't') {
      node = { type: 'terminal', label, outcome: readOutcome(), children: [] };
    } else if (t.text === 'c') {
      const { token, value: id } = r.expectInteger('a chance information set number', 1);
      const key = `c:${id}`;
      arity = readDescription(key, token, null, id).actions.length;
      node = { type: 'chance', label, infoset: key, outcome: readOutcome(), children: [] };
    } else {
      const p = r.expectInteger('a player number', 1);
      if (p.value > n) r.fail(p.token, `a player number from 1 to ${n}`);
      const { token, value: id } = r.expectInteger('an information set number', 1);
      const key = `p${p.value}:${id}`;
      arity = readDescription(key, token, p.value - 1, id).actions.length;
      node = { type: 'personal', label, infoset: key, outcome: readOutcome(), children: [] };
    }
    const parent = open[open.length - 1];
    if (parent === undefined) root = node;
    else {
      parent.node.children.push(node);
      if (--parent.remaining === 0) open.pop();
    }
    if (arity > 0) open.push({ node, remaining: arity });
  } while (open.length > 0);
  r.expectEnd();

  const raw = {
    title,
    comment,
    players,
    root: root as MutableNode,
    infosets: infosets as ReadonlyMap<string, RawInfoset<Rational>>,
    outcomes,
  };
  try {
    return assembleTree(raw, { arithmetic: RATIONAL, isNegative: (v) => v.s < 0n && v.n !== 0n });
  } catch (e) {
    if (!(e instanceof GameStructureError)) throw e;
    const first = e.issues[0];
    const positions = nodeLines.map((line, i) => ({ line, column: nodeColumns[i] as number }));
    const at = locateIssue(first?.path ?? [], positions, infosets, outcomes, playersAt);
    throw new ParseError({
      ...at,
      expected: 'a consistent game',
      found: at.text,
      reason: first?.message ?? e.message,
      issues: e.issues,
    });
  }
}

/** Finds the position of a structure issue from `assembleTree` (node paths end in a label, `#i` or `root`). */
function locateIssue(
  path: readonly (string | number)[],
  positions: readonly SourcePosition[],
  infosets: ReadonlyMap<string, Described>,
  outcomes: readonly { readonly at: Token }[],
  playersAt: Token,
): SourcePosition & { text: string } {
  const nodeAt = (i: number) => ({ ...(positions[i] ?? positions[0] ?? playersAt), text: 'node' });
  const [head, second] = path;
  if (head === 'outcomes' && typeof second === 'number') {
    const at = outcomes[second]?.at ?? playersAt;
    return { line: at.line, column: at.column, text: at.text };
  }
  if (head === 'infosets' && typeof second === 'string') {
    const at = infosets.get(second)?.at ?? playersAt;
    return { line: at.line, column: at.column, text: at.text };
  }
  if (head === 'players') return { line: playersAt.line, column: playersAt.column, text: '{' };
  const last = path[path.length - 1];
  if (typeof last === 'string' && /^#\d+$/.test(last)) return nodeAt(Number(last.slice(1)));
  return nodeAt(0);
}

function whose(player: number | null): string {
  return player === null ? 'chance' : `player ${player + 1}'s`;
}
