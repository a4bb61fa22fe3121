export * from './rational.js';
export * from './integer-pivot.js';
