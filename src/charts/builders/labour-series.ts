/**
 * Chart: a regional labour series (employment shares, productivity relative to the PRD) drawn
 * only within stretches on one employment basis.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { REGIONS } from '../../data/schema.js';
import { readRows, type Row } from '../rows.js';
import { areaLabel, label } from '../labels.js';
import { ALERT_COLOR, chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** One colour per known area, so an area keeps its colour when another is left out (vega's tableau10 order). */
const AREA_COLORS: Record<string, string> = { PRD: '#4c78a8', East: '#f58518', West: '#e45756', North: '#72b7b2', Guangdong: '#54a24b' };
const EXTRA_COLORS = ['#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

/** One area-year of a segmented labour series (the panel's `LabourSeriesPoint`). */
export interface LabourSeriesChartRow {
  /** Region code (`PRD`, `East`, `West`, `North`), `Guangdong`, or any area label. */
  unit: string;
  year: number;
  value: number;
  /** Points of one segment are joined by a line; a new segment starts a new line. */
  segment: string;
}

/** Options of {@link labourSeriesChart}. */
export interface LabourSeriesChartOptions extends ChartOptions {
  /** What the values are: `'employmentShare'` (% of the province, default) or `'productivityGap'` (ratio, PRD = 1). */
  measure?: 'employmentShare' | 'productivityGap';
}

/**
 * Lines of a labour series by year, one colour per area, a separate line for every segment (so
 * values on two employment bases are never joined) and a red tick at the x axis in every year
 * where some segment starts after the first year (a change of basis). Each known area keeps its
 * colour whichever areas are shown (PRD blue, East orange, West red, North teal, province green).
 * For `productivityGap` a
 * grey rule marks the PRD level 1. The chart computes nothing: segments come from the panel
 * (`employmentShareSeries`, `productivityGapSeries`).
 * @throws DataError when a column is missing, a value is not finite, or (employmentShare) a share is outside 0–100.
 * @example
 * ```ts
 * labourSeriesChart([{ unit: 'PRD', year: 2004, value: 68.9, segment: 'PRD:8' }]).title // { text: '四大区域占全省从业人员比重（同一统计口径内连线）' }
 * ```
 */
export function labourSeriesChart(rows: RowsInput<LabourSeriesChartRow>, options: LabourSeriesChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const measure = options.measure ?? 'employmentShare';
  const data = readRows(rows, [
    { name: 'unit', kind: 'key' },
    { name: 'year', kind: 'number' },
    { name: 'value', kind: 'number' },
    { name: 'segment', kind: 'key' },
  ], 'labourSeriesChart');
  if (measure === 'employmentShare') {
    data.forEach((r, i) => {
      const v = r.value as number;
      if (v < 0 || v > 100 + 1e-9) {
        throw new DataError('out-of-range', `share ${v} is outside 0–100`, { file: 'labourSeriesChart', row: i + 1, column: 'value' },
          'employment shares are percents of the province (0–100)');
      }
    });
  }
  const rowsOut = data.map((r): Row => ({ ...r, area: areaLabel(r.unit as string, lang) }));
  const knownUnits = [...REGIONS, 'Guangdong'];
  const known = knownUnits.map((u) => areaLabel(u, lang));
  const present = knownUnits.filter((u, i) => rowsOut.some((r) => r.area === known[i]));
  const others = [...new Set(rowsOut.map((r) => r.area as string).filter((a) => !known.includes(a)))];
  const order = [...present.map((u) => areaLabel(u, lang)), ...others];
  const colors = [...present.map((u) => AREA_COLORS[u]!), ...others.map((_, i) => EXTRA_COLORS[i % EXTRA_COLORS.length]!)];
  const firstYear = data.reduce((m, r) => Math.min(m, r.year as number), Number.POSITIVE_INFINITY);
  const starts = new Map<string, number>();
  for (const r of data) starts.set(r.segment as string, Math.min(starts.get(r.segment as string) ?? Infinity, r.year as number));
  const breakYears = [...new Set([...starts.values()].filter((y) => y > firstYear))].sort((a, b) => a - b);
  const yTitle = measure === 'employmentShare' ? label('sharePct', lang) : label('productivityRatio', lang);
  const title = options.title ?? label(measure === 'employmentShare' ? 'employmentSharesTitle' : 'productivityGapTitle', lang);
  const lines = {
    mark: { type: 'line' as const, point: true, strokeWidth: 2 },
    encoding: {
      x: { field: 'year', type: 'quantitative' as const, title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
      y: { field: 'value', type: 'quantitative' as const, title: yTitle },
      color: { field: 'area', type: 'nominal' as const, title: label('region', lang), sort: order, scale: { domain: order, range: colors } },
      detail: { field: 'segment', type: 'nominal' as const },
      tooltip: [
        { field: 'area', type: 'nominal' as const, title: label('region', lang) },
        { field: 'year', type: 'quantitative' as const, title: label('year', lang), format: 'd' },
        { field: 'value', type: 'quantitative' as const, title: yTitle, format: measure === 'employmentShare' ? '.1f' : '.3f' },
      ],
    },
  };
  const layer: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [lines];
  if (measure === 'productivityGap') {
    layer.unshift({ mark: { type: 'rule', color: '#888', strokeWidth: 1 }, encoding: { y: { datum: 1, type: 'quantitative' } } });
  }
  if (breakYears.length > 0) {
    layer.push({
      data: { values: breakYears.map((year) => ({ year, text: label('basisBreak', lang) })) },
      mark: { type: 'tick', color: ALERT_COLOR, orient: 'vertical', thickness: 2, size: 10 },
      encoding: {
        x: { field: 'year', type: 'quantitative' },
        y: { value: options.height ?? DEFAULT_HEIGHT },
        tooltip: [{ field: 'text', type: 'nominal' }, { field: 'year', type: 'quantitative', format: 'd' }],
      },
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(title),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values: rowsOut },
    layer,
  };
}
