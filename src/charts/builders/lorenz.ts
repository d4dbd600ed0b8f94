/**
 * Chart: Lorenz curve(s) from given cumulative shares.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows, type Row } from '../rows.js';
import { label } from '../labels.js';
import { chartConfig, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** One point of a Lorenz curve: cumulative population share and cumulative value share, both 0–1. */
export interface LorenzPoint {
  population: number;
  value: number;
  /** Curve name when several curves are drawn (e.g. the year). */
  series?: string | number;
}

/** A Lorenz curve as the measures layer returns it (`lorenzCurve`): parallel arrays of cumulative shares. */
export interface LorenzCurveLike {
  populationShare: readonly number[];
  valueShare: readonly number[];
}

function isCurve(x: unknown): x is LorenzCurveLike {
  return typeof x === 'object' && x !== null && Array.isArray((x as LorenzCurveLike).populationShare)
    && Array.isArray((x as LorenzCurveLike).valueShare);
}

/** Options of {@link lorenzChart}. */
export interface LorenzChartOptions extends ChartOptions {
  /** Axis title of the value share (default "GDP累计占比"). */
  valueTitle?: string;
}

/**
 * The Lorenz curve through the points given (cumulative population share on x, cumulative
 * value share on y, both 0–1), with the line of equality. Accepts point rows or the
 * `{ populationShare, valueShare }` object of `lorenzCurve` (paired index by index). The builder draws the points it is
 * given in their order; it neither sorts nor adds the origin — the measure that produced the
 * points owns that.
 *
 * @throws DataError when a share is outside 0–1 or not a finite number, or a column is missing.
 * @example
 * ```ts
 * lorenzChart([{ population: 0, value: 0 }, { population: 1, value: 1 }]).title // { text: '洛伦兹曲线' }
 * ```
 */
export function lorenzChart(points: RowsInput<LorenzPoint> | LorenzCurveLike, options: LorenzChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  let input: RowsInput<LorenzPoint>;
  if (isCurve(points)) {
    if (points.populationShare.length !== points.valueShare.length) {
      throw new DataError('invalid', `populationShare has ${points.populationShare.length} points but valueShare ${points.valueShare.length}`,
        { function: 'lorenzChart' }, 'pass the curve exactly as lorenzCurve returns it');
    }
    input = points.populationShare.map((population, i) => ({ population, value: points.valueShare[i] as number }));
  } else {
    input = points;
  }
  const data = readRows(input, [
    { name: 'population', kind: 'number' },
    { name: 'value', kind: 'number' },
    { name: 'series', kind: 'key', optional: true },
  ], 'lorenzChart').map((r, i): Row => {
    for (const c of ['population', 'value'] as const) {
      const v = r[c] as number;
      if (v < -1e-12 || v > 1 + 1e-12) {
        throw new DataError('out-of-range', `cumulative share ${v} is outside 0–1`, { function: 'lorenzChart', row: i + 1, column: c },
          'pass cumulative shares as fractions');
      }
    }
    return { ...r, order: i };
  });
  const hasSeries = data.some((r) => r.series !== undefined && r.series !== null);
  const size = options.width ?? 360;
  const axisTitleX = label('cumPopulation', lang);
  const axisTitleY = options.valueTitle ?? label('cumValue', lang);
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('lorenzTitle', lang)),
    width: size,
    height: options.height ?? size,
    layer: [
      {
        data: { values: [{ population: 0, value: 0, name: label('equality', lang) }, { population: 1, value: 1, name: label('equality', lang) }] },
        mark: { type: 'line', color: '#999', strokeDash: [4, 4] },
        encoding: {
          x: { field: 'population', type: 'quantitative', title: axisTitleX, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          y: { field: 'value', type: 'quantitative', title: axisTitleY, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
        },
      },
      {
        data: { values: data },
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'population', type: 'quantitative' },
          y: { field: 'value', type: 'quantitative' },
          order: { field: 'order', type: 'quantitative' },
          ...(hasSeries ? { color: { field: 'series', type: 'nominal' as const, title: label('series', lang) } } : {}),
          tooltip: [
            { field: 'population', type: 'quantitative', title: axisTitleX, format: '.1%' },
            { field: 'value', type: 'quantitative', title: axisTitleY, format: '.1%' },
          ],
        },
      },
      {
        data: { values: [{ population: 0.5, value: 0.5, text: label('equality', lang) }] },
        mark: { type: 'text', color: '#777', angle: 315, dy: -8, fontSize: 11 },
        encoding: { x: { field: 'population', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}
