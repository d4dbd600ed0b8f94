/**
 * Measures: pure functions on arrays (growth & structure, disparity & convergence, specialisation,
 * shift-share, multi-criteria weights), one measure a file, grouped by theme.
 * @module measures
 */
export * from './growth/index.js';
export * from './structure/index.js';
export * from './inequality/index.js';
export * from './convergence/index.js';
export * from './specialization/index.js';
export * from './shift-share/index.js';
export * from './mcdm/index.js';
export * from './spatial/index.js';
