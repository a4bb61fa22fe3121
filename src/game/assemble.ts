/**
 * Assembles an immutable {@link ExtensiveGame} from a nested description, validating everything first:
 * the builder and the `.efg` reader both end here, so a game is either whole and consistent or a
 * {@link GameStructureError} listing every problem (with the path to the offending node).
 * @remarks Since 0.1.0
 */
import type { Arithmetic } from './arithmetic.js';
import { GameStructureError, type Issue } from './errors.js';
import type { ChanceInfosetId, InfosetId, NodeId, OutcomeId, PlayerId } from './ids.js';
import type { ChanceInfoset, ExtensiveGame, Infoset, NodeType, Outcome, TreeNode } from './types.js';

/** A node of the nested description. `infoset` is a key into `RawTree.infosets`. */
export type RawNode = {
  readonly type: NodeType;
  readonly label: string;
  /** key of the node's information set (personal or chance); ignored at terminal nodes */
  readonly infoset?: string;
  /** index into `RawTree.outcomes`, or `null` */
  readonly outcome: number | null;
  readonly children: readonly RawNode[];
};

/** An information set of the nested description. `player` is `null` for chance. */
export type RawInfoset<V> = {
  readonly player: number | null;
  readonly label: string;
  readonly actions: readonly string[];
  readonly probs?: readonly V[];
  readonly beliefs?: readonly (readonly V[])[];
  /** the number to keep for `.efg` output; assigned in order of appearance when absent */
  readonly fileNumber?: number;
};

/** A nested description of a tree. */
export type RawTree<V> = {
  readonly title: string;
  readonly comment: string;
  readonly players: readonly string[];
  readonly root: RawNode;
  readonly infosets: ReadonlyMap<string, RawInfoset<V>>;
  readonly outcomes: readonly { readonly label: string; readonly payoffs: readonly V[] }[];
};

/** Options for {@link assembleTree}. */
export type AssembleOptions<V> = {
  readonly arithmetic: Arithmetic<V>;
  /** sign test for probabilities; absent for symbolic values (checked later, per parameter values) */
  readonly isNegative?: (v: V) => boolean;
};

/**
 * Validates a nested description and returns the game.
 * @throws GameStructureError listing every inconsistency found
 * @remarks Since 0.1.0
 */
export function assembleTree<V>(raw: RawTree<V>, options: AssembleOptions<V>): ExtensiveGame<V> {
  const issues: Issue[] = [];
  const nPlayers = raw.players.length;
  if (nPlayers === 0) issues.push({ path: ['players'], message: 'a game needs at least one player' });

  // Validate outcomes.
  raw.outcomes.forEach((o, i) => {
    if (o.payoffs.length !== nPlayers) {
      issues.push({
        path: ['outcomes', i],
        message: `outcome "${o.label}" has ${o.payoffs.length} payoffs; expected ${nPlayers} (one per player)`,
      });
    }
  });

  // Validate information sets.
  for (const [key, info] of raw.infosets) {
    if (info.player !== null && (!Number.isInteger(info.player) || info.player < 0 || info.player >= nPlayers)) {
      issues.push({ path: ['infosets', key], message: `player ${info.player} does not exist (${nPlayers} players)` });
    }
    if (info.actions.length === 0)
      issues.push({ path: ['infosets', key], message: 'an information set needs actions' });
    if (info.player === null) {
      const probs = info.probs;
      if (probs === undefined || probs.length !== info.actions.length) {
        issues.push({ path: ['infosets', key], message: 'a chance move needs one probability per action' });
      } else {
        checkDistribution(probs, ['infosets', key], 'chance probabilities', issues, options);
        if (info.beliefs !== undefined) {
          if (info.beliefs.length !== nPlayers) {
            issues.push({
              path: ['infosets', key, 'beliefs'],
              message: `non-common priors need one vector per player (${nPlayers}); got ${info.beliefs.length}`,
            });
          }
          info.beliefs.forEach((b, p) => {
            if (b.length !== info.actions.length) {
              issues.push({ path: ['infosets', key, 'beliefs', p], message: 'one probability per action expected' });
            } else checkDistribution(b, ['infosets', key, 'beliefs', p], `player ${p + 1}'s prior`, issues, options);
          });
        }
      }
    }
  }

  // Walk the tree in preorder (iteratively: deep trees must not overflow the stack).
  type Flat = { raw: RawNode; parent: number; parentAction: number; depth: number; path: string };
  const flat: Flat[] = [];
  const stack: Flat[] = [{ raw: raw.root, parent: -1, parentAction: -1, depth: 0, path: 'root' }];
  while (stack.length > 0) {
    const f = stack.pop() as Flat;
    flat.push(f);
    const kids = f.raw.children;
    for (let a = kids.length - 1; a >= 0; a--) {
      stack.push({ raw: kids[a] as RawNode, parent: flat.length - 1, parentAction: a, depth: f.depth + 1, path: '' });
    }
  }
  const pathOf = (i: number): string[] => {
    const parts: string[] = [];
    let j = i;
    while (j >= 0) {
      const f = flat[j] as Flat;
      parts.push(f.raw.label !== '' ? `${f.raw.label}` : f.parent < 0 ? 'root' : `#${j}`);
      j = f.parent;
    }
    return parts.reverse();
  };

  const membersOf = new Map<string, number[]>();
  flat.forEach((f, i) => {
    const n = f.raw;
    if (n.outcome !== null && (n.outcome < 0 || n.outcome >= raw.outcomes.length || !Number.isInteger(n.outcome))) {
      issues.push({ path: pathOf(i), message: `outcome ${n.outcome} is not defined` });
    }
    if (n.type === 'terminal') {
      if (n.children.length > 0) issues.push({ path: pathOf(i), message: 'a terminal node has no children' });
      return;
    }
    if (n.infoset === undefined) {
      issues.push({ path: pathOf(i), message: `a ${n.type} node needs an information set` });
      return;
    }
    const info = raw.infosets.get(n.infoset);
    if (info === undefined) {
      issues.push({ path: pathOf(i), message: `information set "${n.infoset}" is not defined` });
      return;
    }
    if ((info.player === null) !== (n.type === 'chance')) {
      issues.push({ path: pathOf(i), message: `a ${n.type} node cannot be in information set "${n.infoset}"` });
      return;
    }
    if (n.children.length !== info.actions.length) {
      issues.push({
        path: pathOf(i),
        message: `node has ${n.children.length} children but its information set has ${info.actions.length} actions`,
      });
    }
    const list = membersOf.get(n.infoset);
    if (list === undefined) membersOf.set(n.infoset, [i]);
    else list.push(i);
  });
  if (issues.length > 0) throw new GameStructureError(summarize(issues), issues);

  // Order personal information sets: by player, then by first member in preorder (Gambit's order).
  const personalKeys = [...membersOf.keys()].filter((k) => (raw.infosets.get(k) as RawInfoset<V>).player !== null);
  const firstMember = (key: string): number => (membersOf.get(key) as number[])[0] as number;
  personalKeys.sort((a, b) => {
    const pa = (raw.infosets.get(a) as RawInfoset<V>).player as number;
    const pb = (raw.infosets.get(b) as RawInfoset<V>).player as number;
    return pa !== pb ? pa - pb : firstMember(a) - firstMember(b);
  });
  const chanceKeys = [...membersOf.keys()].filter((k) => (raw.infosets.get(k) as RawInfoset<V>).player === null);
  chanceKeys.sort((a, b) => firstMember(a) - firstMember(b));

  const infosetIndex = new Map<string, number>();
  const nextFileNumber = new Array<number>(nPlayers).fill(0);
  const infosets: Infoset[] = personalKeys.map((key, i) => {
    infosetIndex.set(key, i);
    const info = raw.infosets.get(key) as RawInfoset<V>;
    const p = info.player as number;
    nextFileNumber[p] = (nextFileNumber[p] as number) + 1;
    return Object.freeze({
      id: i as InfosetId,
      player: p as PlayerId,
      label: info.label,
      actions: Object.freeze([...info.actions]),
      members: Object.freeze((membersOf.get(key) as number[]).map((m) => m as NodeId)),
      fileNumber: info.fileNumber ?? (nextFileNumber[p] as number),
    });
  });
  const chanceInfosets: ChanceInfoset<V>[] = chanceKeys.map((key, i) => {
    infosetIndex.set(key, i);
    const info = raw.infosets.get(key) as RawInfoset<V>;
    const c: ChanceInfoset<V> = {
      id: i as ChanceInfosetId,
      label: info.label,
      actions: Object.freeze([...info.actions]),
      probs: Object.freeze([...(info.probs as readonly V[])]),
      members: Object.freeze((membersOf.get(key) as number[]).map((m) => m as NodeId)),
      fileNumber: info.fileNumber ?? i + 1,
      ...(info.beliefs !== undefined ? { beliefs: Object.freeze(info.beliefs.map((b) => Object.freeze([...b]))) } : {}),
    };
    return Object.freeze(c);
  });
  const playerInfosets: InfosetId[][] = raw.players.map(() => []);
  for (const info of infosets) (playerInfosets[info.player] as InfosetId[]).push(info.id);

  // Children indices: in preorder, a node's children are found by walking subtrees.
  const childrenOf: number[][] = flat.map(() => []);
  flat.forEach((f, i) => {
    if (f.parent >= 0) (childrenOf[f.parent] as number[]).push(i);
  });
  const nodes: TreeNode[] = flat.map((f, i) => {
    const n = f.raw;
    const info =
      n.type === 'terminal' || n.infoset === undefined ? null : (raw.infosets.get(n.infoset) as RawInfoset<V>);
    return Object.freeze({
      id: i as NodeId,
      label: n.label,
      type: n.type,
      player: n.type === 'personal' && info !== null ? (info.player as PlayerId) : null,
      infoset:
        n.type === 'terminal' || n.infoset === undefined
          ? null
          : (infosetIndex.get(n.infoset) as number as InfosetId | ChanceInfosetId),
      children: Object.freeze((childrenOf[i] as number[]).map((c) => c as NodeId)),
      parent: f.parent < 0 ? null : (f.parent as NodeId),
      parentAction: f.parentAction,
      outcome: n.outcome === null ? null : (n.outcome as OutcomeId),
      depth: f.depth,
    });
  });
  const outcomes: Outcome<V>[] = raw.outcomes.map((o, i) =>
    Object.freeze({ id: i as OutcomeId, label: o.label, payoffs: Object.freeze([...o.payoffs]) }),
  );
  return Object.freeze({
    kind: 'extensive' as const,
    title: raw.title,
    comment: raw.comment,
    players: Object.freeze([...raw.players]),
    nodes: Object.freeze(nodes),
    infosets: Object.freeze(infosets),
    playerInfosets: Object.freeze(playerInfosets.map((l) => Object.freeze(l))),
    chanceInfosets: Object.freeze(chanceInfosets),
    outcomes: Object.freeze(outcomes),
  });
}

function checkDistribution<V>(
  probs: readonly V[],
  path: readonly (string | number)[],
  what: string,
  issues: Issue[],
  options: AssembleOptions<V>,
): void {
  const ar = options.arithmetic;
  let total = ar.zero;
  probs.forEach((p, a) => {
    if (options.isNegative?.(p) === true) {
      issues.push({ path: [...path, a], message: `${what}: probability ${ar.format(p)} is negative` });
    }
    total = ar.add(total, p);
  });
  if (!ar.equals(total, ar.one)) {
    issues.push({ path, message: `${what} sum to ${ar.format(total)}, not exactly 1` });
  }
}

function summarize(issues: readonly Issue[]): string {
  const first = issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : `${first.path.join(' > ')}: `;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `inconsistent game: ${where}${first?.message ?? ''}${more}`;
}
