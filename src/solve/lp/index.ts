/**
 * Zero-sum (constant-sum) two-player games: the sequence-form LP on trees and the matrix-game LP on tables.
 * @remarks Since 0.1.0
 */
export { defaultLpOptions, lp, lpStrategic } from './lp.js';
export type { LpMethod, LpOptions, ZeroSumResult } from './lp.js';
