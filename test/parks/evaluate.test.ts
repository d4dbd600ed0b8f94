import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateParks, type ParkDecision, type ParkEvaluationRecord } from '../../src/parks/evaluate.js';
import { loadRuleSet, validateRuleSet } from '../../src/parks/rule-set.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';

let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler(() => {}); });
afterAll(() => { setWarningHandler(restore); });

const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null) { Object.values(x).forEach(deepFreeze); Object.freeze(x); }
  return x;
};
const find = (ds: ParkDecision[], parkId: string, year: number) => {
  const d = ds.find((x) => x.parkId === parkId && x.year === year);
  if (!d) throw new Error(`no decision for ${parkId} ${year}`);
  return d;
};

/** Four years under gd-2011: ties, a gap, a disqualification and re-entry, a conflicting input status. */
const scenario2011: ParkEvaluationRecord[] = deepFreeze([
  { parkId: 'P01', year: 2011, status: 'demonstration', score: 90 },
  { parkId: 'P02', year: 2011, status: 'demonstration', score: 85 },
  { parkId: 'P03', year: 2011, status: 'demonstration', score: 70 },
  { parkId: 'P04', year: 2011, status: 'demonstration', score: 70 },
  { parkId: 'P05', year: 2011, status: 'ordinary', score: 65 },
  { parkId: 'P06', year: 2011, status: 'ordinary', score: 50 },
  { parkId: 'P01', year: 2012, score: 88 },
  { parkId: 'P02', year: 2012, score: 60 },
  { parkId: 'P03', year: 2012, score: 75 },
  { parkId: 'P04', year: 2012, score: 62 },
  { parkId: 'P05', year: 2012, score: 80 },
  { parkId: 'P07', year: 2012, status: 'demonstration', score: 95 },
  { parkId: 'P01', year: 2013, score: 90 },
  { parkId: 'P02', year: 2013, score: 40 },
  { parkId: 'P04', year: 2013, score: 65 },
  { parkId: 'P05', year: 2013, score: 85 },
  { parkId: 'P06', year: 2013, score: 75 },
  { parkId: 'P07', year: 2013, score: 92 },
  { parkId: 'P01', year: 2014, score: 90 },
  { parkId: 'P02', year: 2014, status: 'demonstration', score: 95 },
  { parkId: 'P03', year: 2014, score: 61 },
  { parkId: 'P04', year: 2014, score: 63 },
  { parkId: 'P05', year: 2014, score: 85 },
  { parkId: 'P06', year: 2014, score: 80 },
  { parkId: 'P07', year: 2014, score: 92 },
]);

describe('evaluateParks with gd-2011 (the 2011 action plan)', () => {
  const { decisions, warnings } = evaluateParks(scenario2011, { rules: 'gd-2011' });

  it('ranks by score descending, ties by parkId, and says so', () => {
    const y = decisions.filter((d) => d.year === 2011);
    expect(y.map((d) => [d.parkId, d.rank])).toEqual([['P01', 1], ['P02', 2], ['P03', 3], ['P04', 4], ['P05', 5], ['P06', 6]]);
    expect(find(decisions, 'P04', 2011).reasons.join('\n')).toMatch(/与P03同分，按园区编号排序 \/ tied with P03: ties ordered by parkId/);
  });

  it('gives the bottom three a yellow card and disqualifies an ordinary park that fails', () => {
    expect(decisions.filter((d) => d.year === 2011 && d.yellowCard).map((d) => d.parkId)).toEqual(['P04', 'P05', 'P06']);
    const p6 = find(decisions, 'P06', 2011);
    expect([p6.compliant, p6.failed, p6.statusAfter]).toEqual([false, ['score'], 'disqualified']);
    expect(p6.reasons.at(-1)).toBe('考评不达标，取消省产业转移工业园资格 / failed the evaluation: disqualified');
    expect(find(decisions, 'P04', 2011).statusAfter).toBe('demonstration');
  });

  it('demotes a demonstration park in the bottom three two years running', () => {
    const p4 = find(decisions, 'P04', 2012);
    expect([p4.rank, p4.bottomStreak, p4.statusBefore, p4.statusAfter]).toEqual([5, 2, 'demonstration', 'ordinary']);
    expect(p4.reasons.at(-1)).toBe('连续两年排名后三，降为非示范园 / bottom three two years running: demoted');
  });

  it('treats a score equal to the pass mark as a pass', () => {
    const p2 = find(decisions, 'P02', 2012);
    expect([p2.score, p2.compliant, p2.statusAfter, p2.yellowCard]).toEqual([60, true, 'demonstration', true]);
  });

  it('lists both reasons when a park fails and is in the bottom three again', () => {
    const p2 = find(decisions, 'P02', 2013);
    expect(p2.statusAfter).toBe('ordinary');
    expect(p2.reasons.at(-1)).toBe('考评不达标且连续两年排名后三，降为非示范园 / failed the evaluation and bottom three two years running: demoted');
  });

  it('restarts the streak after a demotion: the demoted park needs two more bottom-three years', () => {
    const p4 = find(decisions, 'P04', 2013);
    expect([p4.yellowCard, p4.bottomStreak, p4.statusAfter]).toEqual([true, 1, 'ordinary']);
    const p4b = find(decisions, 'P04', 2014);
    expect([p4b.bottomStreak, p4b.statusAfter]).toEqual([2, 'disqualified']);
    expect(p4b.reasons.at(-1)).toBe('连续两次排名后三，取消省产业转移工业园资格 / bottom three two times running: disqualified');
  });

  it('lets a disqualified park re-enter as an ordinary park with fresh streaks', () => {
    const p6 = find(decisions, 'P06', 2013);
    expect([p6.statusBefore, p6.bottomStreak, p6.statusAfter]).toEqual(['ordinary', 1, 'ordinary']);
    expect(p6.reasons[0]).toMatch(/^2011年取消省产业转移工业园资格后重新参评/);
    expect(find(decisions, 'P06', 2014).statusAfter).toBe('disqualified');
  });

  it('restarts streaks after a missing year (a park that leaves and comes back)', () => {
    const p3 = find(decisions, 'P03', 2014);
    expect([p3.yellowCard, p3.bottomStreak, p3.statusAfter]).toEqual([true, 1, 'demonstration']);
    expect(p3.reasons[0]).toBe('上次参评为2012年，中间缺年，连续计数重新开始 / last evaluated in 2012: after the gap, streaks restart');
  });

  it('reports a conflicting input status and keeps the derived one', () => {
    const p2 = find(decisions, 'P02', 2014);
    expect(p2.conflict).toEqual({ input: 'demonstration', derived: 'ordinary' });
    expect(p2.statusBefore).toBe('ordinary');
    expect(warnings.map((w) => w.code)).toEqual(['park-status-conflict']);
    expect(warnings[0]!.row).toBe(20);
  });

  it('decisions are reproducible from the rule file alone', () => {
    const fromFile = validateRuleSet(JSON.parse(readFileSync(new URL('../../data/rules/gd-2011.json', import.meta.url), 'utf8')));
    expect(evaluateParks(scenario2011, { rules: fromFile }).decisions).toEqual(decisions);
  });

  it('is driven by the rule data: a user rule set with a bottom two changes the yellow cards', () => {
    const base = JSON.parse(JSON.stringify(loadRuleSet('gd-2011'))) as ReturnType<typeof loadRuleSet>;
    const custom = { ...base, id: 'bottom-two', ranking: { within: 'year' as const, bottom: { count: 2, among: 'all' as const } } };
    const ds = evaluateParks(scenario2011, { rules: custom }).decisions;
    expect(ds.filter((d) => d.year === 2011 && d.yellowCard).map((d) => d.parkId)).toEqual(['P05', 'P06']);
    expect(ds.every((d) => d.ruleSet === 'bottom-two')).toBe(true);
  });

  it('a higher pass mark fails more parks', () => {
    const ds = evaluateParks(scenario2011, { rules: 'gd-2011', passMark: 66 }).decisions;
    expect(find(ds, 'P05', 2011).statusAfter).toBe('disqualified');
  });
});

describe('evaluateParks with gd-2014 (粤办函〔2014〕23号)', () => {
  const all = { investment: true, valueAdded: true, tax: true, land: true, environment: true };
  const records: ParkEvaluationRecord[] = deepFreeze([
    { parkId: 'A1', year: 2015, category: '示范园', score: 80, passes: all },
    { parkId: 'A2', year: 2015, category: '示范园', score: 70, passes: { ...all, investment: false } },
    { parkId: 'A3', year: 2015, category: '示范园', score: 60, passes: { ...all, tax: false, land: false } },
    { parkId: 'A4', year: 2015, category: '示范园', score: 90, passes: { ...all, tax: false } },
    { parkId: 'A5', year: 2015, category: '示范园', score: 50, passes: { ...all, environment: false } },
    { parkId: 'A6', year: 2015, category: '示范园', score: 55, passes: { ...all, valueAdded: false, tax: false } },
    { parkId: 'B1', year: 2015, category: '一般', score: 40, passes: { valueAdded: true, tax: true, land: true, environment: true },
      indicators: { investment: { actual: 8, target: 10 } } },
    { parkId: 'B2', year: 2015, category: '一般', score: 30, passes: all },
    { parkId: 'A3', year: 2016, category: '示范园', score: 60, passes: all },
    { parkId: 'A5', year: 2016, category: '示范园', score: 52, passes: { ...all, environment: false } },
    { parkId: 'A1', year: 2016, category: '示范园', score: 81, passes: all },
  ]);
  const { decisions } = evaluateParks(records, { rules: 'gd-2014' });

  it('applies the compliance rule: investment or environment, or two of tax/value added/land', () => {
    const c = (id: string) => [find(decisions, id, 2015).compliant, find(decisions, id, 2015).failed];
    expect(c('A1')).toEqual([true, []]);
    expect(c('A2')).toEqual([false, ['investment']]);
    expect(c('A3')).toEqual([false, ['tax', 'land']]);
    expect(c('A4')).toEqual([true, ['tax']]);
    expect(c('A5')).toEqual([false, ['environment']]);
    expect(c('A6')).toEqual([false, ['valueAdded', 'tax']]);
    expect(c('B1')).toEqual([false, ['investment']]); // derived: 8 < 10
  });

  it('ranks within category and cards the three lowest-ranked non-compliant parks of each', () => {
    expect(decisions.filter((d) => d.year === 2015 && d.rankGroup === '示范园').map((d) => `${d.parkId}:${d.rank}`))
      .toEqual(['A4:1', 'A1:2', 'A2:3', 'A3:4', 'A6:5', 'A5:6']);
    expect(decisions.filter((d) => d.year === 2015 && d.yellowCard).map((d) => d.parkId)).toEqual(['B1', 'A3', 'A6', 'A5']); // groups in code-unit order: 一般 < 示范园
    expect(find(decisions, 'B2', 2015).yellowCard).toBe(false); // lowest score but compliant
  });

  it('revokes a park after two consecutive yellow cards', () => {
    const a5 = find(decisions, 'A5', 2016);
    expect([a5.yellowCardStreak, a5.statusAfter]).toEqual([2, 'revoked']);
    expect(a5.reasons.at(-1)).toBe('连续两年黄牌警告，取消省产业园资格 / yellow card two years running: status revoked');
    expect(find(decisions, 'A3', 2016).statusAfter).toBe('provincial');
  });

  it('decisions are reproducible from the rule file alone', () => {
    const fromFile = validateRuleSet(JSON.parse(readFileSync(new URL('../../data/rules/gd-2014.json', import.meta.url), 'utf8')));
    expect(evaluateParks(records, { rules: fromFile }).decisions).toEqual(decisions);
  });

  it('refuses a record without the pass/fail the rules need', () => {
    expect(() => evaluateParks([{ parkId: 'X', year: 2015, score: 70 }], { rules: 'gd-2014' }))
      .toThrowError(/needs pass\/fail for indicator "investment"/);
  });
});

describe('evaluateParks input checks', () => {
  const err = (f: () => unknown): DataError => { try { f(); } catch (x) { return x as DataError; } throw new Error('no error'); };
  const ok = { parkId: 'A', year: 2011, score: 70 };

  it('applies the score range rule of readParks: 150 and −20 are refused, maxScore widens it', () => {
    for (const score of [150, -20]) {
      const e = err(() => evaluateParks([ok, { parkId: 'B', year: 2011, score }], { rules: 'gd-2011' }));
      expect([e.code, e.row, e.column]).toEqual(['out-of-range', 2, 'score']);
      expect(e.message).toMatch(new RegExp(`score ${score} is outside 0–100`));
    }
    expect(evaluateParks([ok, { parkId: 'B', year: 2011, score: 150 }], { rules: 'gd-2011', maxScore: 200 }).decisions[0]!.parkId).toBe('B');
    expect(err(() => evaluateParks([ok], { rules: 'gd-2011', maxScore: 0 })).column).toBe('maxScore');
  });

  it("names the text 'false' where a boolean is expected, and null arguments", () => {
    const e = err(() => evaluateParks([{ ...ok, compliant: 'false' as unknown as boolean }], { rules: 'gd-2011' }));
    expect([e.row, e.column]).toEqual([1, 'compliant']);
    expect(e.message).toMatch(/compliant is the text "false", but a boolean \(true or false\) is expected — write false without quotes/);
    const p = err(() => evaluateParks([{ ...ok, passes: { environment: 'no' as unknown as boolean } }], { rules: 'gd-2014' }));
    expect(p.column).toBe('passes.environment');
    expect(err(() => evaluateParks(null as unknown as [], { rules: 'gd-2011' })).message).toMatch(/argument "records" is null/);
    expect(err(() => evaluateParks([ok], undefined as unknown as { rules: 'gd-2011' })).message).toMatch(/argument "options" is undefined/);
  });

  it('refuses a duplicate park-year, an unknown status, a non-finite indicator and a terminal start', () => {
    const err = (f: () => unknown) => { try { f(); } catch (e) { return e as DataError; } throw new Error('did not throw'); };
    const dup = err(() => evaluateParks([{ parkId: 'A', year: 2011, score: 1 }, { parkId: 'A', year: 2011, score: 2 }], { rules: 'gd-2011' }));
    expect([dup.code, dup.row]).toEqual(['duplicate-key', 2]);
    expect(err(() => evaluateParks([{ parkId: 'A', year: 2011, score: 1, status: 'gold' }], { rules: 'gd-2011' })).code).toBe('unknown-category');
    expect(err(() => evaluateParks([{ parkId: 'A', year: 2011, score: 1, indicators: { investment: { actual: Number.NaN, target: 1 } } }], { rules: 'gd-2011' })).column).toBe('indicators.investment');
    expect(err(() => evaluateParks([{ parkId: 'A', year: 2011, score: 1, status: 'disqualified' }], { rules: 'gd-2011' })).message).toMatch(/terminal/);
    expect(err(() => evaluateParks([{ parkId: 'A', year: 2011, score: Number.NaN }], { rules: 'gd-2011' })).column).toBe('score');
  });

  it('ranks are a permutation of 1..n in every year and group (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ parkId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), year: fc.integer({ min: 2011, max: 2014 }), score: fc.integer({ min: 0, max: 100 }) }),
          { selector: (r) => `${r.parkId}${r.year}`, minLength: 1, maxLength: 24 }),
        (recs) => {
          const { decisions } = evaluateParks(recs, { rules: 'gd-2011' });
          expect(decisions.length).toBe(recs.length);
          for (const y of new Set(decisions.map((d) => d.year))) {
            const ranks = decisions.filter((d) => d.year === y).map((d) => d.rank).sort((a, b) => a - b);
            expect(ranks).toEqual(ranks.map((_, i) => i + 1));
          }
        },
      ),
    );
  });
});
