/**
 * Chart: regional disparity over time, the Theil index split into between- and within-region parts.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { readRows, type Row } from '../rows.js';
import { yearRange } from '../year-gaps.js';
import { label } from '../labels.js';
import { chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';
import type { DisparityBaseRow } from '../../panel/disparity/disparity-table.js';

/** One year of a Theil decomposition (between + within = total), in the chart's own column names. */
export interface TheilSplitRow {
  year: number;
  /** Between-region component. */
  between: number | null;
  /** Within-region component. */
  within: number | null;
}

/**
 * What {@link disparityChart} reads: {@link TheilSplitRow}s, or `disparityTable` rows
 * (`DisparityRow`, the panel layer's type; any of its Theil components, chosen with
 * `betweenColumn` / `withinColumn`). `disparityTable(…).rows()` fits as it is.
 */
export type DisparityChartRow = TheilSplitRow
  | (Pick<DisparityBaseRow, 'year'> & Partial<Pick<DisparityBaseRow, 'theil_t_between' | 'theil_t_within' | 'theil_l_between' | 'theil_l_within'>>);

/** Options of {@link disparityChart}. */
export interface DisparityChartOptions extends ChartOptions {
  /** Name of the index for the y-axis title (default "泰尔指数" / "Theil index"). */
  indexName?: string;
  /** Column of the between-group component (default `'between'`; e.g. `'theil_t_between'` of `disparityTable`). */
  betweenColumn?: string;
  /** Column of the within-group component (default `'within'`; e.g. `'theil_t_within'`). */
  withinColumn?: string;
}

/**
 * Stacked bars of the between-region and within-region components of a Theil index by year;
 * the bar height is their sum, the total index. Components are drawn as given. The year axis
 * holds every year from the first to the last, so a missing year is an empty slot, not hidden. With
 * `disparityTable` output (`DisparityRow`) pass `{ betweenColumn: 'theil_t_between', withinColumn: 'theil_t_within' }`.
 *
 * @throws DataError when a column is missing or a value is not a finite number or null.
 * @example
 * ```ts
 * disparityChart([{ year: 2010, between: 0.12, within: 0.05 }]).title // { text: '区域差距：泰尔指数分解' }
 * ```
 */
export function disparityChart(rows: RowsInput<DisparityChartRow>, options: DisparityChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const b = options.betweenColumn ?? 'between';
  const w = options.withinColumn ?? 'within';
  const data = readRows(rows, [
    { name: 'year', kind: 'number' },
    { name: b, kind: 'number?' },
    { name: w, kind: 'number?' },
  ], 'disparityChart').map((r): Row => ({ year: r.year, between: r[b], within: r[w] }));
  const parts = [label('between', lang), label('within', lang)];
  const yTitle = options.indexName ?? label('theil', lang);
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('disparityTitle', lang)),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values: data },
    transform: [
      { fold: ['between', 'within'], as: ['part_key', 'value'] },
      { calculate: `datum.part_key === 'between' ? ${JSON.stringify(parts[0])} : ${JSON.stringify(parts[1])}`, as: 'component' },
      { calculate: "datum.part_key === 'between' ? 0 : 1", as: 'stack_order' },
    ],
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: label('year', lang), axis: { labelAngle: 0 }, scale: { domain: yearRange(data) } },
      y: { field: 'value', type: 'quantitative', title: yTitle, stack: 'zero' },
      color: { field: 'component', type: 'nominal', title: label('component', lang), sort: parts,
        scale: { domain: parts, range: ['#4c78a8', '#9ecae9'] } },
      order: { field: 'stack_order', type: 'quantitative' },
      tooltip: [
        { field: 'year', type: 'ordinal', title: label('year', lang) },
        { field: 'component', type: 'nominal', title: label('component', lang) },
        { field: 'value', type: 'quantitative', title: yTitle, format: '.4f' },
      ],
    },
  };
}
