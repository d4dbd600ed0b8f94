export * from './schema.js';
export { asTable } from './table-input.js';
export type { TableInput, DataFrameLike } from './table-input.js';
export { guangdongCities, regionOf, findCity, suggestCity } from './cities.js';
export type { GuangdongCity } from './cities.js';
export { loadGuangdongPanel, loadGuangdongProvince, CITY_PANEL_COLUMNS, PROVINCE_COLUMNS, PANEL_YEARS } from './panel.js';
export type { PanelOptions, CityPanelColumn, ProvinceColumn } from './panel.js';
export { QUALITY_FLAGS, SERIES_BREAKS, flagsOf, hasFlag, crossesBreak } from './flags.js';
export type { FlagInfo, Flagged, SeriesBreak } from './flags.js';
export { dataPath } from './paths.js';
export { buildManifest, checkManifest, sha256File } from './manifest.js';
export type { DataManifest, ManifestProblem } from './manifest.js';
export {
  loadTextFacts, loadBulletinFacts, loadParkAggregateFacts, loadParkEvents, loadParkSources,
  loadMeizhouScores2016, loadCensus, loadResidentPopulationSources, loadPrdManufacturing2018,
  loadNationalProvinceGdp, loadMexicoStates,
} from './facts.js';
export type {
  TextFact, BulletinFact, BulletinIndicator, ParkAggregateFact, ParkEvent, ParkSource, MeizhouScore2016,
  CensusCity, ResidentPopulationSource, PrdManufacturingShare2018, ProvinceGdp, MexicoState,
} from './facts.js';
