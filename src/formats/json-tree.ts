/**
 * Walks the nested tree of a JSON document (`"type": "extensive"`) into an {@link ExtensiveGame}, in the
 * spirit of the builder (`src/game/builder.ts`): nodes naming the same `infoset` key (per player; chance has
 * its own keys) form one information set and must offer the same moves. The walk is iterative, so deep trees
 * cannot overflow the stack. Validation ends in {@link assembleTree}; its issues are mapped back to JSON paths.
 * @remarks Since 0.1.0
 */
import { type RawInfoset, type RawNode, assembleTree } from '../game/assemble.js';
import { GameStructureError, type Issue } from '../game/errors.js';
import type { ExtensiveGame, NodeType } from '../game/types.js';
import { JsonLocation, type JsonPath } from './json-schema.js';
import { type JsonHeader, type JsonIssues, type JsonObject, typeName } from './json-walk.js';

type MutableNode = { type: NodeType; label: string; infoset?: string; outcome: number | null; children: RawNode[] };
type MutableInfoset<V> = {
  player: number | null;
  label: string;
  explicitLabel: boolean;
  actions: string[];
  probs?: V[];
  beliefs?: V[][];
  path: JsonLocation;
};

const ROOT = JsonLocation.ROOT;
const TOP_KEYS = ['format', 'version', 'type', 'title', 'comment', 'players', 'outcomes', 'root'];
const NODE_KEYS = ['type', 'label', 'payoffs', 'outcomeLabel', 'outcome'];
const INNER_KEYS = [...NODE_KEYS, 'infoset', 'infosetLabel', 'moves'];

/**
 * Walks an extensive-form document whose header is already checked.
 * @throws GameStructureError whose issues carry JSON paths
 * @remarks Since 0.1.0
 */
export function walkJsonTree<V>(h: JsonHeader, c: JsonIssues<V>): ExtensiveGame<V> {
  const ar = c.options.arithmetic;
  const doc = h.doc;
  const n = h.players.length;
  c.onlyKeys(doc, [...TOP_KEYS, ...(c.options.extraKeys ?? [])], ROOT);

  const playerOf = (raw: unknown, path: JsonLocation): number | null => {
    if (typeof raw === 'string') {
      const first = h.players.indexOf(raw);
      if (first < 0)
        c.add(
          path,
          `unknown player ${JSON.stringify(raw)} (players: ${h.players.map((p) => JSON.stringify(p)).join(', ')})`,
        );
      else if (h.players.indexOf(raw, first + 1) >= 0)
        c.add(path, `player name ${JSON.stringify(raw)} is not unique; use the player's number (1-based)`);
      else return first;
      return null;
    }
    const i = c.integer(raw, path, 1, n, 'a player name or number');
    return i === undefined ? null : i - 1;
  };

  // Shared outcomes: numbered in order of first use, like the .efg reader; unused ones go last.
  const listed: { label: string; payoffs: V[]; path: JsonLocation }[] = [];
  if (doc['outcomes'] !== undefined) {
    c.array(doc['outcomes'], ROOT.at('outcomes'))?.forEach((raw, i) => {
      const path = ROOT.at('outcomes', i);
      const o = c.object(raw, path, 'an outcome ({ "label", "payoffs" })');
      if (o === undefined) return;
      c.onlyKeys(o, ['label', 'payoffs'], path);
      listed.push({
        label: c.string(o, 'label', path),
        payoffs: c.values(o['payoffs'], n, path.at('payoffs'), 'payoffs (one per player)'),
        path,
      });
    });
  }
  const listedIndex = new Map<number, number>();
  const outcomes: { label: string; payoffs: V[]; path: JsonLocation }[] = [];

  const outcomeOf = (o: JsonObject, path: JsonLocation): number | null => {
    const ref = o['outcome'];
    const payoffs = o['payoffs'];
    if (ref !== undefined) {
      if (payoffs !== undefined && payoffs !== null)
        c.add(path.at('outcome'), 'give either "payoffs" or "outcome", not both');
      if (o['outcomeLabel'] !== undefined)
        c.add(path.at('outcomeLabel'), 'a shared outcome ("outcome") takes its label from the "outcomes" list');
      const k = c.integer(ref, path.at('outcome'), 1, listed.length, 'an outcome number of the "outcomes" list');
      if (k === undefined) return null;
      const known = listedIndex.get(k);
      if (known !== undefined) return known;
      outcomes.push(listed[k - 1] as (typeof listed)[number]);
      listedIndex.set(k, outcomes.length - 1);
      return outcomes.length - 1;
    }
    if (payoffs === undefined || payoffs === null) {
      if (o['outcomeLabel'] !== undefined) c.add(path.at('outcomeLabel'), 'an outcome label needs "payoffs"');
      return null;
    }
    const label = c.string(o, 'outcomeLabel', path);
    outcomes.push({ label, payoffs: c.values(payoffs, n, path.at('payoffs'), 'payoffs (one per player)'), path });
    return outcomes.length - 1;
  };

  const infosets = new Map<string, MutableInfoset<V>>();
  const register = (key: string, info: MutableInfoset<V>, path: JsonLocation): void => {
    const prev = infosets.get(key);
    if (prev === undefined) {
      infosets.set(key, info);
      return;
    }
    const where = `information set ${JSON.stringify(key.slice(key.indexOf(':') + 1))}`;
    if (prev.actions.length !== info.actions.length || prev.actions.some((a, i) => a !== info.actions[i])) {
      c.add(
        path.at('moves'),
        `${where} is used with different moves (${prev.actions.join(', ')} vs ${info.actions.join(', ')})`,
      );
    } else if (
      prev.probs !== undefined &&
      info.probs !== undefined &&
      prev.probs.some((p, i) => !ar.equals(p, info.probs?.[i] as V))
    ) {
      c.add(path.at('moves'), `${where} is used with different probabilities`);
    } else if (
      (prev.beliefs === undefined) !== (info.beliefs === undefined) ||
      (prev.beliefs ?? []).some((b, p) => b.some((x, a) => !ar.equals(x, info.beliefs?.[p]?.[a] as V)))
    ) {
      c.add(path.at('beliefs'), `${where} is used with different beliefs`);
    }
    if (info.explicitLabel) {
      if (prev.explicitLabel && prev.label !== info.label)
        c.add(path.at('infosetLabel'), `${where} is labelled differently before`);
      else if (!prev.explicitLabel) Object.assign(prev, { label: info.label, explicitLabel: true });
    }
  };

  // Preorder walk with an explicit stack; each node attaches itself to its parent's children in order.
  const nodePaths: JsonLocation[] = [];
  let autoKey = 0;
  let root: MutableNode | null = null;
  const stack: { raw: unknown; path: JsonLocation; parent: MutableNode | null }[] = [
    { raw: doc['root'], path: ROOT.at('root'), parent: null },
  ];
  while (stack.length > 0) {
    const { raw, path, parent } = stack.pop() as (typeof stack)[number];
    const node: MutableNode = { type: 'terminal', label: '', outcome: null, children: [] };
    nodePaths.push(path);
    if (parent === null) root = node;
    else parent.children.push(node);
    const o = c.object(raw, path, 'a node (an object with "type")');
    if (o === undefined) continue;
    const type = o['type'];
    node.label = c.string(o, 'label', path);
    if (type === 'terminal') {
      c.onlyKeys(o, NODE_KEYS, path);
      node.outcome = outcomeOf(o, path);
      continue;
    }
    if (type !== 'decision' && type !== 'chance') {
      c.add(path.at('type'), `expected "terminal", "decision" or "chance"; found ${typeName(type)}`);
      continue;
    }
    c.onlyKeys(o, type === 'chance' ? [...INNER_KEYS, 'beliefs'] : [...INNER_KEYS, 'player'], path);
    node.outcome = outcomeOf(o, path);
    const player = type === 'decision' ? playerOf(o['player'], path.at('player')) : null;
    const moves = c.array(o['moves'], path.at('moves'), 'an array of moves') ?? [];
    if (moves.length === 0 && Array.isArray(o['moves']))
      c.add(path.at('moves'), 'a decision or chance node needs at least one move');
    const actions: string[] = [];
    const probs: V[] = [];
    const children: { raw: unknown; path: JsonLocation }[] = [];
    moves.forEach((m, a) => {
      const mp = path.at('moves', a);
      const mo = c.object(
        m,
        mp,
        type === 'chance' ? 'a move ({ "action", "probability", "node" })' : 'a move ({ "action", "node" })',
      );
      if (mo === undefined) return;
      c.onlyKeys(mo, type === 'chance' ? ['action', 'probability', 'node'] : ['action', 'node'], mp);
      if (typeof mo['action'] !== 'string')
        c.add(mp.at('action'), `expected an action label (a string); found ${typeName(mo['action'])}`);
      actions.push(typeof mo['action'] === 'string' ? mo['action'] : '');
      if (type === 'chance') probs.push(c.value(mo['probability'], mp.at('probability')));
      children.push({ raw: mo['node'], path: mp.at('node') });
    });
    node.type = type === 'chance' ? 'chance' : 'personal';
    const explicitLabel = typeof o['infosetLabel'] === 'string';
    const keyText = typeof o['infoset'] === 'string' ? o['infoset'] : undefined;
    if (o['infoset'] !== undefined && keyText === undefined)
      c.add(path.at('infoset'), `expected an information-set key (a string); found ${typeName(o['infoset'])}`);
    const label = c.string(o, 'infosetLabel', path, keyText ?? '');
    if (player !== null || type === 'chance') {
      const key =
        keyText === undefined ? `auto:${autoKey++}` : type === 'chance' ? `c:${keyText}` : `p${player}:${keyText}`;
      node.infoset = key;
      const beliefs =
        type === 'chance' && o['beliefs'] !== undefined
          ? readBeliefs(o['beliefs'], path.at('beliefs'), probs, h, c)
          : undefined;
      register(
        key,
        {
          player,
          label,
          explicitLabel,
          actions,
          ...(type === 'chance' ? { probs } : {}),
          ...(beliefs !== undefined ? { beliefs } : {}),
          path,
        },
        path,
      );
    }
    for (let a = children.length - 1; a >= 0; a--) {
      const child = children[a] as (typeof children)[number];
      stack.push({ ...child, parent: node });
    }
  }
  listed.forEach((o, k) => {
    if (!listedIndex.has(k + 1)) outcomes.push(o);
  });
  c.throwIfAny();

  try {
    return assembleTree(
      {
        title: h.title,
        comment: h.comment,
        players: h.players,
        root: root as MutableNode,
        infosets: infosets as ReadonlyMap<string, RawInfoset<V>>,
        outcomes,
      },
      { arithmetic: ar, ...(c.options.isNegative !== undefined ? { isNegative: c.options.isNegative } : {}) },
    );
  } catch (e) {
    if (!(e instanceof GameStructureError)) throw e;
    const issues: Issue[] = e.issues.map((issue) => ({
      path: [...jsonPathOf(issue.path, nodePaths, infosets, outcomes)],
      message: issue.message,
    }));
    throw new GameStructureError(e.message, issues);
  }
}

/** Per-player beliefs: an array (one vector or `null` per player) or an object keyed by player name. */
function readBeliefs<V>(
  raw: unknown,
  path: JsonLocation,
  probs: readonly V[],
  h: JsonHeader,
  c: JsonIssues<V>,
): V[][] | undefined {
  const n = h.players.length;
  const out: V[][] = h.players.map(() => [...probs]);
  if (Array.isArray(raw)) {
    if (raw.length !== n) c.add(path, `expected one belief vector (or null) per player (${n}); found ${raw.length}`);
    raw.forEach((v, p) => {
      if (v !== null && p < n) out[p] = c.values(v, probs.length, path.at(p), 'probabilities (one per move)');
    });
    return out;
  }
  const o = c.object(raw, path, 'beliefs: an array per player, or an object keyed by player name');
  if (o === undefined) return undefined;
  for (const [who, v] of Object.entries(o)) {
    const byName = h.players.indexOf(who);
    const p = byName >= 0 ? byName : /^\d+$/.test(who) ? Number(who) - 1 : -1;
    if (p < 0 || p >= n) c.add(path.at(who), `unknown player ${JSON.stringify(who)}`);
    else out[p] = c.values(v, probs.length, path.at(who), 'probabilities (one per move)');
  }
  return out;
}

/** Maps an `assembleTree` issue path (node labels / `#i` / `root`, `infosets`, `outcomes`) to a JSON path. */
function jsonPathOf<V>(
  path: readonly (string | number)[],
  nodePaths: readonly JsonLocation[],
  infosets: ReadonlyMap<string, MutableInfoset<V>>,
  outcomes: readonly { readonly path: JsonLocation }[],
): JsonPath {
  const [head, second] = path;
  const root = ROOT.at('root');
  if (head === 'infosets' && typeof second === 'string') {
    const at = infosets.get(second)?.path ?? root;
    return path[2] === 'beliefs' ? [...at.path(), ...path.slice(2)] : at.at('moves').path();
  }
  if (head === 'outcomes' && typeof second === 'number') return (outcomes[second]?.path ?? root).path();
  if (head === 'players') return ['players'];
  const last = path[path.length - 1];
  if (typeof last === 'string' && /^#\d+$/.test(last)) return (nodePaths[Number(last.slice(1))] ?? root).path();
  return ['root'];
}
