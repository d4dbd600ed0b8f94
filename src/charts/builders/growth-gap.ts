/**
 * Chart: the gap between per-capita GDP growth and GDP growth, by area over time.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { readRows, type Row } from '../rows.js';
import { fillYearGaps } from '../year-gaps.js';
import { areaLabel, label } from '../labels.js';
import { ALERT_COLOR, chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';
import type { GrowthGapRow } from '../../panel/growth/growth-gap-table.js';

/**
 * What {@link growthGapChart} reads of a `growthGapTable` row ({@link GrowthGapRow}, the panel
 * layer's type): `unit`, `year`, `gdp_growth`, `per_capita_growth`, `gap_pp` (rates in %, the gap
 * in percentage points), optionally `population_growth`, and `method` (any label: the chart only
 * tells methods apart). `growthGapTable(…).rows()` fits as it is.
 */
export type GrowthGapChartRow = Pick<GrowthGapRow, 'unit' | 'year' | 'gdp_growth' | 'per_capita_growth' | 'gap_pp'>
  & Partial<Pick<GrowthGapRow, 'population_growth'>>
  & { method?: GrowthGapRow['method'] | string | null };

/** Options of {@link growthGapChart}. */
export interface GrowthGapChartOptions extends ChartOptions {
  /** Year marked with a vertical rule (default 2011, the action plan's first year). */
  planYear?: number;
}

/**
 * Line chart of `gap_pp` (GDP growth minus per-capita GDP growth, percentage points, as
 * `growthGapTable` defines it; positive when population grows) by year,
 * one line per area, with a zero line and the plan year marked by a red rule. When the rows
 * carry more than one `method`, the method is shown by the line dash. Null gaps show as breaks
 * in the line, and so do missing years: a year absent between the first and the last is added
 * with null values (`fillYearGaps`), so 2016 is not joined to 2020 across 2017–2019 (the chart
 * draws what it is given; it computes nothing).
 *
 * @param rows - `growthGapTable` rows ({@link GrowthGapChartRow}: its `.rows()`, an array of them, or the arquero table).
 * @returns a vega-lite spec (Chinese labels unless `lang: 'en'`).
 * @throws DataError when a column is missing or a value is not a finite number or null.
 * @example
 * ```ts
 * growthGapChart([{ unit: 'PRD', year: 2011, gdp_growth: 10, per_capita_growth: 8.5, gap_pp: 1.5 }]).title
 * // { text: 'GDP增幅与人均GDP增幅之差' }
 * ```
 */
export function growthGapChart(rows: RowsInput<GrowthGapChartRow>, options: GrowthGapChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'unit', kind: 'key' },
    { name: 'year', kind: 'number' },
    { name: 'gdp_growth', kind: 'number?' },
    { name: 'per_capita_growth', kind: 'number?' },
    { name: 'gap_pp', kind: 'number?' },
    { name: 'population_growth', kind: 'number?', optional: true },
    { name: 'method', kind: 'string?', optional: true },
  ], 'growthGapChart').map((r): Row => ({ ...r, area: areaLabel(r.unit as string, lang) }));
  const values = fillYearGaps(data, ['unit', 'area', 'method'], ['gdp_growth', 'per_capita_growth', 'gap_pp']);
  const planYear = options.planYear ?? 2011;
  const methods = new Set(data.map((r) => r.method).filter((m) => m !== undefined && m !== null));
  const areaOrder = [...new Set(data.map((r) => r.area as string))];
  const tooltip = [
    { field: 'area', type: 'nominal' as const, title: label('unit', lang) },
    { field: 'year', type: 'quantitative' as const, title: label('year', lang), format: 'd' },
    { field: 'gap_pp', type: 'quantitative' as const, title: label('gapPp', lang), format: '.2f' },
    { field: 'gdp_growth', type: 'quantitative' as const, title: label('gdpGrowth', lang), format: '.1f' },
    { field: 'per_capita_growth', type: 'quantitative' as const, title: label('perCapitaGrowth', lang), format: '.1f' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('growthGapTitle', lang)),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values },
    layer: [
      { mark: { type: 'rule', color: '#888', strokeWidth: 1 }, encoding: { y: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'year', type: 'quantitative', title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
          y: { field: 'gap_pp', type: 'quantitative', title: label('gapPp', lang) },
          color: { field: 'area', type: 'nominal', title: label('unit', lang), sort: areaOrder },
          ...(methods.size > 1 ? { strokeDash: { field: 'method', type: 'nominal' as const, title: label('method', lang) } } : {}),
          tooltip,
        },
      },
      {
        data: { values: [{ planYear, text: `${planYear}${lang === 'zh' ? '年' : ''} ${label('planYear', lang)}` }] },
        layer: [
          { mark: { type: 'rule', color: ALERT_COLOR, strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { x: { field: 'planYear', type: 'quantitative' } } },
          {
            mark: { type: 'text', color: ALERT_COLOR, align: 'left', baseline: 'top', dx: 4, dy: 2, fontSize: 11 },
            encoding: { x: { field: 'planYear', type: 'quantitative' }, y: { value: 0 }, text: { field: 'text' } },
          },
        ],
      },
    ],
  };
}
