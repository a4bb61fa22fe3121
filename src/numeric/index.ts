export * from './rational.js';
export * from './integer-pivot.js';
export * from './polynomial.js';
export * from './polynomial-roots.js';
export * from './lp.js';
export * from './dixon.js';
export * from './random.js';
