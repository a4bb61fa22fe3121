/**
 * All pure subgame-perfect equilibria of a perfect-information tree by backward induction, with ties
 * branching, identical subtrees solved once, an exact count (bigint) of how many equilibria exist, and a
 * budget on how many are listed.
 *
 * Algorithm: Kuhn (1953) / Selten (1965) backward induction, generalised to value *sets* so that every
 * subgame-perfect profile is found when ties make a node's continuation vector depend on choices below it
 * (`value-sets.ts`); counting by dynamic programming over those sets (`spe-dp.ts`); listing by a top-down
 * walk (`enumerate.ts`). Chance nodes are evaluated in expectation, each player with its own prior when the
 * game has non-common priors. Exact throughout (integer scaling, `scales.ts`).
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame, BehaviorProfile } from '../../game/types.js';
import { InvalidArgumentError } from '../../game/errors.js';
import { type Rational, Fraction } from '../../numeric/rational.js';
import { unitVector } from '../../game/pure-strategies.js';
import { startBudget } from '../budget.js';
import type { BehaviorResult, Budget, StopReason } from '../types.js';
import { compileGame } from './compile-game.js';
import type { CompiledTree } from './compiled-tree.js';
import { type OccurrenceView, enumerateSpe, preorderSlots } from './enumerate.js';
import { scaleOf } from './scales.js';
import { type SpeDp, speDynamicProgram } from './spe-dp.js';

/** Options of {@link backwardInduction}. */
export type BackwardInductionOptions = Budget & {
  /** store and solve identical subtrees once (default `true`) */
  readonly shareSubtrees?: boolean;
  /** largest value set (distinct continuation vectors at one node) before stopping; default 200 000 */
  readonly maxValueSet?: number;
  /** skip the double-precision fast path (testing); default `false` */
  readonly forceGeneral?: boolean;
};

/** Defaults of {@link backwardInduction}'s options. @remarks Since 0.1.0 */
export const defaultBackwardInductionOptions: {
  readonly maxEquilibria: number;
  readonly shareSubtrees: boolean;
  readonly maxValueSet: number;
  readonly forceGeneral: boolean;
} = { maxEquilibria: 10_000, shareSubtrees: true, maxValueSet: 200_000, forceGeneral: false };

/** Converts the scaled root vector of a dynamic program to exact payoffs. */
function rootPayoffs(dp: SpeDp): Rational[] | null {
  const vec = dp.rootVector;
  if (vec === null) return null;
  const root = dp.tree.nodeCount - 1;
  return vec.map((w, p) => new Fraction(w, scaleOf(dp.scales, root, p) * (dp.tree.payoffs.scale[p] as bigint)));
}

/** The work limits of a budget (the equilibrium limit is applied by the caller). */
function workBudget(b: Budget): Budget {
  return {
    ...(b.maxNodes !== undefined ? { maxNodes: b.maxNodes } : {}),
    ...(b.timeoutMs !== undefined ? { timeoutMs: b.timeoutMs } : {}),
    ...(b.signal !== undefined ? { signal: b.signal } : {}),
  };
}

function checkMax(options: BackwardInductionOptions, where: string): number {
  const max = options.maxEquilibria ?? defaultBackwardInductionOptions.maxEquilibria;
  if (!Number.isInteger(max) || max < 0) {
    throw new InvalidArgumentError(`${where}: maxEquilibria must be a non-negative integer; got ${max}`);
  }
  return max;
}

/**
 * All pure subgame-perfect equilibria of a perfect-information game (every information set a singleton),
 * as pure behaviour profiles in `game.infosets` order, with `count` the exact number that exist.
 * @param game - a perfect-information tree; chance nodes and non-common priors allowed
 * @param options - budget (`maxEquilibria` listed, default 10 000; `maxNodes` counts nodes plus value-set
 *   work; `timeoutMs`; `signal`) and `shareSubtrees`
 * @returns `equilibria` (at most `maxEquilibria`), `count`, `complete`, `stopped`, and stats
 *   (`nodes`, `compiledNodes`, `sharedSubtrees`, `tieNodes`, `valueSetNodes`, `maxValueSet`, `ms`)
 * @throws UnsupportedGameError if an information set has several nodes (use `spe` decomposition)
 * @throws InvalidArgumentError if a budget is not a non-negative integer
 * @remarks Since 0.1.0
 */
export function backwardInduction(game: ExtensiveGame, options: BackwardInductionOptions = {}): BehaviorResult {
  const where = 'backwardInduction()';
  const maxEq = checkMax(options, where);
  const meter = startBudget(workBudget(options), where);
  const share = options.shareSubtrees ?? defaultBackwardInductionOptions.shareSubtrees;
  const compiled = compileGame(game, { share, solver: 'spe (backward induction)' });
  const dp = speDynamicProgram(compiled.tree, {
    meter,
    retainSets: true,
    forceGeneral: options.forceGeneral ?? false,
    maxValueSet: options.maxValueSet ?? defaultBackwardInductionOptions.maxValueSet,
  });
  const equilibria: BehaviorProfile[] = [];
  let stopped: StopReason | null = dp.stopped;
  if (stopped === null) {
    const view: OccurrenceView = {
      root: 0,
      dagOf: (occ) => compiled.dagOf[occ] as number,
      childOcc: (occ, a) => game.nodes[occ]?.children[a] as number,
      slot: (occ) => game.nodes[occ]?.infoset as number,
    };
    const out = new Int32Array(game.infosets.length);
    const total = dp.count ?? 0n;
    if (maxEq > 0) {
      for (const _ of enumerateSpe(dp, view, out)) {
        equilibria.push(Object.freeze(game.infosets.map((s) => unitVector(s.actions.length, out[s.id] as number))));
        if (equilibria.length >= maxEq) break;
        if (meter.check() !== null) break;
      }
    }
    stopped = meter.stopped ?? (BigInt(equilibria.length) < total ? 'equilibria' : null);
  }
  return {
    method: 'spe',
    exact: true,
    representation: 'behavior',
    options: {
      algorithm: 'backward-induction',
      maxEquilibria: maxEq,
      shareSubtrees: share,
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    },
    equilibria,
    complete: stopped === null,
    stopped,
    ...(dp.count !== null ? { count: dp.count } : {}),
    warnings: dp.count === null ? ['stopped before the count was complete; no equilibria listed'] : [],
    stats: {
      nodes: game.nodes.length,
      compiledNodes: compiled.tree.nodeCount,
      sharedSubtrees: compiled.sharedNodes,
      tieNodes: dp.tieNodes,
      valueSetNodes: dp.setNodes,
      maxValueSet: dp.maxSetSize,
      ms: meter.elapsedMs,
    },
  };
}

/** The result of {@link solveCompiledTree}. */
export type CompiledSpeResult = {
  /** exact number of pure subgame-perfect equilibria (`null` when stopped) */
  readonly count: bigint | null;
  /** payoffs of the canonical equilibrium (first optimal action everywhere); `null` when stopped */
  readonly value: readonly Rational[] | null;
  /** the canonical equilibrium: chosen action per compiled node (`-1` at chance and terminal nodes) */
  readonly choice: Int32Array;
  readonly stopped: StopReason | null;
  /** `nodes`, `tieNodes`, `valueSetNodes`, `maxValueSet`, `workBytes` (solver arrays), `ms`, `numberMode` */
  readonly stats: Readonly<Record<string, number>>;
  /** the underlying program (for {@link compiledEquilibria}) */
  readonly dp: SpeDp;
};

/**
 * The fast path for huge trees: one subgame-perfect equilibrium (the canonical one) and the exact count,
 * on a compiled tree, without building any profile objects.
 * @param tree - a compiled tree (e.g. from `randomPerfectInfoTree` or `compileGame`)
 * @param options - `maxNodes`, `timeoutMs`, `signal`; `retainSets` (default `false`) keeps value sets for
 *   {@link compiledEquilibria}
 * @remarks Since 0.1.0
 */
export function solveCompiledTree(
  tree: CompiledTree,
  options: Budget & {
    readonly retainSets?: boolean;
    readonly maxValueSet?: number;
    readonly forceGeneral?: boolean;
  } = {},
): CompiledSpeResult {
  const meter = startBudget(workBudget(options), 'solveCompiledTree()');
  const dp = speDynamicProgram(tree, {
    meter,
    retainSets: options.retainSets ?? false,
    forceGeneral: options.forceGeneral ?? false,
    maxValueSet: options.maxValueSet ?? defaultBackwardInductionOptions.maxValueSet,
  });
  const workBytes = dp.choice.byteLength + (dp.valF?.byteLength ?? 0) + (dp.scales.qF?.byteLength ?? 0);
  return {
    count: dp.count,
    value: rootPayoffs(dp),
    choice: dp.choice,
    stopped: dp.stopped,
    stats: {
      nodes: tree.nodeCount,
      tieNodes: dp.tieNodes,
      valueSetNodes: dp.setNodes,
      maxValueSet: dp.maxSetSize,
      workBytes,
      numberMode: dp.scales.mode === 'number' ? 1 : 0,
      ms: meter.elapsedMs,
    },
    dp,
  };
}

/**
 * Lists equilibria of a compiled tree without shared subtrees, solved with `retainSets: true`: each is an
 * action index per personal node, in Gambit's information-set order (player by player, preorder).
 * @throws InvalidArgumentError if the tree has shared subtrees or the sets were not retained
 * @remarks Since 0.1.0
 */
export function* compiledEquilibria(result: CompiledSpeResult): Generator<Int32Array, void, undefined> {
  const { dp } = result;
  if (!dp.tree.isTree) throw new InvalidArgumentError('compiledEquilibria(): the compiled tree shares subtrees');
  if (!dp.retained) throw new InvalidArgumentError('compiledEquilibria(): solve with retainSets: true first');
  if (dp.stopped !== null) return;
  const { slot, count } = preorderSlots(dp);
  const root = dp.tree.nodeCount - 1;
  const view: OccurrenceView = {
    root,
    dagOf: (occ) => occ,
    childOcc: (occ, a) => dp.tree.children[(dp.tree.childStart[occ] as number) + a] as number,
    slot: (occ) => slot[occ] as number,
  };
  const out = new Int32Array(count);
  for (const _ of enumerateSpe(dp, view, out)) yield out.slice();
}
