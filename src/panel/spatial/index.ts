// Spatial dependence and class dynamics of the cities (for chapter 03's 空间集聚 section).
export { guangdongWeights } from './guangdong-weights.js';
export type { GuangdongWeightsOptions } from './guangdong-weights.js';
export { moranByYear } from './moran-by-year.js';
export type { MoranByYearOptions, MoranYearRow } from './moran-by-year.js';
export { lisaTable } from './lisa-table.js';
export type { LisaTableOptions, LisaRow, LisaCluster } from './lisa-table.js';
export { markovTable } from './markov-table.js';
export type { MarkovTableOptions, MarkovTable, ClassMove } from './markov-table.js';
export { guangdongCentroids } from './guangdong-centroids.js';
export type { CityCentroidRow } from './guangdong-centroids.js';
export { lisaSummary, LISA_CLUSTERS } from './lisa-summary.js';
export type { LisaSummary, LisaClusterGroup } from './lisa-summary.js';
export { markovMatrixRows } from './markov-matrix-rows.js';
export type { MarkovMatrixRows, MarkovMatrixRow, MarkovClassColumn } from './markov-matrix-rows.js';
