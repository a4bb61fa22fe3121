/**
 * The front door: `solve(game, { method, … })` dispatches on the method and the game's structure (a tree or
 * a table; `strategic` / `agent` forms) and returns a result with its provenance (STYLE.md #9). Methods and
 * what they return, as Gambit's command-line tools:
 *
 * | method | on a table | on a tree |
 * |---|---|---|
 * | `enumpure` | all pure Nash equilibria | pure Nash of the reduced strategic form (behaviour; `agent`: agent form) |
 * | `enummixed` | all extreme equilibria (vertex enumeration), 2 players | same, on the reduced strategic form |
 * | `lcp` | Lemke–Howson from every label (Gambit's `lcp -S`) | one equilibrium, sequence-form Lemke |
 * | `lp` | zero-sum matrix game LP | zero-sum sequence-form LP |
 * | `logit` | logit QRE limit (float, snapped and certified when exact) | same, agent form |
 * | `spe` | — | all subgame-perfect equilibria found by `within` in every subgame |
 * | `sequential` | — | 2 players: one quasi-perfect (hence sequential) equilibrium by symbolically perturbed Lemke; n players, or `pure`: all pure sequential equilibria |
 * | `supportenum` | support enumeration (nondegenerate games), 2 players | on the reduced strategic form |
 * | `lemkehowson` | Lemke–Howson from every starting label | on the reduced strategic form |
 *
 * With `strategic: true` a tree is solved and reported on its reduced strategic form (strategy profiles).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, UnsupportedGameError } from '../game/errors.js';
import { mixedToBehavior, pureReducedToBehavior, reducedStrategicForm } from '../game/reduced-form.js';
import type { ReducedStrategy } from '../game/reduced.js';
import { behaviorOfPure } from '../game/pure-strategies.js';
import type { Assessment, BehaviorProfile, ExtensiveGame, Game, MixedProfile, StrategicGame } from '../game/types.js';
import { lcpStrategic } from './bimatrix/lcp-strategic.js';
import { lemkeHowson } from './bimatrix/lemke-howson.js';
import { supportEnumeration } from './bimatrix/support-enumeration.js';
import { vertexEnumeration } from './bimatrix/enummixed.js';
import { enumPureAgent, enumPureReduced } from './enumpure/tree.js';
import { enumPureStrategic } from './enumpure/strategic.js';
import { lcp } from './lcp/lcp.js';
import { solveLogit } from './logit/solve.js';
import { lp, lpStrategic } from './lp/lp.js';
import { solveSequentialPure } from './sequential/enumerate.js';
import { quasiPerfect } from './quasi-perfect/quasi-perfect.js';
import { hasPerfectRecall } from '../game/perfect-recall.js';
import { hasNonCommonPriors } from '../game/queries.js';
import { subgamePerfect } from './spe/decompose.js';
import { type SubgameMethodRegistry, defaultSubgameMethods } from './spe/registry.js';
import type { AssessmentResult, BehaviorResult, Budget, SolveResult, StrategyResult } from './types.js';

/** The methods of {@link solve}. */
export const METHODS = [
  'enumpure',
  'enummixed',
  'lcp',
  'lp',
  'logit',
  'spe',
  'sequential',
  'supportenum',
  'lemkehowson',
] as const;

/** One of {@link METHODS}. */
export type Method = (typeof METHODS)[number];

/** Options of {@link solve}. */
export type SolveOptions = Budget & {
  readonly method: Method;
  /** solve a tree on its reduced strategic form and report strategy profiles */
  readonly strategic?: boolean;
  /** `enumpure` on a tree: use the agent form */
  readonly agent?: boolean;
  /** `spe`: the method for subgames that are not of perfect information (default `enumpure`) */
  readonly within?: Method;
  /** largest derived strategic form built (profiles) */
  readonly maxProfiles?: number;
  /** `sequential`: enumerate all pure sequential equilibria even for two players */
  readonly pure?: boolean;
};

/** Any result {@link solve} returns. */
export type AnyResult = SolveResult<MixedProfile | BehaviorProfile | Assessment>;

/** Whether a string names a method. @remarks Since 0.1.0 */
export function isMethod(name: string): name is Method {
  return (METHODS as readonly string[]).includes(name);
}

const tableMethods = {
  enumpure: (g: StrategicGame, b: Budget) => enumPureStrategic(g, b),
  enummixed: (g: StrategicGame, b: Budget) => vertexEnumeration(g, b),
  lcp: (g: StrategicGame, b: Budget) => lcpStrategic(g, b),
  lp: (g: StrategicGame, b: Budget) => lpStrategic(g, b),
  supportenum: (g: StrategicGame, b: Budget) => supportEnumeration(g, b),
  lemkehowson: (g: StrategicGame, b: Budget) => lemkeHowson(g, b),
} satisfies Partial<Record<Method, (g: StrategicGame, b: Budget) => StrategyResult>>;

type TableMethod = keyof typeof tableMethods;
const isTableMethod = (m: Method): m is TableMethod => m in tableMethods;

const maxProfilesOf = (o: SolveOptions): { maxProfiles?: number } =>
  o.maxProfiles !== undefined ? { maxProfiles: o.maxProfiles } : {};

function budgetOf(options: SolveOptions): Budget {
  const { maxEquilibria, maxNodes, maxPivots, timeoutMs, signal } = options;
  return {
    ...(maxEquilibria !== undefined ? { maxEquilibria } : {}),
    ...(maxNodes !== undefined ? { maxNodes } : {}),
    ...(maxPivots !== undefined ? { maxPivots } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(signal !== undefined ? { signal } : {}),
  };
}

/**
 * A strategy result on a tree's reduced strategic form, mapped back to behaviour profiles: pure profiles
 * to pure behaviour (action 0 where the reduced strategy leaves an information set unspecified), mixed ones
 * realization-equivalently (uniform where the player's own choices never reach the information set).
 */
function toBehavior(
  game: ExtensiveGame,
  strategies: readonly (readonly ReducedStrategy[])[],
  result: StrategyResult,
  pure: boolean,
): BehaviorResult {
  return {
    ...result,
    representation: 'behavior',
    equilibria: result.equilibria.map((eq): BehaviorProfile => {
      if (!pure) return mixedToBehavior(game, strategies, eq);
      const b = pureReducedToBehavior(
        game,
        strategies,
        eq.map((v) => v.findIndex((p) => p.n !== 0n)),
      );
      return behaviorOfPure(game, b);
    }),
  };
}

/** The subgame methods `spe` can use with `within`: the pure enumeration and the mixed two-player methods. */
function subgameMethods(): SubgameMethodRegistry {
  return {
    ...defaultSubgameMethods,
    enummixed: (sub, budget) => solveTree(sub, { method: 'enummixed', ...budget }),
    lcp: (sub, budget) => lcp(sub, budget),
    lp: (sub, budget) => lp(sub, budget),
  };
}

function solveTree(game: ExtensiveGame, options: SolveOptions): BehaviorResult {
  const budget = budgetOf(options);
  const m = options.method;
  switch (m) {
    case 'enumpure':
      if (options.agent === true) return enumPureAgent(game, budget);
      {
        const r = enumPureReduced(game, { ...budget, ...maxProfilesOf(options) });
        return toBehavior(game, r.strategies, r, true);
      }
    case 'lcp':
      return lcp(game, budget);
    case 'lp':
      return lp(game, budget);
    case 'spe':
      return subgamePerfect(game, { ...budget, within: options.within ?? 'enumpure', methods: subgameMethods() });
    default: {
      if (!isTableMethod(m)) throw new InvalidArgumentError(`solve(): method "${m}" is not available on trees`);
      const form = reducedStrategicForm(game, maxProfilesOf(options));
      return toBehavior(game, form.strategies, tableMethods[m](form.strategic, budget), false);
    }
  }
}

/**
 * Solves a game with the named method.
 * @throws UnsupportedGameError when the method cannot handle the game (the message names the method and why)
 * @throws InvalidArgumentError for unknown methods or option values
 * @remarks Since 0.1.0
 */
export function solve(game: StrategicGame, options: SolveOptions): StrategyResult;
export function solve(game: ExtensiveGame, options: SolveOptions & { readonly method: 'sequential' }): AssessmentResult;
export function solve(game: ExtensiveGame, options: SolveOptions & { readonly strategic: true }): StrategyResult;
export function solve(
  game: ExtensiveGame,
  options: SolveOptions & {
    readonly method: 'enumpure' | 'enummixed' | 'lcp' | 'lp' | 'spe' | 'supportenum' | 'lemkehowson';
  },
): BehaviorResult;
export function solve(game: Game, options: SolveOptions): AnyResult;
export function solve(game: Game, options: SolveOptions): AnyResult {
  const m = options.method;
  if (!isMethod(m))
    throw new InvalidArgumentError(`solve(): method must be one of ${METHODS.join(', ')}; got "${String(m)}"`);
  if (options.within !== undefined && options.method !== 'spe') {
    throw new InvalidArgumentError('solve(): within only applies to method "spe"');
  }
  const budget = budgetOf(options);
  if (m === 'logit') return solveLogit(game, budget);
  if (game.kind === 'strategic') {
    if (m === 'spe' || m === 'sequential') throw new UnsupportedGameError(m, 'needs an extensive-form game (a tree)');
    if (options.agent === true) throw new InvalidArgumentError('solve(): agent applies to trees only');
    return tableMethods[m](game, budget);
  }
  if (m === 'sequential') {
    const twoPlayerCase =
      game.players.length === 2 && options.pure !== true && hasPerfectRecall(game) && !hasNonCommonPriors(game);
    return twoPlayerCase ? quasiPerfect(game, budget) : solveSequentialPure(game, budget);
  }
  if (options.strategic === true) {
    if (m === 'spe') throw new InvalidArgumentError('solve(): spe has no strategic-form version');
    if (m === 'enumpure') return enumPureReduced(game, { ...budget, ...maxProfilesOf(options) });
    return tableMethods[m](reducedStrategicForm(game, maxProfilesOf(options)).strategic, budget);
  }
  return solveTree(game, options);
}
