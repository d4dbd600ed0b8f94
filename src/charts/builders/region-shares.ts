/**
 * Chart: the four regions' shares of provincial GDP or industry over time (industrial transfer).
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { REGIONS, REGION_LABELS, type Region } from '../../data/schema.js';
import { readRows, type Row } from '../rows.js';
import { fillYearGaps } from '../year-gaps.js';
import { areaLabel, label } from '../labels.js';
import { ALERT_COLOR, chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';
import type { RegionSharesRow } from '../../panel/growth/region-shares.js';

/**
 * What {@link regionSharesChart} reads of a `regionShares` row ({@link RegionSharesRow}, the panel
 * layer's type): `region` (a region code or any area label), `year` and `share` — a fraction 0–1
 * (default, as `regionShares` gives it) or a percent 0–100 (`shareUnit: 'percent'`).
 * `regionShares(…).rows()` fits as it is.
 */
export type RegionShareRow = Pick<RegionSharesRow, 'region' | 'year' | 'share'>;

/** Options of {@link regionSharesChart}. */
export interface RegionSharesChartOptions extends ChartOptions {
  /** How `share` is expressed: `'fraction'` (0–1, default) or `'percent'` (0–100). */
  shareUnit?: 'fraction' | 'percent';
  /** What the shares are of, for the default title: `'gdp'` (default), `'industry'`, or `'other'`. */
  measure?: 'gdp' | 'industry' | 'other';
  /** Year marked with a rule (default 2011); `null` for none. */
  planYear?: number | null;
}

/**
 * Lines of each region's share of the provincial total by year, with the plan year marked.
 * The y axis shows percent either way: fractions are formatted with vega's `%` format, percents
 * are plotted as given with the axis title "占比（%）". Lines break at missing years (a null row is
 * added for each year absent between the first and the last, `fillYearGaps`), never joined across them.
 *
 * @throws DataError when a share is outside 0–1 with `shareUnit: 'fraction'` (the hint says to
 *   pass `'percent'`), outside 0–100 with `'percent'`, or a column is missing.
 *   Records a warning (`share-unit`) when every share is ≤ 1 under `'percent'`.
 * @example
 * ```ts
 * regionSharesChart([{ region: 'PRD', year: 2010, share: 0.79 }]).title // { text: '四大区域占全省GDP比重' }
 * ```
 */
export function regionSharesChart(rows: RowsInput<RegionShareRow>, options: RegionSharesChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const unit = options.shareUnit ?? 'fraction';
  const data = readRows(rows, [
    { name: 'region', kind: 'key' },
    { name: 'year', kind: 'number' },
    { name: 'share', kind: 'number?' },
  ], 'regionSharesChart');
  const max = unit === 'fraction' ? 1 : 100;
  data.forEach((r, i) => {
    const s = r.share as number | null;
    if (s !== null && (s < 0 || s > max + 1e-9)) {
      throw new DataError('out-of-range', `share ${s} is outside 0–${max}`, { function: 'regionSharesChart', row: i + 1, column: 'share' },
        unit === 'fraction' ? "shares look like percents: pass { shareUnit: 'percent' }" : 'a share of a total cannot exceed 100 %');
    }
  });
  if (unit === 'percent' && data.every((r) => r.share === null || (r.share as number) <= 1)) {
    warn({ code: 'share-unit', file: 'regionSharesChart', column: 'share',
      message: "every share is ≤ 1 although shareUnit is 'percent': these look like fractions; pass { shareUnit: 'fraction' }" });
  }
  const rowsOut = data.map((r): Row & { area: string } => ({ ...r, area: areaLabel(r.region as string, lang) }));
  const known = REGIONS.map((r: Region) => REGION_LABELS[r][lang]);
  const order = [...known, ...new Set(rowsOut.map((r) => r.area).filter((a) => !known.includes(a)))];
  const title = options.title ?? label(options.measure === 'industry' ? 'regionSharesTitleIndustry'
    : options.measure === 'other' ? 'regionSharesTitleOther' : 'regionSharesTitleGdp', lang);
  const planYear = options.planYear === undefined ? 2011 : options.planYear;
  const yTitle = unit === 'fraction' ? label('share', lang) : label('sharePct', lang);
  const lines = {
    mark: { type: 'line' as const, point: true, strokeWidth: 2 },
    encoding: {
      x: { field: 'year', type: 'quantitative' as const, title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
      y: { field: 'share', type: 'quantitative' as const, title: yTitle, axis: unit === 'fraction' ? { format: '.0%' } : {} },
      color: { field: 'area', type: 'nominal' as const, title: label('region', lang), sort: order },
      tooltip: [
        { field: 'area', type: 'nominal' as const, title: label('region', lang) },
        { field: 'year', type: 'quantitative' as const, title: label('year', lang), format: 'd' },
        { field: 'share', type: 'quantitative' as const, title: yTitle, format: unit === 'fraction' ? '.1%' : '.1f' },
      ],
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(title),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values: fillYearGaps(rowsOut, ['region', 'area'], ['share']) },
    layer: planYear === null ? [lines] : [
      lines,
      {
        data: { values: [{ planYear, text: `${planYear}${lang === 'zh' ? '年' : ''} ${label('planYear', lang)}` }] },
        layer: [
          { mark: { type: 'rule', color: ALERT_COLOR, strokeDash: [4, 3] }, encoding: { x: { field: 'planYear', type: 'quantitative' } } },
          { mark: { type: 'text', color: ALERT_COLOR, align: 'left', baseline: 'top', dx: 4, dy: 2 },
            encoding: { x: { field: 'planYear', type: 'quantitative' }, y: { value: 0 }, text: { field: 'text' } } },
        ],
      },
    ],
  };
}
