/**
 * Subgame-perfect equilibria: backward induction on perfect-information trees (all pure SPE, exact count,
 * compiled form for huge trees) and subgame decomposition for imperfect information.
 * @remarks Since 0.1.0
 */
export type { BackwardInductionOptions, CompiledSpeResult } from './backward-induction.js';
export {
  backwardInduction,
  compiledEquilibria,
  defaultBackwardInductionOptions,
  solveCompiledTree,
} from './backward-induction.js';
export type { ChanceDistribution, CompiledTree, PayoffTable } from './compiled-tree.js';
export {
  TERMINAL_MOVER,
  chanceDistribution,
  chanceIndexOf,
  chanceMover,
  compiledTreeBytes,
  payoffTable,
  rootOf,
  validateCompiledTree,
} from './compiled-tree.js';
export type { CompiledGame, CompileOptions } from './compile-game.js';
export { compileGame, requirePerfectInformation } from './compile-game.js';
export type { CompiledEfgOptions } from './compiled-efg.js';
export { writeCompiledEfg } from './compiled-efg.js';
export type { RandomTreeOptions } from './random-tree.js';
export { defaultRandomTreeOptions, randomPerfectInfoTree } from './random-tree.js';
export type { SpeOptions } from './decompose.js';
export { defaultSpeOptions, subgamePerfect } from './decompose.js';
export type { BuiltinSubgameMethod, SubgameMethodRegistry, SubgameSolver } from './registry.js';
export { defaultSubgameMethods } from './registry.js';
export type { TruncatedSubgame } from './truncate.js';
export { truncatedSubgame } from './truncate.js';
