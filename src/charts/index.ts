/**
 * Charts: vega-lite builders, rendering to SVG/PNG in Node, notebook display and HTML tables,
 * and Guangdong's city boundaries. Charts turn tables into pictures; they never compute a measure.
 * @module
 */
export type { ChartOptions, Lang, RowsInput } from './types.js';
export { growthGapChart, type GrowthGapRow, type GrowthGapChartOptions } from './builders/growth-gap.js';
export {
  sectorShareChart, structureIndexChart,
  type SectorShareRow, type StructureIndexRow, type StructureIndexChartOptions,
} from './builders/structure.js';
export { regionSharesChart, type RegionShareRow, type RegionSharesChartOptions } from './builders/region-shares.js';
export { labourSeriesChart, type LabourSeriesChartRow, type LabourSeriesChartOptions } from './builders/labour-series.js';
export { disparityChart, type DisparityRow, type DisparityChartOptions } from './builders/disparity.js';
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
  toHtml, tableToHtml, escapeHtml, escapeHtml as htmlEscape, isVegaLiteSpec,
  type ToHtmlOptions, type TableHtmlOptions, type HtmlTableColumn, type ColumnFormat,
} from './html.js';
export { formatThousands, formatYi, formatWan, formatPercent, formatPp, MISSING as MISSING_MARK, type FormatOptions } from './format.js';
export { label as chartLabel, areaLabel as chartAreaLabel, CITY_NAMES as CHART_CITY_NAMES, type LabelKey as ChartLabelKey } from './labels.js';
export { FONT_FAMILY as CHART_FONT_FAMILY, FONT_STACK as CHART_FONT_STACK } from './theme.js';
export { cjkFontFiles } from './fonts.js';
export { subsetFont } from './font-subset.js';
export { estimateTextWidth, charWidthEm } from './text-width.js';
export { guangdongCityBoundaries } from './geo.js';
export {
  decodeEchartsGeoJson, decodeRing, orientForD3,
  type CityFeature, type CityFeatureCollection, type CityFeatureProperties, type Position as GeoPosition,
  type PolygonGeometry, type MultiPolygonGeometry, type EncodedFeature, type EncodedFeatureCollection,
} from './geo-decode.js';
