/**
 * Writes subgame's JSON game form (`docs/json-format.md`), readable by {@link parseJson}. Trees are nested
 * nodes (iteratively built and printed, so deep trees are fine); strategic games use a nested payoff array
 * (player 1's strategy outermost) or, when the game has an `outcomeTable`, `outcomes` and `cells`.
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame, Game, StrategicGame } from '../game/types.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import { profileIndex } from '../game/strategic.js';
import { JSON_FORMAT, JSON_VERSION, type JsonValue } from './json-schema.js';

/** Options of {@link writeJson}. */
export type JsonWriteOptions<V> = {
  /** value text (default: exact rationals, `"1/3"`); a parametric module passes its expression printer */
  readonly format: (v: V) => string;
};

type Plain = null | boolean | number | string | readonly Plain[] | { readonly [k: string]: Plain | undefined };

/**
 * The JSON text of a game (two-space indentation, short value lists on one line, ending with a newline).
 * Values are written as integers when they are integers, otherwise as strings (`"1/3"`).
 * @param game - the game
 * @param options - `format` for non-rational values
 * @remarks Since 0.1.0
 */
export function writeJson(game: Game<Rational>): string;
export function writeJson<V>(game: Game<V>, options: JsonWriteOptions<V>): string;
export function writeJson<V>(game: Game<V>, options?: JsonWriteOptions<V>): string {
  const format = options?.format ?? (formatRational as unknown as (v: V) => string);
  const val = (v: V): JsonValue => {
    const s = format(v);
    return /^-?\d{1,15}$/.test(s) ? Number(s) : s;
  };
  const head = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    type: game.kind,
    title: game.title,
    comment: game.comment,
    players: [...game.players],
  };
  const body = game.kind === 'extensive' ? treeBody(game, val) : strategicBody(game, val);
  return `${stringify({ ...head, ...body })}\n`;
}

function strategicBody<V>(game: StrategicGame<V>, val: (v: V) => JsonValue): Record<string, Plain> {
  const strategies = game.strategies.map((s) => [...s]);
  if (game.outcomeTable !== undefined) {
    return {
      strategies,
      outcomes: game.outcomeTable.outcomes.map((o) => ({ label: o.label, payoffs: o.payoffs.map(val) })),
      cells: game.outcomeTable.cells.map((c) => (c === null ? 0 : c + 1)),
    };
  }
  // Nested: payoffs[s1][s2]…[sn], built from the innermost level out.
  const counts = strategies.map((s) => s.length);
  const build = (prefix: number[]): Plain => {
    const levels: Plain[] = [];
    const p = prefix.length;
    for (let s = 0; s < (counts[p] as number); s++) {
      const profile = [...prefix, s];
      if (p === counts.length - 1) levels.push((game.payoffs[profileIndex(counts, profile)] ?? []).map(val));
      else levels.push(build(profile));
    }
    return levels;
  };
  return { strategies, payoffs: build([]) };
}

function treeBody<V>(game: ExtensiveGame<V>, val: (v: V) => JsonValue): Record<string, Plain> {
  const uses = game.outcomes.map(() => 0);
  for (const node of game.nodes) if (node.outcome !== null) uses[node.outcome] = (uses[node.outcome] ?? 0) + 1;
  const listIndex = new Map<number, number>();
  const listed: Plain[] = [];
  game.outcomes.forEach((o, i) => {
    if (uses[i] === 1) return;
    listed.push({ label: o.label, payoffs: o.payoffs.map(val) });
    listIndex.set(i, listed.length);
  });
  const playerRef = game.players.map((name, i): string | number =>
    name !== '' && game.players.indexOf(name) === i && game.players.lastIndexOf(name) === i ? name : i + 1,
  );
  const personalKeys = keysFor(
    game.infosets.map((s) => ({
      scope: s.player as number,
      label: s.label,
      members: s.members.length,
      fileNumber: s.fileNumber,
    })),
  );
  const chanceKeys = keysFor(
    game.chanceInfosets.map((s) => ({
      scope: -1,
      label: s.label,
      members: s.members.length,
      fileNumber: s.fileNumber,
    })),
  );

  const objects: Plain[] = new Array(game.nodes.length).fill(null);
  for (let id = game.nodes.length - 1; id >= 0; id--) {
    const node = game.nodes[id];
    if (node === undefined) continue;
    const out: Record<string, Plain | undefined> = { type: node.type === 'personal' ? 'decision' : node.type };
    if (node.label !== '') out['label'] = node.label;
    let actions: readonly string[] = [];
    let probs: readonly V[] | undefined;
    if (node.type === 'personal') {
      const info = game.infosets[node.infoset as number];
      out['player'] = playerRef[node.player as number] ?? (node.player as number) + 1;
      Object.assign(out, infosetFields(info?.label ?? '', personalKeys[node.infoset as number]));
      actions = info?.actions ?? [];
    } else if (node.type === 'chance') {
      const info = game.chanceInfosets[node.infoset as number];
      Object.assign(out, infosetFields(info?.label ?? '', chanceKeys[node.infoset as number]));
      actions = info?.actions ?? [];
      probs = info?.probs;
      if (info?.beliefs !== undefined) out['beliefs'] = info.beliefs.map((b) => b.map(val));
    }
    if (node.outcome !== null) {
      const shared = listIndex.get(node.outcome);
      const o = game.outcomes[node.outcome];
      if (shared !== undefined) out['outcome'] = shared;
      else if (o !== undefined) {
        out['payoffs'] = o.payoffs.map(val);
        if (o.label !== '') out['outcomeLabel'] = o.label;
      }
    }
    if (node.type !== 'terminal') {
      out['moves'] = node.children.map((child, a) => {
        const move: Record<string, Plain> = { action: actions[a] ?? '' };
        if (probs !== undefined) move['probability'] = val(probs[a] as V);
        move['node'] = objects[child] ?? null;
        return move;
      });
    }
    objects[id] = out;
  }
  return { ...(listed.length > 0 ? { outcomes: listed } : {}), root: objects[0] ?? null };
}

function infosetFields(label: string, key: string | undefined): Record<string, string> {
  if (key === undefined) return label === '' ? {} : { infosetLabel: label };
  return key === label ? { infoset: key } : { infoset: key, infosetLabel: label };
}

/** Keys for information sets with several members (singletons need none), unique within a scope. */
function keysFor(
  sets: readonly { scope: number; label: string; members: number; fileNumber: number }[],
): (string | undefined)[] {
  const labelCount = new Map<string, number>();
  for (const s of sets) labelCount.set(`${s.scope}:${s.label}`, (labelCount.get(`${s.scope}:${s.label}`) ?? 0) + 1);
  const used = new Set<string>();
  return sets.map((s, i) => {
    if (s.members < 2) return undefined;
    let key =
      s.label !== '' && labelCount.get(`${s.scope}:${s.label}`) === 1
        ? s.label
        : `${s.label === '' ? 'I' : s.label}#${s.fileNumber}`;
    if (used.has(`${s.scope}:${key}`)) key = `${key}#${i}`;
    used.add(`${s.scope}:${key}`);
    return key;
  });
}

/** One-line JSON of a scalar or an array of scalars. */
function inline(x: Plain): string {
  return Array.isArray(x) ? `[${(x as readonly Plain[]).map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(x);
}

/**
 * Pretty JSON without recursion: objects one key per line (short flat ones on one line), arrays of scalars
 * on one line.
 */
function stringify(value: Plain): string {
  const out: string[] = [];
  const tasks: (string | { v: Plain; indent: string })[] = [{ v: value, indent: '' }];
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  while (tasks.length > 0) {
    const t = tasks.pop() as (typeof tasks)[number];
    if (typeof t === 'string') {
      out.push(t);
      continue;
    }
    const { v, indent } = t;
    if (scalar(v)) {
      out.push(JSON.stringify(v));
      continue;
    }
    // Indentation stops growing at 32 columns, so very deep trees stay linear in size.
    const inner = indent.length >= 32 ? indent : `${indent}  `;
    if (Array.isArray(v)) {
      const arr = v as readonly Plain[];
      if (arr.every(scalar)) {
        out.push(inline(arr));
        continue;
      }
      out.push('[\n');
      tasks.push(`\n${indent}]`);
      for (let i = arr.length - 1; i >= 0; i--) {
        if (i < arr.length - 1) tasks.push(',\n');
        tasks.push({ v: arr[i] as Plain, indent: inner });
        tasks.push(inner);
      }
      continue;
    }
    const entries = Object.entries(v as Record<string, Plain | undefined>).filter(([, x]) => x !== undefined) as [
      string,
      Plain,
    ][];
    if (entries.length === 0) {
      out.push('{}');
      continue;
    }
    const flat = entries.every(([, x]) => scalar(x) || (Array.isArray(x) && (x as readonly Plain[]).every(scalar)));
    if (flat) {
      const line = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
      if (indent.length + line.length <= 100) {
        out.push(line);
        continue;
      }
    }
    out.push('{\n');
    tasks.push(`\n${indent}}`);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, x] = entries[i] as [string, Plain];
      if (i < entries.length - 1) tasks.push(',\n');
      tasks.push({ v: x, indent: inner });
      tasks.push(`${inner}${JSON.stringify(k)}: `);
    }
  }
  return out.join('');
}
