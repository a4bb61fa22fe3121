/**
 * Sequence-form Lemke (`lcp`) for two-player trees with perfect recall, and its building blocks.
 * @remarks Since 0.1.0
 */
export { defaultLcpOptions, lcp } from './lcp.js';
export type { LcpOptions } from './lcp.js';
export { sequenceFormLcp } from './problem.js';
export type { LcpProblem } from './problem.js';
export { solveSequenceForm } from './solve.js';
export type { LcpArithmetic, SequenceLcpOptions, SequenceLcpOutcome } from './solve.js';
export { lemkeExact } from './lemke-exact.js';
export type { LemkeOutcome, RationalValues } from './lemke-exact.js';
export { lemkeFloat } from './lemke-float.js';
export { certifyBasis } from './certify.js';
