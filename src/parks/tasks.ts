/**
 * Planned windows and status of the plan's dated tasks.
 * @module
 */
import { DataError, type DataLocation } from '../core/errors.js';

/** A task as {@link taskSchedule} and {@link taskStatus} need it (e.g. an entry of `plan2011.tasks`). */
export interface ScheduledTask {
  number: number;
  text: string;
  /** As written: "3月", "6-10月", "全年", "2-4月"… */
  schedule: string;
}

/** A task with its planned window. */
export interface TaskWindow {
  number: number;
  text: string;
  schedule: string;
  /** First day of the window, ISO date. */
  start: string;
  /** Last day of the window, ISO date. */
  end: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Turn each task's schedule as written into a planned window of ISO dates.
 *
 * Formats: "M月" → the whole month; "M-N月" (also with －, ～, ~, —, 至 or 到) → from the first
 * of M to the last day of N; "全年" → the whole year. Anything else is refused, never guessed.
 *
 * @throws {DataError} (`code: 'invalid'`, `column: 'schedule'`, `row`: the task's position)
 *   an unknown format, a month outside 1–12, or a window that ends before it starts.
 * @example
 * ```ts
 * taskSchedule([{ number: 5, text: '…', schedule: '6-10月' }], { year: 2011 });
 * // → [{ number: 5, text: '…', schedule: '6-10月', start: '2011-06-01', end: '2011-10-31' }]
 * ```
 */
export function taskSchedule(tasks: ReadonlyArray<ScheduledTask>, options: { year: number }): TaskWindow[] {
  const year = options?.year;
  if (!Number.isInteger(year)) throw new DataError('invalid', `year ${String(year)} is not an integer`, { column: 'year' });
  return tasks.map((t, i) => {
    const where = { input: 'tasks', row: i + 1, column: 'schedule' };
    const s = String(t.schedule ?? '').trim().replace(/\s+/g, '');
    let from: number;
    let to: number;
    let m: RegExpMatchArray | null;
    if (s === '全年') {
      from = 1; to = 12;
    } else if ((m = s.match(/^(\d{1,2})月$/))) {
      from = to = Number(m[1]);
    } else if ((m = s.match(/^(\d{1,2})(?:月)?[-－~～—至到](\d{1,2})月$/))) {
      from = Number(m[1]); to = Number(m[2]);
    } else {
      throw new DataError('invalid', `task ${t.number}: schedule "${t.schedule}" is not a known format`, where, 'write "3月", "6-10月" or "全年"');
    }
    if (from < 1 || from > 12 || to < 1 || to > 12) throw new DataError('invalid', `task ${t.number}: month outside 1–12 in "${t.schedule}"`, where);
    if (to < from) throw new DataError('invalid', `task ${t.number}: window "${t.schedule}" ends before it starts`, where, 'a window across the new year is not supported; split it');
    return { number: t.number, text: t.text, schedule: t.schedule, start: iso(year, from, 1), end: iso(year, to, lastDay(year, to)) };
  });
}

/** Progress a user reports on one task (ISO dates). */
export interface TaskProgress {
  number: number;
  /** Day work started, if it has. */
  startedOn?: string;
  /** Day the task was completed, if it was. */
  doneOn?: string;
  /** Free note, passed through. */
  note?: string;
}

/** Status of a task on a given day. */
export type TaskState = 'not-started' | 'in-progress' | 'done' | 'overdue';

/** A task's status on the `asOf` day. */
export interface TaskStatusRow extends TaskWindow {
  status: TaskState;
  /** For done tasks: completed after the planned end. */
  late: boolean;
  /** For not-started tasks: the planned start has passed. */
  startDue: boolean;
  note: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(value: string, where: DataLocation): string {
  if (!ISO.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new DataError('invalid', `"${value}" is not an ISO date (YYYY-MM-DD)`, where);
  }
  return value;
}

/**
 * Status of each task on a day, from the progress records users supply.
 *
 * Rule: `done` if completed on or before `asOf`; otherwise `overdue` if `asOf` is after the
 * planned end; otherwise `in-progress` if work started on or before `asOf`; otherwise
 * `not-started` (with `startDue` when the planned start has passed). Tasks without a
 * progress record have not started. Dates are compared as ISO strings (calendar days).
 *
 * @param tasks tasks with schedules as written (e.g. `plan2011.tasks`).
 * @param progress one record per task at most.
 * @param asOf the day to report on, ISO date; the plan year is taken from it.
 * @throws {DataError} a malformed date, progress for an unknown task, two records for one task,
 *   a task finished before it started, and everything {@link taskSchedule} refuses.
 * @example
 * ```ts
 * taskStatus(plan2011.tasks, [{ number: 1, doneOn: '2011-03-25' }], '2011-05-01')[0].status; // → 'done'
 * taskStatus(plan2011.tasks, [], '2011-05-01')[1].status; // → 'overdue' (task 2 was due in April)
 * ```
 */
export function taskStatus(tasks: ReadonlyArray<ScheduledTask>, progress: ReadonlyArray<TaskProgress>, asOf: string): TaskStatusRow[] {
  checkDate(asOf, { input: 'asOf', column: 'asOf' });
  const windows = taskSchedule(tasks, { year: Number(asOf.slice(0, 4)) });
  const byNumber = new Map<number, TaskProgress>();
  progress.forEach((p, i) => {
    const where = { input: 'progress', row: i + 1, column: 'number' };
    if (!tasks.some((t) => t.number === p.number)) throw new DataError('unknown-category', `no task number ${p.number}`, where);
    if (byNumber.has(p.number)) throw new DataError('duplicate-key', `two progress records for task ${p.number}`, where, 'keep the latest one');
    if (p.startedOn !== undefined) checkDate(p.startedOn, { ...where, column: 'startedOn' });
    if (p.doneOn !== undefined) checkDate(p.doneOn, { ...where, column: 'doneOn' });
    if (p.startedOn !== undefined && p.doneOn !== undefined && p.doneOn < p.startedOn) {
      throw new DataError('invalid', `task ${p.number} is done (${p.doneOn}) before it started (${p.startedOn})`, { ...where, column: 'doneOn' });
    }
    byNumber.set(p.number, p);
  });
  return windows.map((w) => {
    const p = byNumber.get(w.number);
    const done = p?.doneOn !== undefined && p.doneOn <= asOf;
    const started = (p?.startedOn !== undefined && p.startedOn <= asOf) || done;
    const status: TaskState = done ? 'done' : asOf > w.end ? 'overdue' : started ? 'in-progress' : 'not-started';
    return { ...w, status, late: done && p!.doneOn! > w.end, startDue: status === 'not-started' && asOf >= w.start, note: p?.note ?? null };
  });
}
