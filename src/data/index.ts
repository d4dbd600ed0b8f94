/**
 * Data: the bundled Guangdong panel and sourced facts, readers and validators for your own data.
 * @module data
 */
export * from './schema.js';
export { asTable } from './table-input.js';
export type { TableInput, DataFrameLike } from './table-input.js';
export { guangdongCities, regionOf, findCity, requireSameCity } from './cities.js';
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
  SOURCE_GRADES, SOURCE_GRADE_LABELS, usableInFindings, worseGrade, gradeOfSourceType, bulletinFactGrade, textFactGrade,
  loadAdvancedIndustryCandidates, loadResidentPopulationBulletins, loadRealGrowthBulletins, loadParkEvaluationsMore,
} from './facts.js';
export type {
  TextFact, BulletinFact, BulletinIndicator, ParkAggregateFact, ParkEvent, ParkSource, MeizhouScore2016,
  CensusCity, ResidentPopulationSource, PrdManufacturingShare2018, ProvinceGdp, MexicoState,
  FactShareBasis, PrdManufacturingTable2018, AdvancedIndustryAggregate, AdvancedIndustryFact, ComparableShareSeries,
  SourceGrade, AdvancedIndustryIndicator, AdvancedIndustryCandidate, ResidentPopulationBulletin, RealGrowthBulletin, ParkEvaluationFact,
} from './facts.js';
export { gradeParkSource, parkSources, parkSourceGrade } from './park-source-grade.js';
export type { GradedParkSource } from './park-source-grade.js';
export { checkCandidateFacts, comparableIndustrySeries } from './fact-checks.js';
export type {
  PlausibilityStatus, PlausibilityTolerances, GrowthCheckRow, PopulationCheckRow, FactConflict, CandidateFactCheck,
  IndustryShareBasis, IndustrySeriesPoint, IndustrySeries,
} from './fact-checks.js';
export {
  flagLabel, seriesBreakLabel, parkEventTypeLabel, bulletinIndicatorLabel, formatPeriodZh,
  PARK_EVALUATION_EVENT_TYPES,
} from './labels.js';
export type { CodeLabel } from './labels.js';
export { readTabular } from './read-tabular.js';
export type { TabularData, TabularRow, CellValue, ReadTabularOptions } from './read-tabular.js';
export { validateRecords, parseNumberCell, parseBooleanCell, BOOLEAN_TEXTS } from './validate-records.js';
export { checkPanelConsistency, PANEL_CHECK_THRESHOLDS, PANEL_LEVEL_COLUMNS, PANEL_SHARE_COLUMNS, PANEL_SHARE_GROUPS } from './panel-checks.js';
export type { PanelCheckOptions } from './panel-checks.js';
export type { ColumnSpec, RecordSchema, ValidatedRecords, ValidateOptions } from './validate-records.js';
export { readPanel, panelFromRecords, PANEL_COLUMN_SPECS, CITY_KEY_CANDIDATES } from './read-panel.js';
export type { ReadPanelOptions, PanelFromRecordsOptions } from './read-panel.js';
export { panelCoverage } from './coverage.js';
export { panelSummary, provinceSummary, seriesBreaksUpTo } from './panel-summary.js';
export type { PanelSummary, PanelRegionCities, PanelFlagCount, ProvinceSummary, ProvinceSeriesRow } from './panel-summary.js';
export type { PanelCoverageRow } from './coverage.js';
export {
  detectPopulationBreaks, impliedResidentPopulation, impliedAggregatePopulation, populationForGrowth, POPULATION_CHOICE_RULE,
} from './population.js';
export type {
  PopulationBreakReason, PopulationPoint, BreakDetectionOptions, PopulationBreakPoint, ImpliedPopulationRow, PopulationUnit,
  ImpliedAggregateRow, PopulationGrowthBasis, PopulationForGrowthOptions, PopulationGrowthRow,
} from './population.js';
export { readIndustry, industryRowsFromRecords, checkIndustryRows, industryGroupKey, declaresWideForm, INDUSTRY_COLUMNS, INDUSTRY_COLUMN_DOCS, INDUSTRY_TOTAL_CODE } from './read-industry.js';
export type { IndustryRow, IndustryRowSource, IndustryTable, IndustryScope, IndustryIndicator, IndustryUnit, ReadIndustryOptions } from './read-industry.js';
export { GBT_SECTIONS, INDUSTRY_EDITIONS, gbtSection, divisionsOf } from './industry-sections.js';
export type { GbtSection, IndustryEdition } from './industry-sections.js';
export { readTransfers, transferRowsFromRecords, transfersForYear, TRANSFER_COLUMNS, TRANSFER_COLUMN_DOCS } from './read-transfers.js';
export type { TransferRow, TransfersTable } from './read-transfers.js';
export { readIndustrySeries, INDUSTRY_SERIES_LABELS, INDUSTRY_SERIES_BASIS_LABELS } from './industry-series-reading.js';
export type { IndustrySeriesReading } from './industry-series-reading.js';
export { advancedIndustryFactSummary } from './advanced-fact-summary.js';
export type { AdvancedIndustryFactSummary } from './advanced-fact-summary.js';
