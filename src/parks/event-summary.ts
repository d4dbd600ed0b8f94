/**
 * `parkEventSummary`: the published park evaluation results up to a year, as the table rows and
 * the counts a report states (years with a named excellent list, disqualifications, restorations,
 * years with an announced yellow-card count).
 * @module
 */
import type { ParkAggregateFact, ParkEvent } from '../data/facts.js';
import { parkEvaluationEventTable, type ParkEvaluationEventRow } from './events.js';

/** One row of the events table, the parks joined with 、. */
export interface ParkEventTableRow {
  year: number;
  event: string;
  n: number;
  /** Park names joined with 、, or （报道未列园区名称） for a count announced without names. */
  parks: string;
  /** Source ids joined with 、. */
  source: string;
}

/** What {@link parkEventSummary} returns. */
export interface ParkEventSummary {
  /** The rows of {@link parkEvaluationEventTable} up to `to`. */
  events: ParkEvaluationEventRow[];
  rows: ParkEventTableRow[];
  /** Years with a named excellent list, as "2012年 15 个". */
  excellentYears: string[];
  /** Years with an announced yellow-card count (names not published). */
  yellowCountYears: number;
  /** The results in one sentence (Chinese). */
  summaryZh: string;
}

/**
 * Summarise the published evaluation results of year ≤ `to` (null: all): the events table, the
 * years with a named 考核优秀 list, the parks disqualified (and restored) by name, the counts of
 * parks disqualified without names, and the years with an announced yellow-card count.
 * @throws DataError what {@link parkEvaluationEventTable} refuses.
 * @example
 * ```ts
 * parkEventSummary(loadParkEvents(), loadParkAggregateFacts(), null).excellentYears.length // 4
 * ```
 */
export function parkEventSummary(events: ReadonlyArray<ParkEvent>, facts: ReadonlyArray<ParkAggregateFact>, to: number | null): ParkEventSummary {
  const upTo = to ?? Number.POSITIVE_INFINITY;
  const ev = events.filter((e) => e.year <= upTo);
  const table = parkEvaluationEventTable(ev, facts.filter((f) => f.year <= upTo));
  const rows = table.map((r) => ({ year: r.year, event: r.event, n: r.n, parks: r.named ? r.parks.join('、') : '（报道未列园区名称）', source: r.sources.join('、') }));
  const excellentYears = rows.filter((r) => r.event === '考核优秀').map((r) => `${r.year}年 ${r.n} 个`);
  const disq = ev.filter((e) => e.event_type === 'evaluation: disqualified');
  const restored = ev.filter((e) => e.event_type === 'restored');
  const named = disq.map((e) => `${e.year}年${e.park_name_as_published}被取消资格`).join('；')
    + (restored.length ? `，${restored.map((e) => `${e.year}年恢复`).join('、')}` : '');
  const announced = table.filter((r) => r.code === '取消省产业园资格园区数').map((r) => `${r.year}年另有 ${r.n} 个园区因连续两年黄牌被取消资格（报道未列名称）`).join('；');
  const rest = [named, announced].filter((x) => x !== '').join('；');
  const summaryZh = `公开了考核优秀园区名称的有 ${excellentYears.length} 年（${excellentYears.join('，')}）。${rest === '' ? '' : `${rest}。`}`;
  return { events: table, rows, excellentYears, yellowCountYears: table.filter((r) => r.code === '黄牌警告园区数').length, summaryZh };
}
