/**
 * Charts: vega-lite builders, rendering to SVG/PNG in Node, notebook display and HTML tables,
 * and Guangdong's city boundaries. Charts turn tables into pictures; they never compute a measure.
 * @module charts
 */
export type { ChartOptions, Lang, RowsInput } from './types.js';
export { growthGapChart, type GrowthGapChartRow, type GrowthGapChartOptions } from './builders/growth-gap.js';
export {
  sectorShareChart, structureIndexChart,
  type SectorShareRow, type StructureIndexRow, type StructureIndexChartOptions,
} from './builders/structure.js';
export { regionSharesChart, type RegionShareRow, type RegionSharesChartOptions } from './builders/region-shares.js';
export { disparityChart, type DisparityChartRow, type TheilSplitRow, type DisparityChartOptions } from './builders/disparity.js';
export { labourSeriesChart, type LabourSeriesChartRow, type LabourSeriesChartOptions } from './builders/labour-series.js';
export { lorenzChart, type LorenzPoint, type LorenzCurveLike, type LorenzChartOptions } from './builders/lorenz.js';
export { parkRankingChart, type ParkDecisionRow, type ParkRankingChartOptions } from './builders/park-ranking.js';
export { targetCompletionChart, type TargetTrackRow, type TargetCompletionChartOptions } from './builders/target-completion.js';
export { taskGanttChart, type TaskScheduleRow, type TaskGanttChartOptions } from './builders/task-gantt.js';
export { cityChoropleth, type ChoroplethRow, type CityChoroplethOptions } from './builders/choropleth.js';
export {
  relocationFlowChart, type RelocationFlowRow, type RelocationFlowView, type RelocationFlowChartOptions,
} from './builders/relocation-flows.js';
export { renderSvg, renderPng, svgToPng, type RenderSvgOptions, type RenderPngOptions } from './render.js';
export { display } from './display.js';
export {
  toHtml, tableToHtml,
  type ToHtmlOptions, type TableHtmlOptions, type HtmlTableColumn, type ColumnFormat,
} from './html.js';
export { formatThousands, formatYi, formatWan, formatPercent, formatPp, type FormatOptions } from './format.js';
export { label as chartLabel, areaLabel as chartAreaLabel, CITY_NAMES as CHART_CITY_NAMES, type LabelKey as ChartLabelKey } from './labels.js';
export { guangdongCityBoundaries } from './geo.js';
export type {
  CityFeature, CityFeatureCollection, CityFeatureProperties, Position as GeoPosition, PolygonGeometry, MultiPolygonGeometry,
} from './geo.js';
export { industrySharesChart, type IndustryShareChartRow, type IndustrySharesChartOptions } from './builders/industry-shares.js';
export { lisaClusterMap, LISA_CLUSTER_COLORS, type LisaMapRow, type LisaClusterMapOptions } from './builders/lisa-map.js';
