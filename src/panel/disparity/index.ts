// Regional disparity, convergence and industrial-transfer tables: arquero table in, typed arquero table out (`.rows()`).
export { disparityTable, DISPARITY_BASE_COLUMNS } from './disparity-table.js';
export type { DisparityTableOptions, DisparityRow, DisparityBaseRow } from './disparity-table.js';
export { convergenceTable, CONVERGENCE_COLUMNS } from './convergence-table.js';
export type { ConvergenceTableOptions, ConvergenceRow } from './convergence-table.js';
export { transferTable, TRANSFER_SECTOR_COLUMNS, TRANSFER_SHARE_COLUMNS, SHIFT_SHARE_COLUMNS } from './transfer-table.js';
export type { TransferTableOptions, TransferTables, TransferShareRow, ShiftShareRow } from './transfer-table.js';
export { PERIPHERY_GROUP } from './access.js';
export type { DisparityGrouping, DisparityGroupLabel } from './access.js';
export { cityValues } from './city-values.js';
export type { CityValuesOptions, CityValueRow, KnownCityValueRow, CityValues } from './city-values.js';
export { nestedTheilTable } from './nested-theil-table.js';
export type { NestedTheilTableOptions, NestedTheil, NestedTheilRow, NestedTheilStage } from './nested-theil-table.js';
export { disparityGroupLabel } from './group-label.js';
export { regionalShiftByPeriod } from './shift-share-periods.js';
export type { RegionalShiftPeriodRow } from './shift-share-periods.js';
