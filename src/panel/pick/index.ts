// Picks a narrative needs from typed rows: the latest or earliest year with values, the rows with the extreme values.
export { latestRow, earliestRow } from './year-rows.js';
export type { KnownFields } from './year-rows.js';
export { extremeRows } from './extreme-rows.js';
export type { ExtremeRows } from './extreme-rows.js';
export { findRow } from './find-row.js';
