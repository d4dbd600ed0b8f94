/**
 * `parkEventSummary`: the published park evaluation results up to a year, as the table rows and
 * the counts a report states (years with a named excellent list, disqualifications, restorations,
 * years with an announced yellow-card count).
 * @module
 */
import { SOURCE_GRADE_LABELS, usableInFindings, type ParkAggregateFact, type ParkEvent } from '../data/facts.js';
import { parkSources, type GradedParkSource } from '../data/park-source-grade.js';
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
  /** The Chinese grade label of each source (`parkSourceGrade`), in the order of `source`, joined with 、. */
  grade: string;
  /** Whether every source of the row has a grade a finding may rest on (not `other`). */
  usable: boolean;
}

/** What {@link parkEventSummary} returns. */
export interface ParkEventSummary {
  /** The rows of {@link parkEvaluationEventTable} up to `to`. */
  events: ParkEvaluationEventRow[];
  rows: ParkEventTableRow[];
  /** Years with a named excellent list, as "2012年 15 个", whatever the grade of the source (what the table shows). */
  excellentYears: string[];
  /** The same, only rows whose sources all have a usable grade (what a finding may count). */
  usableExcellentYears: string[];
  /** Years with an announced yellow-card count (names not published), usable grades only. */
  yellowCountYears: number;
  /** The rows resting on a source graded `other`, in one sentence (Chinese); '' when none. */
  gradeNoteZh: string;
  /** The sources of `rows`, graded, in order of first use (for `cite`). */
  sources: GradedParkSource[];
  /** The results in one sentence (Chinese). */
  summaryZh: string;
}

/**
 * Summarise the published evaluation results of year ≤ `to` (null: all): the events table, the
 * years with a named 考核优秀 list, the parks disqualified (and restored) by name, the counts of
 * parks disqualified without names, and the years with an announced yellow-card count. Each row
 * carries the grades of its sources (`parkSourceGrade`); `usableExcellentYears`,
 * `yellowCountYears` and `gradeNoteZh` keep what a finding may rest on apart from what is only shown.
 * @throws DataError what {@link parkEvaluationEventTable} refuses, or a source id outside the park source registry.
 * @example
 * ```ts
 * parkEventSummary(loadParkEvents(), loadParkAggregateFacts(), null).excellentYears.length // 4
 * ```
 */
export function parkEventSummary(events: ReadonlyArray<ParkEvent>, facts: ReadonlyArray<ParkAggregateFact>, to: number | null): ParkEventSummary {
  const upTo = to ?? Number.POSITIVE_INFINITY;
  const ev = events.filter((e) => e.year <= upTo);
  const table = parkEvaluationEventTable(ev, facts.filter((f) => f.year <= upTo));
  const graded = parkSources(table.flatMap((r) => r.sources));
  const rows = table.map((r): ParkEventTableRow => {
    const grades = r.sources.map((id) => graded.find((s) => s.id === id)!.grade);
    return {
      year: r.year, event: r.event, n: r.n, parks: r.named ? r.parks.join('、') : '（报道未列园区名称）', source: r.sources.join('、'),
      grade: grades.map((g) => SOURCE_GRADE_LABELS[g].zh).join('、'), usable: grades.every(usableInFindings),
    };
  });
  const excellent = rows.filter((r) => r.event === '考核优秀');
  const excellentYears = excellent.map((r) => `${r.year}年 ${r.n} 个`);
  const usableExcellentYears = excellent.filter((r) => r.usable).map((r) => `${r.year}年 ${r.n} 个`);
  const other = rows.filter((r) => !r.usable).map((r) => `${r.year}年${r.event}（${r.source}）`);
  const gradeNoteZh = other.length ? `来源等级为“其他”、只列示不作依据的有：${other.join('、')}。` : '';
  const disq = ev.filter((e) => e.event_type === 'evaluation: disqualified');
  const restored = ev.filter((e) => e.event_type === 'restored');
  const named = disq.map((e) => `${e.year}年${e.park_name_as_published}被取消资格`).join('；')
    + (restored.length ? `，${restored.map((e) => `${e.year}年恢复`).join('、')}` : '');
  const announced = table.filter((r) => r.code === '取消省产业园资格园区数').map((r) => `${r.year}年另有 ${r.n} 个园区因连续两年黄牌被取消资格（报道未列名称）`).join('；');
  const rest = [named, announced].filter((x) => x !== '').join('；');
  const summaryZh = `公开了考核优秀园区名称的有 ${excellentYears.length} 年（${excellentYears.join('，')}）。${rest === '' ? '' : `${rest}。`}`;
  const yellowCountYears = table.filter((r, i) => r.code === '黄牌警告园区数' && rows[i]!.usable).length;
  return { events: table, rows, excellentYears, usableExcellentYears, yellowCountYears, gradeNoteZh, summaryZh, sources: graded };
}
