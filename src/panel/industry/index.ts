// Industry shares by city, region or province from a city-industry table, and the 进一步提高 finding.
export { industryShareTable, DEFAULT_SHARE_AGGREGATES } from './industry-share-table.js';
export type { IndustryShareFlag, IndustryShareOptions, IndustryShareRow } from './industry-share-table.js';
export { shareRiseFinding, SHARE_RISE_VERDICT_ZH } from './share-rise-finding.js';
export type { ShareComparison, ShareRiseFinding, ShareRiseOptions, ShareRiseVerdict } from './share-rise-finding.js';
export { industryShareWide } from './industry-share-wide.js';
export type { IndustryShareWideRow } from './industry-share-wide.js';
