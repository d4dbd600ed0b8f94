// Labour transfer (劳动力转移) and population-weighted disparity: city-year panel in, typed rows out.
export { employmentBreaks } from './employment-breaks.js';
export type { EmploymentBreakOptions, EmploymentBreakRow } from './employment-breaks.js';
export { employmentByRegion } from './employment-by-region.js';
export type { EmploymentByRegionOptions, EmploymentRegionRow } from './employment-by-region.js';
export { employmentSectorMix } from './employment-sector-mix.js';
export type { EmploymentSectorMixOptions, EmploymentSectorMixRow } from './employment-sector-mix.js';
export { labourLeftFarming } from './labour-left-farming.js';
export type { LabourLeftFarmingOptions, LabourLeftFarmingRow } from './labour-left-farming.js';
export { labourProductivity } from './labour-productivity.js';
export type { LabourProductivityOptions, LabourProductivityRow } from './labour-productivity.js';
export { censusPopulationShares } from './census-population-shares.js';
export type { CensusShareRow } from './census-population-shares.js';
export { transferBalance } from './transfer-balance.js';
export type { TransferBalanceOptions, TransferBalanceRow } from './transfer-balance.js';
export type { LabourUnit } from './aggregate.js';
export { LABOUR_UNITS } from './aggregate.js';
