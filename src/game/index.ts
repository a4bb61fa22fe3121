export * from './ids.js';
export * from './errors.js';
export * from './types.js';
export * from './arithmetic.js';
export * from './assemble.js';
export * from './builder.js';
export * from './queries.js';
export * from './strategic.js';
