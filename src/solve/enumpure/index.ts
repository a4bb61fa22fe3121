/**
 * `enumpure`: all pure Nash equilibria by enumeration — strategic games (n players), a tree's reduced
 * strategic form, or its agent form.
 * @remarks Since 0.1.0
 */
export type { PureOracle } from './core.js';
export { pureNashProfiles } from './core.js';
export type { EnumPureOptions } from './strategic.js';
export { defaultEnumPureOptions, enumPureStrategic, runEnumPure } from './strategic.js';
export type { ReducedEnumPureResult } from './tree.js';
export { enumPureAgent, enumPureReduced, enumpure } from './tree.js';
export { pureNashBehaviors } from './behavior.js';
