import { describe, expect, it } from 'vitest';
import { parkEvaluationEventTable } from '../../src/parks/events.js';
import { loadParkAggregateFacts, loadParkEvents, type ParkAggregateFact, type ParkEvent } from '../../src/data/facts.js';
import { DataError } from '../../src/core/errors.js';

const ev = (year: number, event_type: string, park: string, source_id = 'S1'): ParkEvent => ({
  year, event_type, park_name_as_published: park, partner_city_from_name: null, host_prefecture: '', host_basis: '', detail: '', source_id, source_url: '',
});
const fact = (year: number, indicator_zh: string, value_number: number | null, source_id = 'S9'): ParkAggregateFact => ({
  year, period: String(year), indicator_zh, indicator_en: '', value: String(value_number), value_number, unit: '个', n_parks: null, yoy_growth_pct: null, source_id, source_url: '', quote: '',
});

describe('parkEvaluationEventTable', () => {
  it('groups named results by year and adds announced counts (hand case)', () => {
    const events = Object.freeze([ev(2015, 'evaluation: excellent', 'A'), ev(2015, 'evaluation: excellent', 'B', 'S2'), ev(2014, 'site visit', 'C'), ev(2016, 'restored', 'D')]);
    const facts = Object.freeze([fact(2015, '考评优秀园区数', 2), fact(2015, '黄牌警告园区数', 3), fact(2014, '考评优秀园区数', 5), fact(2016, '园区数量', 53)]);
    expect(parkEvaluationEventTable(events, facts)).toEqual([
      { year: 2014, event: '考核优秀（全省通报）', code: '考评优秀园区数', n: 5, parks: [], sources: ['S9'], named: false },
      { year: 2015, event: '考核优秀', code: 'evaluation: excellent', n: 2, parks: ['A', 'B'], sources: ['S1', 'S2'], named: true },
      { year: 2015, event: '黄牌警告', code: '黄牌警告园区数', n: 3, parks: [], sources: ['S9'], named: false },
      { year: 2016, event: '恢复省产业转移工业园资格', code: 'restored', n: 1, parks: ['D'], sources: ['S1'], named: true },
    ]);
  });
  it('throws when the named excellent list disagrees with the announced count', () => {
    expect(() => parkEvaluationEventTable([ev(2015, 'evaluation: excellent', 'A')], [fact(2015, '考评优秀园区数', 2)])).toThrow(DataError);
  });
  it('on the bundled facts: one row per year and result, counts add up to the evaluation events', () => {
    const events = loadParkEvents();
    const rows = parkEvaluationEventTable(events, loadParkAggregateFacts());
    const named = rows.filter((r) => r.named);
    expect(named.reduce((s, r) => s + r.n, 0)).toBe(49); // 42 + 1 + 1 + 1 excellent, 2 pass, 1 disqualified, 1 restored
    expect(named.every((r) => r.parks.length === r.n)).toBe(true);
    expect(rows.filter((r) => r.code === '黄牌警告园区数').map((r) => [r.year, r.n])).toEqual([[2015, 3]]);
    expect(rows.filter((r) => r.code === '取消省产业园资格园区数').map((r) => [r.year, r.n])).toEqual([[2016, 1]]);
    const years = rows.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});
