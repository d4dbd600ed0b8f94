// Regional disparity, convergence and industrial-transfer tables: arquero table in, arquero table out.
export { disparityTable } from './disparity-table.js';
export type { DisparityTableOptions } from './disparity-table.js';
export { convergenceTable } from './convergence-table.js';
export type { ConvergenceTableOptions } from './convergence-table.js';
export { transferTable, SECTOR_COLUMNS, PERIPHERY } from './transfer-table.js';
export type { TransferTableOptions, TransferTables } from './transfer-table.js';
export { REST } from './access.js';
export type { DisparityGrouping } from './access.js';
