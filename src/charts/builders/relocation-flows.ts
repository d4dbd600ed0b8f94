/**
 * Chart: firm relocation flows between places, as an origin × destination matrix (heatmap)
 * or as the ranked top-N corridors (origin→destination). Vega-lite has no chord or sankey
 * mark; these two views show the same links without one.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows, type Row } from '../rows.js';
import { areaLabel, label } from '../labels.js';
import { BASE_COLOR, chartConfig, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, Lang, RowsInput } from '../types.js';

/**
 * One link of a flow chart: the shape `relocationFlowLinks` (firms layer) returns. Origin and
 * destination are names as given (e.g. `'深圳'`), or codes: a city code (`440300`) or a region
 * code (`'PRD'`) is shown by its name in the chart's language.
 */
export interface RelocationFlowRow {
  origin: string | number;
  destination: string | number;
  /** The link's amount (output moved, firms or employment, as the caller chose); ≥ 0. */
  value: number;
}

/** Which picture {@link relocationFlowChart} draws. */
export type RelocationFlowView = 'corridors' | 'matrix';

/** Options of {@link relocationFlowChart}. */
export interface RelocationFlowChartOptions extends ChartOptions {
  /** `'corridors'` (default): bars of the top-N origin→destination links; `'matrix'`: an origin × destination heatmap. */
  view?: RelocationFlowView;
  /** How many corridors the bar view shows (default 10; the largest by value). Ignored by the matrix. */
  top?: number;
  /** Title of the value axis/legend, with its unit, e.g. "转出产值（万元）" (default "转移量" / "Amount moved"). */
  valueTitle?: string;
  /** d3 format of printed values (default `',.0f'`). */
  format?: string;
  /** Subtitle line, e.g. "合成数据 / synthetic" for a synthetic firm panel. Say so whenever the data are not real. */
  subtitle?: string;
}

const CHART = 'relocationFlowChart';

/**
 * Relocation links drawn either as ranked bars of the largest corridors (`origin→destination`,
 * largest at the top, value printed at the bar's end) or as an origin × destination heatmap
 * (cells coloured by value and printed; origins and destinations ordered by their total, largest
 * first). The chart computes nothing: the values are drawn as given, and each (origin,
 * destination) pair must appear once (sum repeated pairs before charting, as
 * `relocationFlowLinks` does). The top-N cut is made inside the spec (a vega-lite window and
 * filter), so the spec keeps every row it was given; the subtitle says how many corridors are
 * shown. Ties in value are ordered by corridor name.
 *
 * @param rows - {@link RelocationFlowRow}s (array or arquero table), e.g. `relocationFlowLinks(flows)`.
 * @returns a vega-lite spec (Chinese labels unless `lang: 'en'`).
 * @throws DataError when a column is missing, a value is not a finite number or is negative
 *   (`out-of-range`), a pair appears twice (`duplicate-key`), or `top` is not a positive integer.
 * @example
 * ```ts
 * relocationFlowChart([{ origin: '深圳', destination: '河源', value: 320 }], { subtitle: '合成数据 / synthetic' }).title
 * // { text: '企业迁移流向', subtitle: '前1条走廊（共1条） · 合成数据 / synthetic' }
 * ```
 */
export function relocationFlowChart(rows: RowsInput<RelocationFlowRow>, options: RelocationFlowChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const view = options.view ?? 'corridors';
  if (view !== 'corridors' && view !== 'matrix') {
    throw new DataError('invalid', `view must be 'corridors' or 'matrix', got ${JSON.stringify(view)}`, { function: CHART }, "pass view: 'corridors' or 'matrix'");
  }
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) {
    throw new DataError('invalid', `top must be a positive integer, got ${String(top)}`, { function: CHART }, 'pass e.g. top: 10');
  }
  const seen = new Map<string, number>();
  const data = readRows(rows, [
    { name: 'origin', kind: 'key' },
    { name: 'destination', kind: 'key' },
    { name: 'value', kind: 'number' },
  ], CHART).map((r, i): Row => {
    const where = { function: CHART, row: i + 1 };
    if ((r.value as number) < 0) {
      throw new DataError('out-of-range', `value ${String(r.value)} is negative`, { ...where, column: 'value' },
        'a flow is an amount moved (≥ 0); chart net flows another way');
    }
    const origin = areaLabel(r.origin as string, lang);
    const destination = areaLabel(r.destination as string, lang);
    const key = `${origin}\u0000${destination}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DataError('duplicate-key', `the pair ${origin}→${destination} appears again (first in row ${first})`, { ...where, column: 'destination' },
        'sum the rows of each pair first (relocationFlowLinks does) or filter to one breakdown');
    }
    seen.set(key, i + 1);
    return { origin, destination, corridor: `${origin}→${destination}`, value: r.value };
  });
  const valueTitle = options.valueTitle ?? label('flowValue', lang);
  const format = options.format ?? ',.0f';
  const tooltip = [
    { field: 'origin', type: 'nominal' as const, title: label('origin', lang) },
    { field: 'destination', type: 'nominal' as const, title: label('destination', lang) },
    { field: 'value', type: 'quantitative' as const, title: valueTitle, format },
  ];
  const head = {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    data: { values: data },
  };
  const title = options.title ?? label('relocationTitle', lang);

  if (view === 'matrix') {
    const origins = new Set(data.map((r) => r.origin)).size;
    const destinations = new Set(data.map((r) => r.destination)).size;
    const shape = lang === 'zh'
      ? `${origins}个迁出地 × ${destinations}个迁入地`
      : `${origins} origins × ${destinations} destinations`;
    const subtitle = options.subtitle ? `${shape} · ${options.subtitle}` : shape;
    const byTotal = { op: 'sum' as const, field: 'value', order: 'descending' as const };
    const x = { field: 'destination', type: 'nominal' as const, title: label('destination', lang), sort: byTotal, axis: { labelAngle: -45, orient: 'top' as const } };
    const y = { field: 'origin', type: 'nominal' as const, title: label('origin', lang), sort: byTotal };
    return {
      ...head,
      title: titleBlock(title, subtitle),
      width: options.width ?? { step: 34 },
      height: options.height ?? { step: 24 },
      transform: [{ joinaggregate: [{ op: 'max', field: 'value', as: 'max_value' }] }],
      encoding: { x, y },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: { field: 'value', type: 'quantitative', title: valueTitle, scale: { scheme: 'blues' }, legend: { format } },
            tooltip,
          },
        },
        {
          mark: { type: 'text', fontSize: 10 },
          encoding: {
            text: { field: 'value', type: 'quantitative', format },
            color: { condition: { test: 'datum.value > 0.5 * datum.max_value', value: 'white' }, value: '#222' },
          },
        },
      ],
    } as TopLevelSpec;
  }

  const shown = Math.min(top, data.length);
  const count = lang === 'zh' ? `前${shown}条走廊（共${data.length}条）` : `Top ${shown} of ${data.length} corridors`;
  const subtitle = options.subtitle ? `${count} · ${options.subtitle}` : count;
  // The display order, largest first (ties by name); an explicit list because a field sort
  // in a layered chart makes vega-lite drop the order ("conflicting sort properties").
  const order = data.map((r) => ({ corridor: r.corridor as string, value: r.value as number }))
    .sort((a, b) => b.value - a.value || (a.corridor < b.corridor ? -1 : a.corridor > b.corridor ? 1 : 0))
    .map((r) => r.corridor);
  const y = { field: 'corridor', type: 'nominal' as const, title: label('corridor', lang), sort: order, axis: { labelLimit: 220 } };
  const x = { field: 'value', type: 'quantitative' as const, title: valueTitle, axis: { format } };
  return {
    ...head,
    title: titleBlock(title, subtitle),
    width: options.width ?? DEFAULT_WIDTH - 160,
    height: options.height ?? Math.max(80, shown * 22),
    transform: [
      { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field: 'value', order: 'descending' }, { field: 'corridor', order: 'ascending' }] },
      { filter: { field: 'rank', lte: top } },
    ],
    encoding: { y, x },
    layer: [
      { mark: { type: 'bar', color: BASE_COLOR }, encoding: { tooltip } },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: '#333' },
        encoding: { text: { field: 'value', type: 'quantitative', format } },
      },
    ],
  } as TopLevelSpec;
}
