/**
 * Structural equality of games, for round-trip checks (`parse(write(g))` equals `g`): players, nodes (type,
 * label, player, information set, children, the label and payoffs of the outcome at the node), information
 * sets (player, label, actions, members), chance probabilities and beliefs, strategies and payoffs. Outcome
 * numbering and `.efg` information-set numbers are compared only when asked.
 * @remarks Since 0.1.0
 */
import type { Game, Outcome } from '../game/types.js';
import { isRational } from '../numeric/rational.js';

/** Options of {@link gameDifferences}. */
export type EqualOptions<V> = {
  /** also compare `game.outcomes` and the outcome ids at nodes (default `false`: only their contents) */
  readonly outcomeIds?: boolean;
  /** also compare information sets' `fileNumber`s (default `false`) */
  readonly fileNumbers?: boolean;
  /** value equality (default: exact equality of rationals, `===` otherwise) */
  readonly equals?: (a: V, b: V) => boolean;
  /** stop after this many differences (default 10) */
  readonly limit?: number;
};

function defaultEquals<V>(a: V, b: V): boolean {
  if (isRational(a) && isRational(b)) return a.equals(b);
  return a === b;
}

/**
 * The differences between two games, as readable lines (`nodes[3].label: "a" vs "b"`); empty when equal.
 * @remarks Since 0.1.0
 */
export function gameDifferences<V>(a: Game<V>, b: Game<V>, options: EqualOptions<V> = {}): string[] {
  const eq = options.equals ?? defaultEquals;
  const limit = options.limit ?? 10;
  const out: string[] = [];
  const diff = (where: string, x: unknown, y: unknown) => {
    if (out.length < limit) out.push(`${where}: ${show(x)} vs ${show(y)}`);
  };
  const same = (where: string, x: unknown, y: unknown) => {
    if (x !== y) diff(where, x, y);
  };
  const sameList = (where: string, x: readonly unknown[], y: readonly unknown[]) => {
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) diff(where, x, y);
  };
  const sameValues = (where: string, x: readonly V[] | undefined, y: readonly V[] | undefined) => {
    if (x === undefined || y === undefined) {
      if (x !== y) diff(where, x, y);
    } else if (x.length !== y.length || x.some((v, i) => !eq(v, y[i] as V))) diff(where, x, y);
  };
  const sameOutcome = (where: string, x: Outcome<V> | undefined, y: Outcome<V> | undefined) => {
    if (x === undefined || y === undefined) {
      if (x !== y) diff(where, x === undefined ? 'none' : x.label, y === undefined ? 'none' : y.label);
      return;
    }
    same(`${where}.label`, x.label, y.label);
    sameValues(`${where}.payoffs`, x.payoffs, y.payoffs);
  };

  same('kind', a.kind, b.kind);
  same('title', a.title, b.title);
  same('comment', a.comment, b.comment);
  sameList('players', a.players, b.players);
  if (a.kind === 'strategic' && b.kind === 'strategic') {
    if (a.strategies.length !== b.strategies.length) diff('strategies', a.strategies.length, b.strategies.length);
    a.strategies.forEach((s, p) => sameList(`strategies[${p}]`, s, b.strategies[p] ?? []));
    same('payoffs.length', a.payoffs.length, b.payoffs.length);
    a.payoffs.forEach((row, i) => sameValues(`payoffs[${i}]`, row, b.payoffs[i]));
    const ta = a.outcomeTable;
    const tb = b.outcomeTable;
    if ((ta === undefined) !== (tb === undefined))
      diff('outcomeTable', ta === undefined ? 'none' : 'present', tb === undefined ? 'none' : 'present');
    if (ta !== undefined && tb !== undefined) {
      same('outcomeTable.outcomes.length', ta.outcomes.length, tb.outcomes.length);
      ta.outcomes.forEach((o, i) => sameOutcome(`outcomeTable.outcomes[${i}]`, o, tb.outcomes[i]));
      sameList('outcomeTable.cells', ta.cells, tb.cells);
    }
    return out;
  }
  if (a.kind !== 'extensive' || b.kind !== 'extensive') return out;
  same('nodes.length', a.nodes.length, b.nodes.length);
  for (let i = 0; i < a.nodes.length && out.length < limit; i++) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x === undefined || y === undefined) break;
    same(`nodes[${i}].type`, x.type, y.type);
    same(`nodes[${i}].label`, x.label, y.label);
    same(`nodes[${i}].player`, x.player, y.player);
    same(`nodes[${i}].infoset`, x.infoset, y.infoset);
    sameList(`nodes[${i}].children`, x.children, y.children);
    const ox = x.outcome === null ? undefined : a.outcomes[x.outcome];
    const oy = y.outcome === null ? undefined : b.outcomes[y.outcome];
    sameOutcome(`nodes[${i}].outcome`, ox, oy);
    if (options.outcomeIds === true) same(`nodes[${i}].outcome`, x.outcome, y.outcome);
  }
  same('infosets.length', a.infosets.length, b.infosets.length);
  a.infosets.forEach((x, i) => {
    const y = b.infosets[i];
    if (y === undefined) return;
    same(`infosets[${i}].player`, x.player, y.player);
    same(`infosets[${i}].label`, x.label, y.label);
    sameList(`infosets[${i}].actions`, x.actions, y.actions);
    sameList(`infosets[${i}].members`, x.members, y.members);
    if (options.fileNumbers === true) same(`infosets[${i}].fileNumber`, x.fileNumber, y.fileNumber);
  });
  a.playerInfosets.forEach((list, p) => sameList(`playerInfosets[${p}]`, list, b.playerInfosets[p] ?? []));
  same('chanceInfosets.length', a.chanceInfosets.length, b.chanceInfosets.length);
  a.chanceInfosets.forEach((x, i) => {
    const y = b.chanceInfosets[i];
    if (y === undefined) return;
    same(`chanceInfosets[${i}].label`, x.label, y.label);
    sameList(`chanceInfosets[${i}].actions`, x.actions, y.actions);
    sameValues(`chanceInfosets[${i}].probs`, x.probs, y.probs);
    sameList(`chanceInfosets[${i}].members`, x.members, y.members);
    if ((x.beliefs === undefined) !== (y.beliefs === undefined))
      diff(
        `chanceInfosets[${i}].beliefs`,
        x.beliefs === undefined ? 'none' : 'present',
        y.beliefs === undefined ? 'none' : 'present',
      );
    x.beliefs?.forEach((bx, p) => sameValues(`chanceInfosets[${i}].beliefs[${p}]`, bx, y.beliefs?.[p]));
    if (options.fileNumbers === true) same(`chanceInfosets[${i}].fileNumber`, x.fileNumber, y.fileNumber);
  });
  if (options.outcomeIds === true) {
    same('outcomes.length', a.outcomes.length, b.outcomes.length);
    a.outcomes.forEach((o, i) => sameOutcome(`outcomes[${i}]`, o, b.outcomes[i]));
  }
  return out;
}

/**
 * Whether two games are structurally equal (see {@link gameDifferences}).
 * @remarks Since 0.1.0
 */
export function gamesEqual<V>(a: Game<V>, b: Game<V>, options: EqualOptions<V> = {}): boolean {
  return gameDifferences(a, b, { ...options, limit: 1 }).length === 0;
}

function show(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(show).join(', ')}]`;
  if (isRational(x)) return x.toFraction();
  if (typeof x === 'string') return JSON.stringify(x);
  return String(x);
}
