/**
 * Chart: completion of the plan's targets as a bullet chart.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { readRows } from '../rows.js';
import { label } from '../labels.js';
import { ALERT_COLOR, chartConfig, DEFAULT_WIDTH, OK_COLOR, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';
import { formatPercent } from '../format.js';

/** Options of {@link targetCompletionChart}. */
export interface TargetCompletionChartOptions extends ChartOptions {
  /** How `completion` is expressed: `'ratio'` (1 = on target, `trackTargets`' convention; default) or `'percent'` (100 = on target). */
  completionUnit?: 'ratio' | 'percent';
}

/** One plan target tracked against its outcome (the rows of `trackTargets`). */
export interface TargetTrackRow {
  /** Indicator name: text, or `{ zh, en }` (then `lang` picks one). */
  indicator: string | { zh: string; en: string };
  /** Unit of target and actual, e.g. `%`, `亿元`. */
  unit: string;
  /** Target year (`trackTargets` gives it): targets of one indicator for different years get a row each. */
  year?: number | null;
  target: number;
  /** Stretch target (力争值), when the plan gives one. */
  stretch?: number | null;
  /** Outcome; null when the data end before the target year. */
  actual: number | null;
  /** Completion as computed by `trackTargets`: a ratio actual/target (1 = on target) by default, or percent with `completionUnit: 'percent'`. */
  completion: number | null;
  met: boolean | null;
  /** Where `actual` comes from. */
  source: string;
}

/**
 * A bullet chart: one row per indicator and target year (the year leads the row label when the
 * rows carry one, so the 2015 and 2016 targets of one indicator are two rows, never one stacked
 * bar) with its own scale (units differ); a bar for the
 * actual value (green when met, red when not, absent when unknown), a black tick for the
 * target and a grey tick for the stretch target; the completion figure given by the rows is
 * printed as a percentage (one decimal) right of the marks.
 *
 * @throws DataError when a column is missing or a value has the wrong type.
 * @example
 * ```ts
 * targetCompletionChart([{ indicator: '转移园工业增加值', unit: '亿元', target: 2000, actual: 2100,
 *   completion: 1.05, met: true, source: '统计公报' }]).title // { text: '规划目标完成情况' }
 * ```
 */
export function targetCompletionChart(rows: RowsInput<TargetTrackRow>, options: TargetCompletionChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'indicator', kind: 'bilingual' },
    { name: 'unit', kind: 'string' },
    { name: 'year', kind: 'number?', optional: true },
    { name: 'target', kind: 'number' },
    { name: 'stretch', kind: 'number?', optional: true },
    { name: 'actual', kind: 'number?' },
    { name: 'completion', kind: 'number?' },
    { name: 'met', kind: 'boolean?' },
    { name: 'source', kind: 'string' },
  ], 'targetCompletionChart').map((r) => {
    const met = r.met;
    return {
      ...r,
      indicator: (r.indicator as { zh: string; en: string })[lang],
      label: `${typeof r.year === 'number' ? (lang === 'zh' ? `${r.year}年 ` : `${r.year}: `) : ''}${(r.indicator as { zh: string; en: string })[lang]}${lang === 'zh' ? `（${r.unit as string}）` : ` (${r.unit as string})`}`,
      status: met === true ? label('met', lang) : met === false ? label('notMet', lang) : label('noData', lang),
      completion_text: r.completion === null ? label('noData', lang)
        : formatPercent(r.completion as number, { fraction: (options.completionUnit ?? 'ratio') === 'ratio' }),
    };
  });
  const statuses = [label('met', lang), label('notMet', lang), label('noData', lang)];
  const indicators = [...new Set(data.map((r) => r.label))];
  const x = { type: 'quantitative' as const, title: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: { ...chartConfig(lang), header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelFontSize: 12, labelLimit: 400 } },
    title: titleBlock(options.title ?? label('targetTitle', lang)),
    data: { values: data },
    facet: { row: { field: 'label', type: 'nominal', title: null, sort: indicators, header: { labelOrient: 'top' } } },
    spec: {
      width: options.width ?? DEFAULT_WIDTH - 100,
      height: options.height ?? 26,
      layer: [
        {
          transform: [{ filter: 'datum.actual !== null' }],
          mark: { type: 'bar', height: 14 },
          encoding: {
            x: { ...x, field: 'actual' },
            color: { field: 'status', type: 'nominal', title: null, scale: { domain: statuses, range: [OK_COLOR, ALERT_COLOR, '#bbb'] } },
            tooltip: [
              { field: 'indicator', type: 'nominal', title: label('indicator', lang) },
              { field: 'actual', type: 'quantitative', title: label('actual', lang) },
              { field: 'target', type: 'quantitative', title: label('target', lang) },
              { field: 'completion_text', type: 'nominal', title: label('completion', lang) },
              { field: 'source', type: 'nominal', title: label('source', lang) },
            ],
          },
        },
        { mark: { type: 'tick', color: 'black', thickness: 3, size: 24 }, encoding: { x: { ...x, field: 'target' } } },
        { transform: [{ filter: 'isValid(datum.stretch)' }], mark: { type: 'tick', color: '#777', thickness: 2, size: 24 }, encoding: { x: { ...x, field: 'stretch' } } },
        {
          transform: [{ calculate: 'max(datum.target, isValid(datum.actual) ? datum.actual : datum.target, isValid(datum.stretch) ? datum.stretch : datum.target)', as: 'label_x' }],
          mark: { type: 'text', align: 'left', dx: 8, fontSize: 11 },
          encoding: { x: { ...x, field: 'label_x' }, text: { field: 'completion_text' } },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}

