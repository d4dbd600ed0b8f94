// Growth-and-structure panel analyses: arquero table in, arquero table out (rates and shares in percent
// unless a column says otherwise), plus the loader of the bundled industry mappings.
export { growthGapTable } from './growth-gap-table.js';
export type { GrowthGapOptions, GrowthGapTableRow, GrowthGapMethod, PopulationBasisOption } from './growth-gap-table.js';
export { structureTable } from './structure-table.js';
export type { StructureTableOptions, StructureTableRow } from './structure-table.js';
export { regionShares } from './region-shares.js';
export type { RegionSharesOptions, RegionSharesRow } from './region-shares.js';
export { loadIndustryMapping, INDUSTRY_MAPPINGS } from './industry-mappings.js';
export type { IndustryMappingId } from './industry-mappings.js';
export type { PanelLevel } from './panel-access.js';
export { growthMethodLabel, GROWTH_GAP_METHODS } from './growth-method-label.js';
export { growthDataGaps } from './growth-data-gaps.js';
export type { GrowthDataGaps } from './growth-data-gaps.js';
