// Panel analyses: arquero table in, typed arquero table out (`PanelTable<Row>`: `.rows()` gives the typed rows).
export { PanelTable } from './table.js';
export * from './growth/index.js';
export * from './disparity/index.js';
export * from './labour/index.js';
export * from './weighted/index.js';
export * from './industry/index.js';
