// Population-weighted disparity (weights: implied resident population), beside the unweighted tables.
export { weightedDisparityTable } from './weighted-disparity-table.js';
export type { WeightedDisparityOptions, WeightedDisparityRow } from './weighted-disparity-table.js';
