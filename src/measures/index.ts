// Pure measures: functions on arrays, one measure a file, grouped by theme.
export * from './growth/index.js';
export * from './structure/index.js';
export * from './inequality/index.js';
export * from './convergence/index.js';
export * from './specialization/index.js';
export * from './shift-share/index.js';
export * from './mcdm/index.js';
export * from './spatial/index.js';
