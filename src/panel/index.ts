/**
 * Panel analyses: arquero table in, arquero table out.
 * @module panel
 */
export * from './growth/index.js';
export * from './disparity/index.js';
