/**
 * Reduced strategies (Gambit's reduced strategic form): a reduced strategy of a player fixes an action only
 * at the information sets that remain reachable given the player's own earlier choices, and leaves the
 * others unspecified (`"*"`). Pure strategies that differ only at such unreachable information sets are
 * payoff-equivalent for every opponent profile and are merged (Kuhn 1953; Osborne and Rubinstein 1994,
 * Section 11.2.2, "reduced strategic form"; Gambit's `MakeReducedStrats`).
 *
 * Order (Gambit's; `FORMATS.txt`, "Derived objects"): lexicographic in the tuple of action indices over the
 * player's information sets in `game.playerInfosets` order, the FIRST information set varying SLOWEST. With
 * perfect recall a `"*"` is never compared with an action (whether an information set is reachable depends
 * only on earlier information sets, which are equal). Without perfect recall (where reachability can depend
 * on later or the same information sets) `"*"` sorts before every action.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from './errors.js';
import { checkFormBudget, DEFAULT_MAX_PROFILES, type FormBudgetOptions } from './form-budget.js';
import { ownHistory } from './history.js';
import type { InfosetId, PlayerId } from './ids.js';
import { strategySignature } from './pure-strategies.js';
import type { ExtensiveGame, Infoset } from './types.js';

/** A reduced strategy of one player. */
export type ReducedStrategy = {
  /** 0-based position in Gambit's order */
  readonly index: number;
  /** Gambit 17's label: `"1"`, `"2"`, … (1-based position) */
  readonly label: string;
  /** the label of Gambit before 17.0: 1-based action numbers, `"*"` where unspecified (`"12*"`) */
  readonly signature: string;
  /** per information set of the player (`game.playerInfosets[player]` order): an action index or `null` (`"*"`) */
  readonly choices: readonly (number | null)[];
  /** the information sets where an action is fixed, and that action */
  readonly actions: ReadonlyMap<InfosetId, number>;
};

/** @internal the player's decision structure: per own information set, the own histories of its members */
type Structure = {
  readonly infosets: readonly InfosetId[];
  readonly actionCounts: readonly number[];
  /** `reqs[k][m]`: own moves (position of information set, action) on the path to member `m` of set `k` */
  readonly reqs: readonly (readonly (readonly [number, number])[])[][];
  /** all members of each set share one own history, which mentions only earlier sets (perfect recall) */
  readonly ordered: boolean;
};

function structureOf<V>(game: ExtensiveGame<V>, player: PlayerId, fn: string): Structure {
  const infosets = game.playerInfosets[player];
  if (infosets === undefined || !Number.isInteger(player)) {
    throw new InvalidArgumentError(`${fn}(): player must be 0..${game.players.length - 1}; got ${player}`);
  }
  const pos = new Map<InfosetId, number>(infosets.map((id, k) => [id, k]));
  let ordered = true;
  const reqs = infosets.map((id, k) => {
    const lists = (game.infosets[id] as Infoset).members.map((x) =>
      ownHistory(game, x, player).map((m) => [pos.get(m.infoset) as number, m.action] as const),
    );
    const first = lists[0] ?? [];
    for (const l of lists) {
      if (l.some(([j]) => j >= k)) ordered = false;
      if (l.length !== first.length || l.some(([j, a], i) => j !== first[i]?.[0] || a !== first[i]?.[1]))
        ordered = false;
    }
    return lists;
  });
  const actionCounts = infosets.map((id) => (game.infosets[id] as Infoset).actions.length);
  return { infosets, actionCounts, reqs, ordered };
}

/** `true` / `false` if the set is (un)reachable under the partial assignment, `undefined` if not yet known. */
function relevance(s: Structure, k: number, choices: readonly (number | null | undefined)[]): boolean | undefined {
  let open = false;
  for (const req of s.reqs[k] as (readonly [number, number])[][]) {
    let state: boolean | undefined = true;
    for (const [j, a] of req) {
      const c = choices[j];
      if (c === undefined) state = undefined;
      else if (c !== a) {
        state = false;
        break;
      }
    }
    if (state === true) return true;
    if (state === undefined) open = true;
  }
  return open ? undefined : false;
}

/**
 * Depth-first walk over the player's information sets in order, calling `emit` with each reduced strategy.
 * At a set whose reachability is already decided by earlier choices it branches over the actions (or
 * writes `null`); otherwise (imperfect recall only) it branches over `null` then the actions and checks the
 * whole assignment at the end.
 */
function walk(s: Structure, emit: (choices: readonly (number | null)[]) => boolean): void {
  const m = s.infosets.length;
  const choices: (number | null | undefined)[] = new Array(m).fill(undefined);
  const consistent = (): boolean => {
    for (let k = 0; k < m; k++) if (relevance(s, k, choices) !== (choices[k] !== null)) return false;
    return true;
  };
  const go = (k: number): boolean => {
    if (k === m) return s.ordered || consistent() ? emit(choices as (number | null)[]) : true;
    const r = relevance(s, k, choices);
    let more = true;
    if (r !== true) {
      choices[k] = null;
      more = go(k + 1);
    }
    for (let a = 0; more && r !== false && a < (s.actionCounts[k] as number); a++) {
      choices[k] = a;
      more = go(k + 1);
    }
    choices[k] = undefined;
    return more;
  };
  go(0);
}

/** Options of {@link reducedStrategies} and {@link reducedStrategyCount}. */
export type ReducedStrategyOptions = FormBudgetOptions & {
  /**
   * Largest number of reduced strategies to list (or, without perfect recall, to count by enumeration).
   * @defaultValue 1_000_000
   */
  readonly maxStrategies?: number;
};

function maxStrategiesOf(fn: string, options: ReducedStrategyOptions | undefined): number {
  const max = options?.maxStrategies ?? DEFAULT_MAX_PROFILES;
  if (!(max === Infinity || (Number.isSafeInteger(max) && max >= 1))) {
    throw new InvalidArgumentError(`${fn}(): maxStrategies must be a positive integer; got ${max}`);
  }
  return max;
}

/**
 * Number of reduced strategies of `player`, without listing them. With perfect recall for the player it is
 * the recursion over the player's own decision structure (von Stengel 1996, Section 3): for a sequence σ,
 * `N(σ) = Π_{I after σ} Σ_{a ∈ A(I)} N(σa)`, and the count is `N(∅)`; this is instant even for
 * `contrib/ttt.efg`. Otherwise the strategies are counted by enumeration, up to `maxStrategies`.
 * @throws InvalidArgumentError if `player` is not a player of the game
 * @throws FormTooLargeError without perfect recall, when there are more than `maxStrategies`
 * @remarks Since 0.1.0
 */
export function reducedStrategyCount<V>(
  game: ExtensiveGame<V>,
  player: PlayerId,
  options?: ReducedStrategyOptions,
): bigint {
  const s = structureOf(game, player, 'reducedStrategyCount');
  if (s.ordered) {
    const m = s.infosets.length;
    const product = new Map<string, bigint>();
    for (let k = m - 1; k >= 0; k--) {
      let value = 0n;
      for (let a = 0; a < (s.actionCounts[k] as number); a++) value += product.get(`${k}:${a}`) ?? 1n;
      const parent = s.reqs[k]?.[0]?.at(-1);
      const key = parent === undefined ? 'root' : `${parent[0]}:${parent[1]}`;
      product.set(key, (product.get(key) ?? 1n) * value);
    }
    return product.get('root') ?? 1n;
  }
  const max = maxStrategiesOf('reducedStrategyCount', options);
  let count = 0;
  walk(s, () => {
    count++;
    return count <= max;
  });
  checkFormBudget('reducedStrategyCount', BigInt(count), max);
  return BigInt(count);
}

/**
 * Number of reduced strategies of every player, as bigints, without listing them (see
 * {@link reducedStrategyCount}). The number of reduced pure profiles is their product.
 * @remarks Since 0.1.0
 */
export function reducedStrategyCounts<V>(game: ExtensiveGame<V>, options?: ReducedStrategyOptions): bigint[] {
  return game.players.map((_, p) => reducedStrategyCount(game, p as PlayerId, options));
}

/**
 * The reduced strategies of `player`, in Gambit's order, with their information set → action maps.
 * @throws InvalidArgumentError if `player` is not a player of the game
 * @throws FormTooLargeError if the player has more than `maxStrategies` reduced strategies
 * @remarks Since 0.1.0
 */
export function reducedStrategies<V>(
  game: ExtensiveGame<V>,
  player: PlayerId,
  options?: ReducedStrategyOptions,
): ReducedStrategy[] {
  const max = maxStrategiesOf('reducedStrategies', options);
  const s = structureOf(game, player, 'reducedStrategies');
  if (s.ordered) checkFormBudget('reducedStrategies', reducedStrategyCount(game, player), max);
  const out: ReducedStrategy[] = [];
  walk(s, (choices) => {
    if (out.length >= max) return false;
    const fixed = [...choices];
    const actions = new Map<InfosetId, number>();
    fixed.forEach((a, k) => {
      if (a !== null) actions.set(s.infosets[k] as InfosetId, a);
    });
    out.push(
      Object.freeze({
        index: out.length,
        label: String(out.length + 1),
        signature: strategySignature(fixed),
        choices: Object.freeze(fixed),
        actions,
      }),
    );
    return true;
  });
  if (out.length >= max && !s.ordered) {
    // count exactly to report the size that was refused
    checkFormBudget('reducedStrategies', reducedStrategyCount(game, player, { maxStrategies: Infinity }), max);
  }
  return out;
}

/**
 * The reduced strategy a pure strategy of `player` is equivalent to: its actions at the information sets
 * reachable given its own choices, `null` elsewhere. Compare `strategySignature(...)` of the result with
 * {@link ReducedStrategy.signature} to find its index.
 * @param pure - an action per information set of the player (`game.playerInfosets[player]` order)
 * @throws InvalidArgumentError if `player` is not a player or `pure` has the wrong length
 * @remarks Since 0.1.0
 */
export function reduceStrategy<V>(
  game: ExtensiveGame<V>,
  player: PlayerId,
  pure: readonly number[],
): (number | null)[] {
  const s = structureOf(game, player, 'reduceStrategy');
  if (pure.length !== s.infosets.length) {
    throw new InvalidArgumentError(
      `reduceStrategy(): player ${player + 1} has ${s.infosets.length} information sets; got ${pure.length} actions`,
    );
  }
  // A set is reachable under `pure` iff some member's own history is followed by `pure`.
  return pure.map((a, k) => (relevance(s, k, pure) === true ? a : null));
}
