/**
 * Panel analyses: arquero table in, arquero table out.
 * @module panel
 */
export { PanelTable } from './table.js';
export * from './growth/index.js';
export * from './disparity/index.js';
export * from './labour/index.js';
export * from './weighted/index.js';
export * from './industry/index.js';
export * from './spatial/index.js';
export * from './pick/index.js';
export { latestRows, extremeRow } from './latest-rows.js';
