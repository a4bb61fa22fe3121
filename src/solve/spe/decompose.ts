/**
 * Subgame-perfect equilibria by subgame decomposition (Selten 1965; Osborne and Rubinstein 1994,
 * Section 6.2 and Proposition 99.2; Gambit's `SubgameSolver`): solve the smallest subgames first with a
 * pluggable method (`within`), replace each by every one of its equilibrium payoff vectors, solve the
 * enclosing subgame once per combination of those vectors, and combine: every equilibrium of every
 * subgame, under every compatible choice below, gives one subgame-perfect profile. With `within:
 * 'enumpure'` the result is every pure subgame-perfect equilibrium.
 *
 * Subgames with equal payoff vectors lead to the same enclosing problem, so solutions are grouped by
 * payoff vector; the count multiplies the numbers of equilibria below (exact, bigint) and profiles are
 * listed lazily up to `maxEquilibria`.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import { behaviorPayoffs } from '../../game/expected-payoff.js';
import { subtreeEnds } from '../../game/history.js';
import type { InfosetId, NodeId } from '../../game/ids.js';
import { subgameTree } from '../../game/subgames.js';
import type { BehaviorProfile, ExtensiveGame } from '../../game/types.js';
import { type Rational, formatRational } from '../../numeric/rational.js';
import { startBudget } from '../budget.js';
import type { BehaviorResult, Budget, StopReason } from '../types.js';
import { backwardInduction } from './backward-induction.js';
import { type SubgameMethodRegistry, defaultSubgameMethods } from './registry.js';
import { truncatedSubgame } from './truncate.js';

/** Options of {@link subgamePerfect}. */
export type SpeOptions = Budget & {
  /** the subgame method, a key of `methods`; default `'enumpure'` */
  readonly within?: string;
  /** the available subgame methods; default {@link defaultSubgameMethods} */
  readonly methods?: SubgameMethodRegistry;
  /**
   * With `within: 'enumpure'` on a perfect-information game, use backward induction (the same set of
   * equilibria, much faster); default `true`
   */
  readonly perfectInformationFastPath?: boolean;
};

/** Defaults of {@link SpeOptions}. @remarks Since 0.1.0 */
export const defaultSpeOptions: {
  readonly within: string;
  readonly maxEquilibria: number;
  readonly perfectInformationFastPath: boolean;
} = {
  within: 'enumpure',
  maxEquilibria: 10_000,
  perfectInformationFastPath: true,
};

type Entry = {
  /** value keys of the nested subgames' solutions this entry builds on */
  readonly kids: readonly string[];
  /** the behaviour at the information sets of this truncated subgame (game ids) */
  readonly assign: readonly (readonly [InfosetId, readonly Rational[]])[];
  readonly count: bigint;
};
type ValueClass = { readonly value: readonly Rational[]; readonly entries: Entry[]; count: bigint };

const keyOf = (v: readonly Rational[]): string => v.map(formatRational).join(',');

/**
 * All subgame-perfect equilibria that the `within` method finds in every subgame, combined.
 * @param game - any tree (the subgame method decides what it accepts, e.g. perfect recall)
 * @param options - `within`, `methods`, budget (`maxEquilibria` listed, default 10 000; `maxNodes` counts
 *   subgame problems solved; `timeoutMs`; `signal`)
 * @returns behaviour profiles in `game.infosets` order, `count` (when every subgame was solved completely),
 *   stats (`subgames`, `problems`)
 * @throws InvalidArgumentError if `within` names no method
 * @remarks Since 0.1.0
 */
export function subgamePerfect(game: ExtensiveGame, options: SpeOptions = {}): BehaviorResult {
  const where = 'subgamePerfect()';
  const within = options.within ?? defaultSpeOptions.within;
  const methods = options.methods ?? defaultSubgameMethods;
  const solver = methods[within];
  if (solver === undefined) {
    throw new InvalidArgumentError(
      `${where}: within must be one of ${Object.keys(methods).join(', ')}; got "${within}"`,
    );
  }
  const maxEq = options.maxEquilibria ?? defaultSpeOptions.maxEquilibria;
  if (!Number.isInteger(maxEq) || maxEq < 0) {
    throw new InvalidArgumentError(`${where}: maxEquilibria must be a non-negative integer; got ${maxEq}`);
  }
  const perfectInfo = game.infosets.every((s) => s.members.length === 1);
  if (
    within === 'enumpure' &&
    methods['enumpure'] === defaultSubgameMethods['enumpure'] &&
    perfectInfo &&
    (options.perfectInformationFastPath ?? true)
  ) {
    const r = backwardInduction(game, { ...options, maxEquilibria: maxEq });
    return { ...r, options: { ...r.options, within } };
  }
  const meter = startBudget(
    {
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    },
    where,
    1,
  );
  const tree = subgameTree(game);
  const ends = subtreeEnds(game);
  const solved = new Map<NodeId, Map<string, ValueClass>>();
  const warnings: string[] = [];
  let methodComplete = true;
  let problems = 0;

  outer: for (const r of tree.postorder) {
    const kids = tree.children.get(r) ?? [];
    const classes = kids.map((c) => [...(solved.get(c) ?? new Map<string, ValueClass>()).entries()]);
    const out = new Map<string, ValueClass>();
    solved.set(r, out);
    if (classes.some((l) => l.length === 0)) continue;
    const idx = kids.map(() => 0);
    for (;;) {
      if (meter.step('nodes') !== null) break outer;
      const replaced = new Map<NodeId, readonly Rational[]>();
      let mult = 1n;
      kids.forEach((c, i) => {
        const cls = (classes[i] as [string, ValueClass][])[idx[i] as number] as [string, ValueClass];
        replaced.set(c, cls[1].value);
        mult *= cls[1].count;
      });
      const keys = kids.map(
        (_, i) => ((classes[i] as [string, ValueClass][])[idx[i] as number] as [string, ValueClass])[0],
      );
      const t = truncatedSubgame(game, r, replaced, ends);
      const remaining =
        options.timeoutMs === undefined ? {} : { timeoutMs: Math.max(0, options.timeoutMs - meter.elapsedMs) };
      const res = solver(t.game, { ...remaining, ...(options.signal !== undefined ? { signal: options.signal } : {}) });
      problems += 1;
      if (!res.complete) {
        methodComplete = false;
        if (warnings.length < 10)
          warnings.push(`subgame at node ${r}: ${within} stopped (${res.stopped ?? 'incomplete'})`);
      }
      for (const eq of res.equilibria) {
        const value = behaviorPayoffs(t.game, eq);
        const key = keyOf(value);
        let cls = out.get(key);
        if (cls === undefined) {
          cls = { value, entries: [], count: 0n };
          out.set(key, cls);
        }
        cls.entries.push({
          kids: keys,
          assign: t.infosetMap.map((id, j) => [id, eq[j] as readonly Rational[]] as const),
          count: mult,
        });
        cls.count += mult;
      }
      let i = 0;
      while (i < kids.length && (idx[i] = (idx[i] as number) + 1) === (classes[i] as unknown[]).length) idx[i++] = 0;
      if (i === kids.length) break;
    }
  }

  const equilibria: BehaviorProfile[] = [];
  let stopped: StopReason | null = meter.stopped;
  let count: bigint | undefined;
  if (stopped === null) {
    const rootClasses = solved.get(0 as NodeId) ?? new Map<string, ValueClass>();
    count = 0n;
    for (const cls of rootClasses.values()) count += cls.count;
    const profile: (readonly Rational[])[] = game.infosets.map(() => []);
    const realize = function* (r: NodeId, key: string): Generator<void, void, undefined> {
      const kids = tree.children.get(r) ?? [];
      for (const e of solved.get(r)?.get(key)?.entries ?? []) {
        for (const [id, vec] of e.assign) profile[id] = vec;
        yield* product(kids, e.kids, 0);
      }
    };
    const product = function* (
      kids: readonly NodeId[],
      keys: readonly string[],
      i: number,
    ): Generator<void, void, undefined> {
      if (i === kids.length) {
        yield;
        return;
      }
      for (const _ of realize(kids[i] as NodeId, keys[i] as string)) yield* product(kids, keys, i + 1);
    };
    if (maxEq > 0) {
      outerList: for (const key of rootClasses.keys()) {
        for (const _ of realize(0 as NodeId, key)) {
          equilibria.push(Object.freeze([...profile]));
          if (equilibria.length >= maxEq || meter.check() !== null) break outerList;
        }
      }
    }
    stopped = meter.stopped ?? (BigInt(equilibria.length) < count ? 'equilibria' : null);
  }
  return {
    method: 'spe',
    exact: true,
    representation: 'behavior',
    options: {
      within,
      maxEquilibria: maxEq,
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    },
    equilibria,
    complete: stopped === null && methodComplete,
    stopped,
    ...(count !== undefined && methodComplete ? { count } : {}),
    warnings,
    stats: { subgames: tree.roots.length, problems, ms: meter.elapsedMs },
  };
}
