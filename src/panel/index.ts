// Panel analyses: arquero table in, arquero table out.
export * from './growth/index.js';
export * from './disparity/index.js';
export * from './spatial/index.js';
