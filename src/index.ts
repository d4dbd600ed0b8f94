/**
 * prd-restructuring — the public API, grouped by theme. Each theme has its own barrel
 * module; this file only re-exports them.
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './data/index.js';
export * from './measures/index.js';
export * from './panel/index.js';
export * from './parks/index.js';
export * from './firms/index.js';
export * from './charts/index.js';
export * from './report/index.js';
