/**
 * Sequential equilibria: pure ones by enumeration with tremble-generated beliefs, and a targeted exact
 * method for one-parameter mixtures.
 * @remarks Since 0.1.0
 */
export { defaultSequentialOptions, trembleFamily, solveSequentialPure } from './enumerate.js';
export type { SequentialOptions } from './enumerate.js';
export { indifferenceMix } from './mix.js';
export type { IndifferenceMixSpec, MixSolution } from './mix.js';
export { actionValues, sequentialGap, trembleBelief, trembleWeights, treeContext, nodeValue } from './tree.js';
export type { ActionProb, TreeContext, TrembleRank } from './tree.js';
