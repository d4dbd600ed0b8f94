import { describe, expect, it } from 'vitest';
import { taskSchedule, taskStatus } from '../../src/parks/tasks.js';
import { plan2011 } from '../../src/parks/plan.js';
import { DataError } from '../../src/core/errors.js';

describe('taskSchedule', () => {
  it('turns every schedule of the plan into ISO windows', () => {
    const w = taskSchedule(plan2011.tasks, { year: 2011 });
    expect(w[0]).toMatchObject({ schedule: '3月', start: '2011-03-01', end: '2011-03-31' });
    expect(w[4]).toMatchObject({ schedule: '6-10月', start: '2011-06-01', end: '2011-10-31' });
    expect(w[5]).toMatchObject({ schedule: '6-12月', start: '2011-06-01', end: '2011-12-31' });
    expect(w[6]).toMatchObject({ schedule: '全年', start: '2011-01-01', end: '2011-12-31' });
    expect(w[7]).toMatchObject({ schedule: '3-7月', start: '2011-03-01', end: '2011-07-31' });
    expect(w[10]).toMatchObject({ schedule: '2-4月', start: '2011-02-01', end: '2011-04-30' });
  });

  it('knows leap years and other dash forms', () => {
    expect(taskSchedule([{ number: 1, text: 'x', schedule: '2月' }], { year: 2012 })[0]!.end).toBe('2012-02-29');
    expect(taskSchedule([{ number: 1, text: 'x', schedule: '3月至5月' }], { year: 2011 })[0]).toMatchObject({ start: '2011-03-01', end: '2011-05-31' });
  });

  it('refuses unknown formats with a typed error', () => {
    for (const schedule of ['上半年', '13月', '10-3月', '']) {
      try {
        taskSchedule([{ number: 7, text: 'x', schedule }], { year: 2011 });
        throw new Error(`accepted ${schedule}`);
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        expect([(e as DataError).code, (e as DataError).column, (e as DataError).row]).toEqual(['invalid', 'schedule', 1]);
      }
    }
  });
});

describe('taskStatus', () => {
  const progress = Object.freeze([
    Object.freeze({ number: 1, startedOn: '2011-03-01', doneOn: '2011-03-25' }),
    Object.freeze({ number: 3, startedOn: '2011-03-10', doneOn: '2011-05-20' }),
    Object.freeze({ number: 5, startedOn: '2011-06-15' }),
    Object.freeze({ number: 11, startedOn: '2011-02-10' }),
  ]);
  const s = taskStatus(plan2011.tasks, progress, '2011-06-30');

  it('classifies done, late, in progress, overdue and not started', () => {
    expect([s[0]!.status, s[0]!.late]).toEqual(['done', false]);
    expect([s[2]!.status, s[2]!.late]).toEqual(['done', true]); // due April, done 20 May
    expect(s[4]!.status).toBe('in-progress');
    expect(s[10]!.status).toBe('overdue'); // 2-4月, started but not done by 30 June
    expect(s[1]!.status).toBe('overdue'); // 4月, no record
    expect([s[9]!.status, s[9]!.startDue]).toEqual(['not-started', true]); // 6-8月, nothing yet
    expect(s.filter((x) => x.status === 'not-started').map((x) => x.number)).toEqual([6, 7, 8, 9, 10, 12, 13, 14, 15, 16]);
    expect(s.filter((x) => x.status === 'overdue').map((x) => x.number)).toEqual([2, 4, 11]);
  });

  it('a completion after asOf is not yet done', () => {
    expect(taskStatus(plan2011.tasks, progress, '2011-03-20')[0]!.status).toBe('in-progress');
  });

  it('refuses unknown tasks, duplicates and bad dates', () => {
    expect(() => taskStatus(plan2011.tasks, [{ number: 17 }], '2011-06-30')).toThrowError(/no task number 17/);
    expect(() => taskStatus(plan2011.tasks, [{ number: 1 }, { number: 1 }], '2011-06-30')).toThrowError(/two progress records/);
    expect(() => taskStatus(plan2011.tasks, [{ number: 1, doneOn: '2011-02-30' }], '2011-06-30')).toThrowError(/not an ISO date/);
    expect(() => taskStatus(plan2011.tasks, [], '30/06/2011')).toThrow(DataError);
  });
});
