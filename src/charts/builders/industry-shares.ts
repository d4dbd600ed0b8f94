/**
 * Chart: shares of an industry aggregate (先进制造业, 高技术制造业, 现代服务业) by city or region
 * over the years, with GB/T 4754 edition breaks marked (lines not joined across them).
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows } from '../rows.js';
import { areaLabel, label } from '../labels.js';
import { ALERT_COLOR, chartConfig, DEFAULT_HEIGHT, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** The columns of an `industryShareTable` row the chart reads. */
export interface IndustryShareChartRow {
  /** City (Chinese), region id (PRD…) or `Guangdong`. */
  unit: string;
  year: number;
  /** Aggregate kind, e.g. `advanced-manufacturing`. */
  aggregate: string;
  /** Fraction, null when only bounds are known. */
  share: number | null;
  /** Bounds (drawn as a bar when `share` is null). */
  lower: number | null;
  upper: number | null;
  /** GB/T 4754 edition of the year (`2002`, `2011`, `2017`), null when mixed. */
  edition: string | null;
}

/** Options of {@link industrySharesChart}. */
export interface IndustrySharesChartOptions extends ChartOptions {
  /** The aggregate to plot (required when the rows hold several). */
  aggregate?: string;
  /** Only these units (default all, in the order of the rows). */
  units?: readonly string[];
  /** Baseline year marked with a rule (default 2010); `null` for none. */
  baseline?: number | null;
}

const AGG_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  'advanced-manufacturing': { zh: '先进制造业', en: 'advanced manufacturing' },
  'high-tech-manufacturing': { zh: '高技术制造业', en: 'high-tech manufacturing' },
  'modern-services': { zh: '现代服务业', en: 'modern services' },
};

/**
 * Lines of an aggregate's share by unit and year, from `industryShareTable` rows. Each line is
 * drawn per GB/T 4754 edition, so it is **not joined across an edition change**; the first year
 * of each new edition gets a dashed rule labelled with the edition ("GB/T 4754-2011"), and the
 * baseline year (2010) a rule. Years with bounds only (`share` null, e.g. 高技术制造业 from a
 * 2-digit table) are drawn as vertical bars from `lower` to `upper`. Shares are fractions,
 * shown in percent.
 *
 * @throws DataError when rows are empty, a share or bound lies outside 0–1, or the rows hold
 *   several aggregates and `aggregate` is not given.
 * @example
 * ```ts
 * industrySharesChart(industryShareTable(t, { by: 'region' }), { aggregate: 'advanced-manufacturing' });
 * ```
 */
export function industrySharesChart(rows: RowsInput<IndustryShareChartRow>, options: IndustrySharesChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const chart = 'industrySharesChart';
  const data = readRows(rows, [
    { name: 'unit', kind: 'key' },
    { name: 'year', kind: 'number' },
    { name: 'aggregate', kind: 'string' },
    { name: 'share', kind: 'number?' },
    { name: 'lower', kind: 'number?' },
    { name: 'upper', kind: 'number?' },
    { name: 'edition', kind: 'string?' },
  ], chart);
  const aggregates = [...new Set(data.map((r) => r.aggregate as string))];
  const aggregate = options.aggregate ?? (aggregates.length === 1 ? aggregates[0]! : undefined);
  if (aggregate === undefined) {
    throw new DataError('invalid', `the rows hold ${aggregates.length} aggregates (${aggregates.join(', ')})`, { file: chart, column: 'aggregate' }, 'pass { aggregate } to choose one');
  }
  const sel = data.filter((r) => r.aggregate === aggregate && (!options.units || options.units.includes(r.unit as string)));
  if (sel.length === 0) throw new DataError('empty', `no rows for ${aggregate}`, { file: chart, column: 'aggregate' }, `the rows hold ${aggregates.join(', ')}`);
  sel.forEach((r, i) => {
    for (const c of ['share', 'lower', 'upper'] as const) {
      const v = r[c] as number | null;
      if (v !== null && (v < 0 || v > 1 + 1e-9)) {
        throw new DataError('out-of-range', `${c} ${v} is outside 0–1`, { file: chart, row: i + 1, column: c }, 'industry shares are fractions (0.35 for 35 %)');
      }
    }
  });
  const values = sel.map((r) => {
    const area = areaLabel(r.unit as string, lang);
    const edition = (r.edition as string | null) ?? (lang === 'zh' ? '混合' : 'mixed');
    return { ...r, area, segment: `${area} | ${edition}`, editionLabel: `GB/T 4754-${edition}` };
  });
  const order = [...new Set(values.map((v) => v.area))];
  // First year of each edition after the first one seen: the breaks.
  const byYear = [...new Map(sel.map((v) => [v.year as number, v.edition as string | null])).entries()].sort((a, b) => a[0] - b[0]);
  const breaks: Array<{ year: number; text: string }> = [];
  for (let k = 1; k < byYear.length; k++) {
    if (byYear[k]![1] !== byYear[k - 1]![1]) breaks.push({ year: byYear[k]![0], text: `GB/T 4754-${byYear[k]![1] ?? '?'}` });
  }
  const baseline = options.baseline === undefined ? 2010 : options.baseline;
  const aggName = AGG_LABELS[aggregate]?.[lang] ?? aggregate;
  const title = options.title ?? (lang === 'zh' ? `${aggName}增加值占比（行业分类标准版本变更处断开）` : `Share of ${aggName} (lines break where the GB/T 4754 edition changes)`);
  const x = { field: 'year', type: 'quantitative' as const, title: label('year', lang), axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
  const color = { field: 'area', type: 'nominal' as const, title: lang === 'zh' ? '地区' : 'Area', sort: order };
  const layer: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      transform: [{ filter: 'datum.share !== null' }],
      mark: { type: 'line', point: true, strokeWidth: 2 },
      encoding: {
        x, color,
        y: { field: 'share', type: 'quantitative', title: label('share', lang), axis: { format: '.0%' } },
        detail: { field: 'segment', type: 'nominal' },
        tooltip: [
          { field: 'area', type: 'nominal', title: color.title },
          { field: 'year', type: 'quantitative', title: label('year', lang), format: 'd' },
          { field: 'share', type: 'quantitative', title: label('share', lang), format: '.1%' },
          { field: 'editionLabel', type: 'nominal', title: lang === 'zh' ? '行业分类' : 'Classification' },
        ],
      },
    },
    {
      transform: [{ filter: 'datum.share === null && datum.lower !== null' }],
      mark: { type: 'rule', strokeWidth: 3, opacity: 0.6 },
      encoding: { x, color, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
    },
  ];
  const ruleLayer = (values: Array<{ year: number; text: string }>, dash: number[]) => ({
    data: { values },
    layer: [
      { mark: { type: 'rule' as const, color: ALERT_COLOR, strokeDash: dash }, encoding: { x: { field: 'year', type: 'quantitative' as const } } },
      { mark: { type: 'text' as const, color: ALERT_COLOR, align: 'left' as const, baseline: 'top' as const, dx: 4, dy: 2 },
        encoding: { x: { field: 'year', type: 'quantitative' as const }, y: { value: 0 }, text: { field: 'text' } } },
    ],
  });
  if (breaks.length > 0) layer.push(ruleLayer(breaks, [4, 3]));
  if (baseline !== null) layer.push(ruleLayer([{ year: baseline, text: lang === 'zh' ? `${baseline}年基期` : `${baseline} baseline` }], [1, 2]));
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(title),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    data: { values },
    layer,
  };
}
