export * from './svg.js';
export * from './tree.js';
export * from './line-chart.js';
export * from './phase-diagram.js';
