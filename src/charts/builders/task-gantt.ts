/**
 * Chart: the action plan's tasks as a Gantt chart.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows, type Row } from '../rows.js';
import { label } from '../labels.js';
import { BASE_COLOR, chartConfig, DEFAULT_WIDTH, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** One task of the plan with its scheduled period (ISO dates). */
export interface TaskScheduleRow {
  /** Task number (1–16 for the 2011 plan). */
  number: number;
  /** Task wording. */
  text: string;
  /** Start date, `YYYY-MM-DD`. */
  start: string;
  /** End date, `YYYY-MM-DD` (not before `start`). */
  end: string;
}

/** Options of {@link taskGanttChart}. */
export interface TaskGanttChartOptions extends ChartOptions {
  /** Maximum width in pixels of a task label before it is cut with "…" (default 260). */
  labelLimit?: number;
}

/**
 * A Gantt chart: one bar per task from `start` to `end`, tasks in number order top to bottom,
 * labelled "任务N 文本" (cut at `labelLimit` pixels; the full text is in the tooltip). Dates are
 * read and drawn in UTC so the picture does not depend on the machine's time zone.
 *
 * @throws DataError when a date is not ISO, `end` is before `start`, or a column is missing.
 * @example
 * ```ts
 * taskGanttChart([{ number: 1, text: '推进产业转移园区建设', start: '2011-01-01', end: '2015-12-31' }]).title
 * // { text: '《行动计划》16项主要任务进度' }
 * ```
 */
export function taskGanttChart(rows: RowsInput<TaskScheduleRow>, options: TaskGanttChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'number', kind: 'number' },
    { name: 'text', kind: 'string' },
    { name: 'start', kind: 'date' },
    { name: 'end', kind: 'date' },
  ], 'taskGanttChart').map((r, i): Row => {
    if (Date.parse(r.end as string) < Date.parse(r.start as string)) {
      throw new DataError('out-of-range', `end ${r.end as string} is before start ${r.start as string}`,
        { function: 'taskGanttChart', row: i + 1, column: 'end' }, 'swap the dates or correct the schedule');
    }
    const prefix = lang === 'zh' ? `任务${r.number as number}` : `Task ${r.number as number}`;
    return { ...r, task: `${prefix} ${r.text as string}` };
  });
  const order = [...data].sort((a, b) => (a.number as number) - (b.number as number)).map((r) => r.task as string);
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('ganttTitle', lang)),
    width: options.width ?? DEFAULT_WIDTH - 140,
    height: options.height ?? Math.max(120, data.length * 20),
    data: { values: data },
    mark: { type: 'bar', color: BASE_COLOR, cornerRadius: 2 },
    encoding: {
      y: { field: 'task', type: 'nominal', title: null, sort: order, axis: { labelLimit: options.labelLimit ?? 260 } },
      x: { field: 'start', type: 'temporal', timeUnit: 'utcyearmonthdate', title: null, scale: { type: 'utc' }, axis: { format: '%Y', tickCount: 'year' } },
      x2: { field: 'end', timeUnit: 'utcyearmonthdate' },
      tooltip: [
        { field: 'task', type: 'nominal', title: label('task', lang) },
        { field: 'start', type: 'temporal', timeUnit: 'utcyearmonthdate', title: label('start', lang), format: '%Y-%m-%d' },
        { field: 'end', type: 'temporal', timeUnit: 'utcyearmonthdate', title: label('end', lang), format: '%Y-%m-%d' },
      ],
    },
  };
}
