// Growth-and-structure panel analyses: arquero table in, arquero table out (rates and shares in percent
// unless a column says otherwise), plus the loader of the bundled industry mappings.
export { growthGapTable } from './growth-gap-table.js';
export { GROWTH_GAP_COLUMNS } from './growth-gap-table.js';
export type { GrowthGapOptions, GrowthGapRow, GrowthGapTableRow, GrowthGapMethod, PopulationBasisOption } from './growth-gap-table.js';
export { structureTable, STRUCTURE_COLUMNS } from './structure-table.js';
export type { StructureTableOptions, StructureRow, StructureTableRow } from './structure-table.js';
export { regionShares, REGION_SHARES_COLUMNS } from './region-shares.js';
export type { RegionSharesOptions, RegionSharesRow } from './region-shares.js';
export { loadIndustryMapping, INDUSTRY_MAPPINGS } from './industry-mappings.js';
export type { IndustryMappingId } from './industry-mappings.js';
export type { PanelLevel } from './panel-access.js';
export { growthMethodLabel, GROWTH_GAP_METHODS } from './growth-method-label.js';
export { growthDataGaps } from './growth-data-gaps.js';
export type { GrowthDataGaps } from './growth-data-gaps.js';
export { regionGrowthGap, regionGrowthMethodLabel, REGION_GROWTH_GAP_COLUMNS } from './region-growth-gap.js';
export type { RegionGrowthGapOptions, RegionGrowthGapRow, RegionGrowthMethod } from './region-growth-gap.js';
export { gapRowsSummary } from './gap-rows.js';
export type { GapRowsSummary } from './gap-rows.js';
export { prdSpecialization } from './prd-specialization.js';
export type { PrdSpecialization, PrdSpecializationRow } from './prd-specialization.js';
