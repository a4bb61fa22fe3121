/**
 * Walks a strategic-form JSON document (`"type": "strategic"`) into a {@link StrategicGame}: strategies as
 * labels or counts; payoffs per profile in Gambit's order (player 1 fastest), as a nested array indexed by
 * each player's strategy (player 1 outermost), or as labelled `outcomes` with per-profile `cells`
 * (1-based, `0` the null outcome), like the `.nfg` outcome version.
 * @remarks Since 0.1.0
 */
import { GameStructureError } from '../game/errors.js';
import type { OutcomeId } from '../game/ids.js';
import { MAX_TABLE_ENTRIES, profileAt } from '../game/strategic.js';
import type { Outcome, StrategicGame } from '../game/types.js';
import type { JsonPath } from './json-schema.js';
import { type JsonHeader, type JsonIssues, typeName } from './json-walk.js';

const KEYS = ['format', 'version', 'type', 'title', 'comment', 'players', 'strategies', 'payoffs', 'outcomes', 'cells'];

/**
 * Walks a strategic-form document whose header is already checked.
 * @throws GameStructureError whose issues carry JSON paths
 * @remarks Since 0.1.0
 */
export function walkJsonStrategic<V>(h: JsonHeader, c: JsonIssues<V>): StrategicGame<V> {
  const doc = h.doc;
  const n = h.players.length;
  c.onlyKeys(doc, [...KEYS, ...(c.options.extraKeys ?? [])], []);
  const list =
    c.array(doc['strategies'], ['strategies'], 'an array of strategy lists (or counts), one per player') ?? [];
  if (list.length !== n && Array.isArray(doc['strategies']))
    c.add(['strategies'], `expected one entry per player (${n}); found ${list.length}`);
  // Sizes first, so that a huge table is refused before any label is made.
  const counts = list.map((s, p) => {
    if (typeof s === 'number') return c.integer(s, ['strategies', p], 1, MAX_TABLE_ENTRIES, 'a strategy count') ?? 1;
    const labels = c.array(s, ['strategies', p], 'an array of strategy labels, or a count') ?? ['1'];
    if (labels.length === 0) c.add(['strategies', p], 'a player needs at least one strategy');
    return Math.max(labels.length, 1);
  });
  const size = counts.reduce((a, k) => a * k, 1);
  if (size * n > MAX_TABLE_ENTRIES) c.add(['strategies'], `the table would have ${size} profiles; too large to build`);
  c.throwIfAny();
  const strategies = list.map((s, p): string[] => {
    if (!Array.isArray(s)) return Array.from({ length: counts[p] as number }, (_, i) => String(i + 1));
    return s.map((l, i) => {
      if (typeof l !== 'string')
        c.add(['strategies', p, i], `expected a strategy label (a string); found ${typeName(l)}`);
      return String(l);
    });
  });
  c.throwIfAny();

  const zero = c.options.arithmetic.zero;
  const payoffs: (readonly V[])[] = [];
  let outcomeTable: StrategicGame<V>['outcomeTable'];
  if (doc['outcomes'] !== undefined || doc['cells'] !== undefined) {
    if (doc['payoffs'] !== undefined) c.add(['payoffs'], 'give either "payoffs" or "outcomes" with "cells", not both');
    const outcomes: Outcome<V>[] = (c.array(doc['outcomes'], ['outcomes']) ?? []).map((raw, i) => {
      const o = c.object(raw, ['outcomes', i], 'an outcome ({ "label", "payoffs" })');
      if (o !== undefined) c.onlyKeys(o, ['label', 'payoffs'], ['outcomes', i]);
      return Object.freeze({
        id: i as OutcomeId,
        label: o === undefined ? '' : c.string(o, 'label', ['outcomes', i]),
        payoffs: Object.freeze(
          o === undefined ? [] : c.values(o['payoffs'], n, ['outcomes', i, 'payoffs'], 'payoffs (one per player)'),
        ),
      });
    });
    const rawCells = c.array(doc['cells'], ['cells'], 'an array of outcome numbers, one per profile') ?? [];
    if (rawCells.length !== size && Array.isArray(doc['cells']))
      c.add(['cells'], `expected ${size} outcome numbers (one per profile); found ${rawCells.length}`);
    const zeros = Object.freeze(h.players.map(() => zero));
    const cells = rawCells.map((raw, i) => {
      const k = c.integer(raw, ['cells', i], 0, outcomes.length, 'an outcome number (0 for none)') ?? 0;
      payoffs.push(k === 0 ? zeros : (outcomes[k - 1] as Outcome<V>).payoffs);
      return k === 0 ? null : ((k - 1) as OutcomeId);
    });
    outcomeTable = Object.freeze({ outcomes: Object.freeze(outcomes), cells: Object.freeze(cells) });
  } else {
    readPayoffs(doc['payoffs'], counts, size, c, payoffs);
  }
  c.throwIfAny();
  if (payoffs.length !== size) throw new GameStructureError(`expected ${size} payoff vectors; found ${payoffs.length}`);
  return Object.freeze({
    kind: 'strategic' as const,
    title: h.title,
    comment: h.comment,
    players: Object.freeze([...h.players]),
    strategies: Object.freeze(strategies.map((s) => Object.freeze(s))),
    payoffs: Object.freeze(payoffs),
    ...(outcomeTable !== undefined ? { outcomeTable } : {}),
  });
}

/** Flat (per profile) or nested (`[s1][s2]…[sn]`) payoffs, into `out` in Gambit's profile order. */
function readPayoffs<V>(
  raw: unknown,
  counts: readonly number[],
  size: number,
  c: JsonIssues<V>,
  out: (readonly V[])[],
): void {
  const n = counts.length;
  const top = c.array(raw, ['payoffs'], 'an array of payoff vectors');
  if (top === undefined) return;
  const first = top[0];
  const nested = n >= 2 && Array.isArray(first) && Array.isArray(first[0]);
  if (!nested) {
    if (top.length !== size)
      c.add(
        ['payoffs'],
        `expected ${size} payoff vectors (one per profile, player 1's strategy varying fastest); found ${top.length}`,
      );
    for (let i = 0; i < top.length && i < size; i++)
      out.push(Object.freeze(c.values(top[i], n, ['payoffs', i], 'payoffs (one per player)')));
    return;
  }
  for (let i = 0; i < size; i++) {
    const profile = profileAt(counts, i);
    let cur: unknown = top;
    const path: (string | number)[] = ['payoffs'];
    for (let p = 0; p < n && cur !== undefined; p++) {
      const arr = c.array(cur, path, `an array of ${counts[p]} entries (one per strategy of player ${p + 1})`);
      if (arr !== undefined && arr.length !== counts[p])
        c.add(path, `expected ${counts[p]} entries (one per strategy of player ${p + 1}); found ${arr.length}`);
      cur = arr?.[profile[p] as number];
      path.push(profile[p] as number);
    }
    if (c.issues.length > 0) return;
    out.push(Object.freeze(c.values(cur, n, path as JsonPath, 'payoffs (one per player)')));
  }
}
