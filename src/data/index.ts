/**
 * Data: the bundled Guangdong panel and sourced facts, readers and validators for your own data.
 * @module data
 */
export * from './schema.js';
export { asTable } from './table-input.js';
export type { TableInput, DataFrameLike } from './table-input.js';
export { guangdongCities, regionOf, findCity } from './cities.js';
export type { GuangdongCity } from './cities.js';
export { loadGuangdongPanel, loadGuangdongProvince, CITY_PANEL_COLUMNS, PROVINCE_COLUMNS, PANEL_YEARS } from './panel.js';
export type { PanelOptions, CityPanelColumn, ProvinceColumn } from './panel.js';
export { QUALITY_FLAGS, SERIES_BREAKS, flagsOf, hasFlag, crossesBreak } from './flags.js';
export type { FlagInfo, Flagged, SeriesBreak } from './flags.js';
export { checkManifest } from './manifest.js';
export type { DataManifest, ManifestProblem } from './manifest.js';
export {
  loadTextFacts, loadBulletinFacts, loadParkAggregateFacts, loadParkEvents, loadParkSources,
  loadMeizhouScores2016, loadCensus, loadResidentPopulationSources, loadPrdManufacturing2018,
  loadNationalProvinceGdp, loadMexicoStates,
  shareBasis, FACT_SHARE_BASIS_LABELS, prdManufacturingTable2018, prdManufacturingOutput2018,
  advancedIndustryFacts, comparableShareSeries, ADVANCED_INDUSTRY_LABELS,
} from './facts.js';
export type {
  TextFact, BulletinFact, BulletinIndicator, ParkAggregateFact, ParkEvent, ParkSource, MeizhouScore2016,
  CensusCity, ResidentPopulationSource, PrdManufacturingShare2018, ProvinceGdp, MexicoState,
  FactShareBasis, PrdManufacturingTable2018, AdvancedIndustryAggregate, AdvancedIndustryFact, ComparableShareSeries,
} from './facts.js';
export {
  flagLabel, seriesBreakLabel, parkEventTypeLabel, bulletinIndicatorLabel, formatPeriodZh,
  PARK_EVALUATION_EVENT_TYPES,
} from './labels.js';
export type { CodeLabel } from './labels.js';
export { readTabular } from './read-tabular.js';
export type { TabularData, TabularRow, CellValue, ReadTabularOptions } from './read-tabular.js';
export { validateRecords, parseNumberCell } from './validate-records.js';
export type { ColumnSpec, RecordSchema, ValidatedRecords, ValidateOptions } from './validate-records.js';
export { readPanel, panelFromRecords, PANEL_COLUMN_SPECS, CITY_KEY_CANDIDATES } from './read-panel.js';
export type { ReadPanelOptions, PanelFromRecordsOptions } from './read-panel.js';
export { panelCoverage } from './coverage.js';
export type { PanelCoverageRow } from './coverage.js';
