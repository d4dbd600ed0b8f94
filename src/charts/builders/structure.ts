/**
 * Charts: sector shares of GDP and structure indices over time.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows, type Row } from '../rows.js';
import { fillYearGaps } from '../year-gaps.js';
import { areaLabel, label } from '../labels.js';
import { chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';
import type { StructureRow } from '../../panel/growth/structure-table.js';

/**
 * What {@link sectorShareChart} reads of a `structureTable` row ({@link StructureRow}, the panel
 * layer's type): `year` and the three `*_share` columns (% of GDP), and `unit` (optional when the
 * rows are one area). `structureTable(…).rows()` fits as it is.
 */
export type SectorShareRow = Partial<Pick<StructureRow, 'unit'>> & Pick<StructureRow, 'year' | 'primary_share' | 'secondary_share' | 'tertiary_share'>;

/**
 * Lines of the three sectors' shares of GDP (%, as given) by year; one panel per area when
 * the rows carry more than one `unit`. The wide rows are folded into long form by vega-lite
 * (`fold` transform), so the spec carries the rows exactly as given, plus a null row for each year
 * missing between the first and the last (`fillYearGaps`), which breaks the lines there.
 *
 * @throws DataError when a column is missing or a share is not a finite number or null.
 * @example
 * ```ts
 * sectorShareChart([{ year: 2010, primary_share: 5, secondary_share: 50, tertiary_share: 45 }]).title
 * // { text: '三次产业结构' }
 * ```
 */
export function sectorShareChart(rows: RowsInput<SectorShareRow>, options: ChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'unit', kind: 'key', optional: true },
    { name: 'year', kind: 'number' },
    { name: 'primary_share', kind: 'number?' },
    { name: 'secondary_share', kind: 'number?' },
    { name: 'tertiary_share', kind: 'number?' },
  ], 'sectorShareChart').map((r): Row => ({
    ...r,
    ...(r.unit !== undefined && r.unit !== null ? { area: areaLabel(r.unit as string, lang) } : {}),
  }));
  const areas = [...new Set(data.map((r) => r.area).filter((a): a is string => typeof a === 'string'))];
  const sectors = ['primary', 'secondary', 'tertiary'] as const;
  const sectorLabels = sectors.map((s) => label(s, lang));
  const layerSpec = {
    mark: { type: 'line' as const, point: true },
    encoding: {
      x: { field: 'year', type: 'quantitative' as const, title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
      y: { field: 'share', type: 'quantitative' as const, title: label('sharePct', lang) },
      color: { field: 'sector', type: 'nominal' as const, title: label('sector', lang), sort: sectorLabels },
      tooltip: [
        { field: 'year', type: 'quantitative' as const, title: label('year', lang), format: 'd' },
        { field: 'sector', type: 'nominal' as const, title: label('sector', lang) },
        { field: 'share', type: 'quantitative' as const, title: label('sharePct', lang), format: '.1f' },
      ],
    },
  };
  const transform = [
    { fold: sectors.map((s) => `${s}_share`), as: ['sector_key', 'share'] as [string, string] },
    {
      calculate: sectors.map((s, i) => `datum.sector_key === '${s}_share' ? '${sectorLabels[i]}'`).join(' : ') + " : ''",
      as: 'sector',
    },
  ];
  const base = {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('sectorShareTitle', lang)),
    data: { values: fillYearGaps(data, ['unit', 'area'], ['primary_share', 'secondary_share', 'tertiary_share']) },
    transform,
  };
  if (areas.length > 1) {
    return {
      ...base,
      facet: { field: 'area', type: 'nominal', title: label('unit', lang), sort: areas },
      columns: 2,
      spec: { width: Math.round((options.width ?? DEFAULT_WIDTH) / 2), height: Math.round((options.height ?? DEFAULT_HEIGHT) / 1.5), ...layerSpec },
    };
  }
  return { ...base, width: options.width ?? DEFAULT_WIDTH, height: options.height ?? DEFAULT_HEIGHT, ...layerSpec };
}

/** One area-year of structure indices (e.g. `{ year, TS, H, TL }`); which columns are indices is an option. */
export interface StructureIndexRow {
  unit?: string | number;
  year: number;
  [index: string]: string | number | null | undefined;
}

/** Options of {@link structureIndexChart}. */
export interface StructureIndexChartOptions extends ChartOptions {
  /** Columns holding the indices, in display order, e.g. `['TS', 'H', 'TL']` (required). */
  indices: readonly string[];
  /** Display names of the index columns (default: the column names). */
  indexLabels?: Readonly<Record<string, string>>;
}

/**
 * Lines of structure indices (e.g. TS = tertiary/secondary ratio, H = Herfindahl, TL = Theil
 * rationalisation index) by year, one row of panels per index with its own y scale, one line
 * per area; lines break at missing years (null rows added, `fillYearGaps`). The indices are taken as given; this builder computes nothing.
 *
 * @throws DataError when `indices` is empty, a column is missing or a value is not a finite number or null.
 * @example
 * ```ts
 * structureIndexChart([{ year: 2010, TS: 1.1 }], { indices: ['TS'] }).title // { text: '产业结构指数' }
 * ```
 */
export function structureIndexChart(rows: RowsInput<StructureIndexRow>, options: StructureIndexChartOptions): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const indices = options?.indices ?? [];
  if (indices.length === 0) {
    throw new DataError('missing-column', 'no index columns named', { function: 'structureIndexChart' },
      "pass options.indices, e.g. { indices: ['TS', 'H', 'TL'] }");
  }
  const data = readRows(rows, [
    { name: 'unit', kind: 'key', optional: true },
    { name: 'year', kind: 'number' },
    ...indices.map((name) => ({ name, kind: 'number?' as const })),
  ], 'structureIndexChart').map((r) => ({
    ...r,
    area: r.unit !== undefined && r.unit !== null ? areaLabel(r.unit as string, lang) : (lang === 'zh' ? '广东省' : 'Guangdong'),
  }));
  const names = indices.map((i) => options.indexLabels?.[i] ?? i);
  const areas = [...new Set(data.map((r) => r.area))];
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('structureIndexTitle', lang)),
    data: { values: fillYearGaps(data, ['unit', 'area'], indices) },
    transform: [
      { fold: [...indices], as: ['index_key', 'value'] },
      { calculate: indices.map((k, i) => `datum.index_key === ${JSON.stringify(k)} ? ${JSON.stringify(names[i])}`).join(' : ') + " : ''", as: 'index' },
    ],
    facet: { row: { field: 'index', type: 'nominal', title: label('index', lang), sort: names } },
    spec: {
      width: options.width ?? DEFAULT_WIDTH,
      height: Math.round((options.height ?? DEFAULT_HEIGHT) / Math.max(1, Math.min(indices.length, 3)) + 40),
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
        y: { field: 'value', type: 'quantitative', title: label('value', lang), scale: { zero: false } },
        color: { field: 'area', type: 'nominal', title: label('unit', lang), sort: areas },
        tooltip: [
          { field: 'area', type: 'nominal', title: label('unit', lang) },
          { field: 'year', type: 'quantitative', title: label('year', lang), format: 'd' },
          { field: 'index', type: 'nominal', title: label('index', lang) },
          { field: 'value', type: 'quantitative', title: label('value', lang), format: '.3f' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
