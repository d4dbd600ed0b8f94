// Regional disparity, convergence and industrial-transfer tables: arquero table in, arquero table out.
export { disparityTable } from './disparity-table.js';
export type { DisparityTableOptions } from './disparity-table.js';
export { convergenceTable } from './convergence-table.js';
export type { ConvergenceTableOptions } from './convergence-table.js';
export { transferTable, TRANSFER_SECTOR_COLUMNS, PERIPHERY_GROUP } from './transfer-table.js';
export type { TransferTableOptions, TransferTables } from './transfer-table.js';
export { REST_GROUP } from './access.js';
export type { DisparityGrouping } from './access.js';
