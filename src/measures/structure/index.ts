// Structure measures: pure functions on numbers and arrays; shares are fractions (0.45 = 45 %).
export { share, shares } from './share.js';
export { advancedStructureTS } from './advanced-structure-ts.js';
export { structureLevelH, SHARE_SUM_TOLERANCE } from './structure-level-h.js';
export { rationalizationTL } from './rationalization-tl.js';
export { mooreIndex, mooreAngle } from './moore-index.js';
export { structuralChangeValue } from './structural-change-value.js';
export { validateIndustryMapping, mappingEditionFor, GBT_EDITIONS } from './industry-mapping.js';
export type {
  GbtEdition,
  IndustryAggregateKind,
  IndustryGroup,
  IndustryMapping,
  IndustryMappingEdition,
  IndustryMappingSource,
} from './industry-mapping.js';
export { aggregateIndustries } from './aggregate-industries.js';
export type { IndustryValueRow, IndustryAggregate, UnresolvedIndustry } from './aggregate-industries.js';
export { advancedManufacturingShare, highTechShare, modernServicesShare, SHARE_BASIS_ZH } from './sector-shares.js';
export type { ShareBasis, SectorShareOptions, SectorShare } from './sector-shares.js';
