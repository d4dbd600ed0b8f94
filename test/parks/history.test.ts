import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';
import { parkHistory, parkRulesFor } from '../../src/parks/history.js';
import { parkRowsFromRecords } from '../../src/parks/read-parks.js';
import { loadRuleSet } from '../../src/parks/rule-set.js';

setWarningHandler(() => {});
// The gd-2014 example of test/parks/bulletin.test.ts: pass = fai ≥ target, growths ≥ targets, land ≥ target, environment 是.
const ok = { fai_actual: 12, fai_target: 10, va_growth_pct: 12, va_growth_target_pct: 10, tax_growth_pct: 12, tax_growth_target_pct: 10, land_intensity: 160, land_intensity_target: 150, env_compliant: '是' };
const p = (park_id: string, year: number, score: number, change: Record<string, unknown> = {}) =>
  ({ park_id, park_name: `园区${park_id}`, host_city: '梅州', category: '一般', year, score, ...ok, ...change });
const rows = parkRowsFromRecords([
  p('P1', 2015, 90), p('P2', 2015, 70, { fai_actual: 8 }), p('P3', 2015, 80, { env_compliant: '否' }), p('P4', 2015, 60, { tax_growth_pct: 5, land_intensity: 100 }),
  p('P1', 2016, 91), p('P2', 2016, 72, { fai_actual: 9 }), p('P3', 2016, 82), p('P4', 2016, 65, { va_growth_pct: 2, tax_growth_pct: 3 }),
], 'gd2014');

describe('parkRulesFor', () => {
  it('picks gd-2014 from 2014 and gd-2011 before, unless told', () => {
    expect(parkRulesFor(2016)).toBe('gd-2014');
    expect(parkRulesFor(2014, null)).toBe('gd-2014');
    expect(parkRulesFor(2013)).toBe('gd-2011');
    expect(parkRulesFor(2016, 'gd-2011')).toBe('gd-2011');
  });

  it('reads a rules JSON file, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const f = join(dir, 'rules.json');
    writeFileSync(f, JSON.stringify({ ...loadRuleSet('gd-2014'), id: 'mine' }));
    const r = parkRulesFor(2016, f);
    expect(typeof r === 'object' && r.id).toBe('mine');
    expect(() => parkRulesFor(2016, join(dir, 'none.json'))).toThrow(DataError);
  });
});

describe('parkHistory — four parks, 2015–2016 under gd-2014 (hand-computed, as the bulletin test)', () => {
  const h = parkHistory(rows);

  it('evaluates each year with the year-chosen rules and counts', () => {
    expect(h.ruleSet.id).toBe('gd-2014');
    expect(h.years).toEqual([2015, 2016]);
    expect(h.statusIgnored).toBe(false);
    expect(h.counts).toEqual([
      { year: 2015, parks: 4, excellent: 1, passed: 0, failed: 3, yellowCards: 3, demoted: 0, disqualified: 0 },
      { year: 2016, parks: 4, excellent: 1, passed: 1, failed: 2, yellowCards: 2, demoted: 0, disqualified: 2 },
    ]);
  });

  it('sums the counts over the years', () => {
    expect(h.totals).toEqual({ parks: 8, excellent: 2, passed: 1, failed: 5, yellowCards: 5, demoted: 0, disqualified: 2 });
    expect(h.passMark).toBe(60);
  });

  it('gives each park-year its rank, grade, card and clause', () => {
    expect(h.lastYear).toBe(2016);
    expect(h.names['P3']).toBe('园区P3');
    expect(h.results.filter((r) => r.year === 2015).map((r) => `${r.park_id}:${r.categoryRank}:${r.grade}:${r.yellowCard_zh}`))
      .toEqual(['P1:1:优秀:', 'P3:2:不达标:黄牌', 'P2:3:不达标:黄牌', 'P4:4:不达标:黄牌']);
    const p2 = h.results.find((r) => r.year === 2016 && r.park_id === 'P2')!;
    expect([p2.statusBefore_zh, p2.statusAfter_zh, p2.yellowCardStreak, p2.yellowCard, p2.rank, p2.rankGroup]).toEqual(['省产业园', '取消省产业园资格', 2, true, 3, 'general']);
    expect(p2.clause).toBe('连续两年黄牌警告，取消省产业园资格（省产业园建设管理考评办法（粤办函〔2014〕23号））');
  });

  it('has one history row per park with its status each year', () => {
    expect(h.history.map((r) => [r.park_id, r.y2015, r.y2016])).toEqual([
      ['P1', '省产业园', '省产业园'],
      ['P2', '省产业园·黄牌', '取消省产业园资格·黄牌'],
      ['P3', '省产业园·黄牌', '省产业园'],
      ['P4', '省产业园·黄牌', '取消省产业园资格·黄牌'],
    ]);
  });

  it('stops at `to` (gd-2014 still chosen for 2015) and refuses a range with no record', () => {
    const h15 = parkHistory(rows, { to: 2015 });
    expect(h15.years).toEqual([2015]);
    expect(h15.results.every((r) => r.year <= 2015)).toBe(true);
    expect(Object.keys(h15.history[0]!)).not.toContain('y2016');
    expect(() => parkHistory(rows, { to: 2010 })).toThrow(/no park record up to 2010/);
  });

  it('ignores gd-2011 statuses under gd-2014 and says so', () => {
    const old = parkRowsFromRecords([{ ...p('P1', 2015, 90), status_start: 'demonstration' }, p('P2', 2015, 70)], 'old');
    const r = parkHistory(old);
    expect(r.statusIgnored).toBe(true);
    expect(r.history.map((x) => x.y2015)).toEqual(['省产业园', '省产业园']);
    expect(parkHistory(old, { rules: 'gd-2011' }).statusIgnored).toBe(false);
  });
});
