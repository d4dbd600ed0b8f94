/**
 * Chart: park evaluation ranking with yellow cards marked.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows, type Row } from '../rows.js';
import { label } from '../labels.js';
import { BASE_COLOR, chartConfig, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA, YELLOW_CARD_COLOR } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** One park's evaluation decision in one year (from the parks rules engine). */
export interface ParkDecisionRow {
  parkId: string;
  year: number;
  score: number;
  rank: number;
  yellowCard: boolean;
  /** Status after the decision (e.g. `normal`, `yellow-card`, `revoked`). */
  statusAfter: string;
  /** The group the rank is within (`"all"` or a category); several groups get one panel each. */
  rankGroup?: string;
}

/** Options of {@link parkRankingChart}. */
export interface ParkRankingChartOptions extends ChartOptions {
  /** Evaluation year to show (default: the latest year in the rows, named in the subtitle). */
  year?: number;
  /** Display names of parks by `parkId` (default: the id). */
  parkNames?: Readonly<Record<string, string>>;
  /** Subtitle, e.g. "示意数据（非真实考核结果）" for the illustrative panel. */
  subtitle?: string;
}

/**
 * Horizontal bars of the parks' scores in one evaluation year, ordered by rank (1 at the top);
 * bars of parks given a yellow card (黄牌) are yellow and labelled. The year shown is stated in
 * the subtitle; other years' rows are filtered out inside the spec (a vega-lite `filter`), so
 * the spec keeps every row it was given. When the rows rank parks within several `rankGroup`s
 * (categories), each group gets its own panel.
 *
 * @throws DataError when `year` has no rows, a column is missing, or a value has the wrong type.
 * @example
 * ```ts
 * parkRankingChart([{ parkId: 'P1', year: 2012, score: 80, rank: 1, yellowCard: false, statusAfter: 'normal' }]).title
 * // { text: '产业转移园考核排名', subtitle: '2012年考核' }
 * ```
 */
export function parkRankingChart(rows: RowsInput<ParkDecisionRow>, options: ParkRankingChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'parkId', kind: 'key' },
    { name: 'year', kind: 'number' },
    { name: 'score', kind: 'number' },
    { name: 'rank', kind: 'number' },
    { name: 'yellowCard', kind: 'boolean' },
    { name: 'statusAfter', kind: 'string' },
    { name: 'rankGroup', kind: 'string?', optional: true },
  ], 'parkRankingChart').map((r): Row => ({
    ...r,
    park: options.parkNames?.[r.parkId as string] ?? (r.parkId as string),
    card: (r.yellowCard as boolean) ? label('yellowCard', lang) : label('noCard', lang),
  }));
  const years = [...new Set(data.map((r) => r.year as number))].sort((a, b) => a - b);
  const year = options.year ?? (years[years.length - 1] as number);
  const shown = data.filter((r) => r.year === year).length;
  if (shown === 0) {
    throw new DataError('invalid', `no decisions for year ${year} (years present: ${years.join(', ')})`,
      { function: 'parkRankingChart', column: 'year' }, 'pass one of the years present as options.year');
  }
  const subtitleYear = lang === 'zh' ? `${year}年考核` : `Evaluation of ${year}`;
  const subtitle = options.subtitle ? `${subtitleYear} · ${options.subtitle}` : subtitleYear;
  const cardLabels = [label('yellowCard', lang), label('noCard', lang)];
  const groups = [...new Set(data.filter((r) => r.year === year).map((r) => r.rankGroup).filter((g): g is string => typeof g === 'string'))];
  const y = { field: 'park', type: 'nominal' as const, title: label('park', lang), sort: { field: 'rank', op: 'min' as const, order: 'ascending' as const }, axis: { labelLimit: 200 } };
  const layer = [
    {
      mark: { type: 'bar' },
      encoding: {
        y,
        x: { field: 'score', type: 'quantitative', title: label('score', lang) },
        color: { field: 'card', type: 'nominal', title: label('card', lang), scale: { domain: cardLabels, range: [YELLOW_CARD_COLOR, BASE_COLOR] } },
        tooltip: [
          { field: 'park', type: 'nominal', title: label('park', lang) },
          { field: 'rank', type: 'quantitative', title: label('rank', lang) },
          { field: 'score', type: 'quantitative', title: label('score', lang), format: '.1f' },
          { field: 'card', type: 'nominal', title: label('card', lang) },
          { field: 'statusAfter', type: 'nominal', title: label('status', lang) },
        ],
      },
    },
    {
      transform: [{ filter: 'datum.yellowCard' }],
      mark: { type: 'text', align: 'left', dx: 4, color: '#8a6d00', fontWeight: 'bold' },
      encoding: { y, x: { field: 'score', type: 'quantitative' as const }, text: { value: label('yellowCard', lang) } },
    },
  ];
  const head = {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('parkRankingTitle', lang), subtitle),
    data: { values: data },
    transform: [{ filter: { field: 'year', equal: year } }],
  };
  const width = options.width ?? DEFAULT_WIDTH - 120;
  if (groups.length > 1) {
    return {
      ...head,
      facet: { row: { field: 'rankGroup', type: 'nominal', title: label('rankGroup', lang), sort: groups } },
      spec: { width, layer },
      resolve: { scale: { y: 'independent' } },
    } as TopLevelSpec;
  }
  return { ...head, width, height: options.height ?? Math.max(120, shown * 22), layer } as TopLevelSpec;
}
