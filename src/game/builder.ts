/**
 * A builder for writing trees by hand:
 *
 * ```ts
 * const game = buildTree({
 *   players: ['Entrant', 'Incumbent'],
 *   root: decision('Entrant', [
 *     ['Out', terminal([0, 2])],
 *     ['In', decision('Incumbent', [['Fight', terminal([-1, -1])], ['Accommodate', terminal([1, 1])]])],
 *   ]),
 * });
 * ```
 *
 * Nodes that name the same information set (per player) form one information set; they must offer the
 * same actions. Moves are given as `[label, child]` pairs (or an object, whose keys keep insertion order
 * except integer-like keys, which JavaScript puts first: use pairs for numeric labels).
 * @remarks Since 0.1.0
 */
import { type RationalLike, rat } from '../numeric/rational.js';
import type { Rational } from '../numeric/rational.js';
import { type Arithmetic, RATIONAL } from './arithmetic.js';
import { type RawInfoset, type RawNode, assembleTree } from './assemble.js';
import { GameStructureError, type Issue } from './errors.js';
import type { ExtensiveGame } from './types.js';

/** A value in a builder spec: exact rational text/number, or an already-built value `V`. */
export type SpecValue<V> = V | RationalLike;

/** A terminal node of a spec. */
export type TerminalSpec<V = Rational> = {
  readonly kind: 'terminal';
  readonly payoffs: readonly SpecValue<V>[] | null;
  readonly label?: string;
  readonly outcomeLabel?: string;
};

/** Options shared by decision and chance nodes. */
export type InnerNodeOptions<V = Rational> = {
  /** node label */
  readonly label?: string;
  /** information-set key (and label); nodes sharing it (same player) form one information set */
  readonly infoset?: string;
  /** payoffs collected when play passes this node (Gambit's nonterminal outcomes) */
  readonly payoffs?: readonly SpecValue<V>[];
  readonly outcomeLabel?: string;
};

/** A personal (decision) node of a spec. */
export type DecisionSpec<V = Rational> = {
  readonly kind: 'decision';
  /** player name or 0-based index */
  readonly player: string | number;
  readonly moves: readonly (readonly [string, NodeSpec<V>])[];
  readonly options: InnerNodeOptions<V>;
};

/** Options of a chance node. */
export type ChanceOptions<V = Rational> = InnerNodeOptions<V> & {
  /**
   * Non-common priors: per player (name or index), that player's own probabilities of the moves.
   * Players not named use the common probabilities.
   */
  readonly beliefs?: Readonly<Record<string, readonly SpecValue<V>[]>>;
};

/** A chance node of a spec. */
export type ChanceSpec<V = Rational> = {
  readonly kind: 'chance';
  readonly moves: readonly (readonly [string, SpecValue<V>, NodeSpec<V>])[];
  readonly options: ChanceOptions<V>;
};

/** A node of a spec. */
export type NodeSpec<V = Rational> = TerminalSpec<V> | DecisionSpec<V> | ChanceSpec<V>;

/** A whole tree spec. */
export type TreeSpec<V = Rational> = {
  readonly title?: string;
  readonly comment?: string;
  readonly players: readonly string[];
  readonly root: NodeSpec<V>;
};

/**
 * A terminal node with the given payoffs (one per player), or with no outcome when `payoffs` is `null`.
 * @remarks Since 0.1.0
 */
export function terminal<V = Rational>(
  payoffs: readonly SpecValue<NoInfer<V>>[] | null,
  options: { readonly label?: string; readonly outcomeLabel?: string } = {},
): TerminalSpec<V> {
  return { kind: 'terminal', payoffs, ...options };
}

/**
 * A decision node of `player` with the given moves, in order.
 * @remarks Since 0.1.0
 */
export function decision<V = Rational>(
  player: string | number,
  moves: readonly (readonly [string, NodeSpec<V>])[] | Readonly<Record<string, NodeSpec<V>>>,
  options: InnerNodeOptions<NoInfer<V>> = {},
): DecisionSpec<V> {
  const list = Array.isArray(moves)
    ? (moves as readonly (readonly [string, NodeSpec<V>])[])
    : Object.entries(moves as Record<string, NodeSpec<V>>);
  return { kind: 'decision', player, moves: list, options };
}

/**
 * A chance node: `[label, probability, child]` triples, or an object of `[probability, child]` pairs.
 * @remarks Since 0.1.0
 */
export function chance<V = Rational>(
  moves:
    | readonly (readonly [string, SpecValue<NoInfer<V>>, NodeSpec<V>])[]
    | Readonly<Record<string, readonly [SpecValue<NoInfer<V>>, NodeSpec<V>]>>,
  options: ChanceOptions<NoInfer<V>> = {},
): ChanceSpec<V> {
  const list = Array.isArray(moves)
    ? (moves as readonly (readonly [string, SpecValue<V>, NodeSpec<V>])[])
    : Object.entries(moves as Record<string, readonly [SpecValue<V>, NodeSpec<V>]>).map(
        ([k, [p, n]]) => [k, p, n] as const,
      );
  return { kind: 'chance', moves: list, options };
}

/** Options of {@link buildTree}. */
export type BuildOptions<V> = {
  /** value arithmetic; default exact rationals */
  readonly arithmetic?: Arithmetic<V>;
  /** converts a spec value to `V`; default {@link rat} for rationals */
  readonly value?: (x: SpecValue<V>) => V;
  /** sign test for probabilities; default: `x < 0` for rationals, none for other value types */
  readonly isNegative?: (v: V) => boolean;
};

/**
 * Builds an immutable game from a spec, validating it whole.
 * @throws GameStructureError naming each inconsistent node (by its path of labels) and what is wrong
 * @remarks Since 0.1.0
 */
export function buildTree(spec: TreeSpec<Rational>): ExtensiveGame<Rational>;
export function buildTree<V>(
  spec: TreeSpec<V>,
  options: BuildOptions<V> & { arithmetic: Arithmetic<V> },
): ExtensiveGame<V>;
export function buildTree<V>(spec: TreeSpec<V>, options?: BuildOptions<V>): ExtensiveGame<V> {
  const ar = (options?.arithmetic ?? RATIONAL) as Arithmetic<V>;
  const toValue =
    options?.value ?? ((x: SpecValue<V>) => (ar === (RATIONAL as unknown) ? rat(x as RationalLike) : (x as V)) as V);
  const isNegative =
    options?.isNegative ??
    (ar === (RATIONAL as unknown) ? (v: V) => (v as Rational).s < 0n && (v as Rational).n !== 0n : undefined);
  const players = spec.players;
  const issues: Issue[] = [];
  const infosets = new Map<string, RawInfoset<V>>();
  const outcomes: { label: string; payoffs: V[] }[] = [];
  let autoKey = 0;

  const convert = (x: SpecValue<V>, path: readonly string[]): V => {
    try {
      return toValue(x);
    } catch (e) {
      issues.push({ path, message: e instanceof Error ? e.message : String(e) });
      return ar.zero;
    }
  };
  const playerIndex = (p: string | number, path: readonly string[]): number => {
    const i = typeof p === 'number' ? p : players.indexOf(p);
    if (!Number.isInteger(i) || i < 0 || i >= players.length) {
      issues.push({ path, message: `unknown player ${JSON.stringify(p)} (players: ${players.join(', ')})` });
      return -1;
    }
    return i;
  };
  const addOutcome = (payoffs: readonly SpecValue<V>[] | null | undefined, label: string, path: readonly string[]) => {
    if (payoffs === null || payoffs === undefined) return null;
    if (payoffs.length !== players.length) {
      issues.push({ path, message: `${payoffs.length} payoffs given; expected ${players.length} (one per player)` });
    }
    outcomes.push({ label, payoffs: payoffs.map((x) => convert(x, path)) });
    return outcomes.length - 1;
  };
  const registerInfoset = (key: string, info: RawInfoset<V>, path: readonly string[]): void => {
    const prev = infosets.get(key);
    if (prev === undefined) {
      infosets.set(key, info);
      return;
    }
    const same =
      prev.player === info.player &&
      prev.actions.length === info.actions.length &&
      prev.actions.every((a, i) => a === info.actions[i]);
    if (!same) {
      issues.push({
        path,
        message: `information set "${info.label}" is used with different ${prev.player !== info.player ? 'players' : 'actions'} (${prev.actions.join(', ')} vs ${info.actions.join(', ')})`,
      });
    } else if (info.probs !== undefined && prev.probs !== undefined) {
      if (!info.probs.every((p, i) => ar.equals(p, prev.probs?.[i] as V))) {
        issues.push({ path, message: `chance information set "${info.label}" is used with different probabilities` });
      }
    }
  };

  const walk = (node: NodeSpec<V>, path: string[]): RawNode => {
    const here = path.join(' > ') === '' ? ['root'] : path;
    if (node.kind === 'terminal') {
      return {
        type: 'terminal',
        label: node.label ?? '',
        outcome: addOutcome(node.payoffs, node.outcomeLabel ?? '', here),
        children: [],
      };
    }
    const outcome = addOutcome(node.options.payoffs, node.options.outcomeLabel ?? '', here);
    if (node.kind === 'decision') {
      const opts = node.options;
      const p = playerIndex(node.player, here);
      const actions = node.moves.map(([a]) => a);
      const key = opts.infoset !== undefined ? `p${p}:${opts.infoset}` : `auto:${autoKey++}`;
      if (p >= 0) registerInfoset(key, { player: p, label: opts.infoset ?? '', actions }, here);
      return {
        type: 'personal',
        label: opts.label ?? '',
        infoset: key,
        outcome,
        children: node.moves.map(([a, child]) => walk(child, [...path, a])),
      };
    }
    const opts = node.options;
    const actions = node.moves.map(([a]) => a);
    const probs = node.moves.map(([a, pr]) => convert(pr, [...here, a]));
    let beliefs: V[][] | undefined;
    if (opts.beliefs !== undefined) {
      beliefs = players.map(() => probs);
      for (const [who, vec] of Object.entries(opts.beliefs)) {
        const i = playerIndex(/^\d+$/.test(who) && !players.includes(who) ? Number(who) : who, [...here, 'beliefs']);
        if (i >= 0) beliefs[i] = vec.map((x) => convert(x, [...here, 'beliefs', who]));
      }
    }
    const key = opts.infoset !== undefined ? `c:${opts.infoset}` : `auto:${autoKey++}`;
    registerInfoset(
      key,
      { player: null, label: opts.infoset ?? '', actions, probs, ...(beliefs !== undefined ? { beliefs } : {}) },
      here,
    );
    return {
      type: 'chance',
      label: opts.label ?? '',
      infoset: key,
      outcome,
      children: node.moves.map(([a, , child]) => walk(child, [...path, a])),
    };
  };

  const root = walk(spec.root, []);
  if (issues.length > 0) {
    throw new GameStructureError(`buildTree(): ${issues[0]?.path.join(' > ')}: ${issues[0]?.message}`, issues);
  }
  return assembleTree(
    { title: spec.title ?? '', comment: spec.comment ?? '', players, root, infosets, outcomes },
    { arithmetic: ar, ...(isNegative !== undefined ? { isNegative } : {}) },
  );
}
