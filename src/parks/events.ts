/**
 * The evaluation results of the transfer parks that public reports give: named results
 * ({@link loadParkEvents}) and counts announced without names ({@link loadParkAggregateFacts}),
 * as one table by year and result.
 * @module
 */
import { DataError } from '../core/errors.js';
import type { ParkAggregateFact, ParkEvent } from '../data/facts.js';
import { parkEventTypeLabel, PARK_EVALUATION_EVENT_TYPES } from '../data/labels.js';

/** One year and result: how many parks, which (when named), from which sources. */
export interface ParkEvaluationEventRow {
  year: number;
  /** The result in Chinese (e.g. 考核优秀, 黄牌警告). */
  event: string;
  /** The `event_type` of a named result, or the `indicator_zh` of an announced count. */
  code: string;
  /** Number of parks. */
  n: number;
  /** Park names as published, in source order; empty for an announced count. */
  parks: string[];
  /** Source ids, each once, in order of first use. */
  sources: string[];
  /** True for results listed park by park, false for counts announced without names. */
  named: boolean;
}

/** Counts the province announced without naming the parks (`indicator_zh` → Chinese result). */
const ANNOUNCED: Readonly<Record<string, string>> = {
  考评优秀园区数: '考核优秀（全省通报）',
  考评不达标园区数: '考核不达标（全省通报批评）',
  黄牌警告园区数: '黄牌警告',
  取消省产业园资格园区数: '取消省产业园资格（连续两年黄牌）',
};

/**
 * The park evaluation results by year: named events of an evaluation type
 * ({@link PARK_EVALUATION_EVENT_TYPES}) grouped by year and result, plus the counts announced
 * without names (excellent, substandard, yellow card, disqualified). An announced count of
 * excellent parks is left out for a year whose excellent parks are listed by name, after
 * checking the two agree. Rows are sorted by year (named rows first within a year, in
 * source order). The inputs are not modified.
 * @throws {DataError} `invalid` when the number of parks listed by name as excellent in a year
 *   differs from the count announced for that year.
 * @example
 * ```ts
 * parkEvaluationEventTable(loadParkEvents(), loadParkAggregateFacts()).find((r) => r.code === '黄牌警告园区数')
 * // { year: 2015, event: '黄牌警告', code: '黄牌警告园区数', n: 3, parks: [], sources: ['S…'], named: false }
 * ```
 */
export function parkEvaluationEventTable(events: ReadonlyArray<ParkEvent>, facts: ReadonlyArray<ParkAggregateFact>): ParkEvaluationEventRow[] {
  const rows: ParkEvaluationEventRow[] = [];
  for (const e of events) {
    if (PARK_EVALUATION_EVENT_TYPES.indexOf(e.event_type) < 0) continue;
    const event = parkEventTypeLabel(e.event_type, 'zh');
    const row = rows.find((r) => r.year === e.year && r.code === e.event_type);
    if (row) {
      row.n += 1;
      row.parks.push(e.park_name_as_published);
      if (row.sources.indexOf(e.source_id) < 0) row.sources.push(e.source_id);
    } else rows.push({ year: e.year, event, code: e.event_type, n: 1, parks: [e.park_name_as_published], sources: [e.source_id], named: true });
  }
  facts.forEach((f, i) => {
    const event = ANNOUNCED[f.indicator_zh];
    if (event === undefined || f.value_number === null) return;
    if (f.indicator_zh === '考评优秀园区数') {
      const named = rows.find((r) => r.named && r.year === f.year && r.code === 'evaluation: excellent');
      if (named) {
        if (named.n !== f.value_number) {
          throw new DataError('invalid', `${f.year}: ${named.n} excellent parks listed by name, ${f.value_number} announced`, { input: 'park aggregate facts', row: i + 1, column: 'value' },
            'check the park events and the announced count of the same year');
        }
        return;
      }
    }
    rows.push({ year: f.year, event, code: f.indicator_zh, n: f.value_number, parks: [], sources: [f.source_id], named: false });
  });
  return rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i).map(({ r }) => r);
}
