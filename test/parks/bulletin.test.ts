import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';
import { parkBulletin } from '../../src/parks/bulletin.js';
import { renderParkBulletinMarkdown } from '../../src/parks/bulletin-markdown.js';
import { parkRowsFromRecords } from '../../src/parks/read-parks.js';

setWarningHandler(() => {});
const rec = (park_id: string, category: string, year: number, score: number, status_start = '') =>
  ({ park_id, park_name: `园区${park_id}`, host_city: '河源', category, year, status_start, score });
// Six parks over two years under gd-2011 (rank all parks of a year; bottom three → yellow card;
// 示范园 failing or bottom three two years running → 非示范园; 非示范园 failing or bottom three twice → disqualified).
const SIX = parkRowsFromRecords([
  rec('A', '示范园', 2011, 95, 'demonstration'), rec('B', '示范园', 2011, 80, 'demonstration'), rec('C', '示范园', 2011, 70, 'demonstration'),
  rec('D', '一般', 2011, 65, 'ordinary'), rec('E', '一般', 2011, 62, 'ordinary'), rec('F', '一般', 2011, 50, 'ordinary'),
  // 2012: F has left (disqualified), G enters; B fails (58); D and E tie at 75 with C.
  rec('A', '示范园', 2012, 92), rec('B', '示范园', 2012, 58), rec('C', '示范园', 2012, 75),
  rec('D', '一般', 2012, 75), rec('E', '一般', 2012, 75), rec('G', '一般', 2012, 85),
], 'six-parks');

describe('parkBulletin — six parks over two years (gd-2011), hand-computed', () => {
  it('2011: D, E, F ranked bottom three get yellow cards; F (score 50) is disqualified; A is excellent', () => {
    const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2011 });
    expect(b.warned.map((w) => w.park_id)).toEqual(['D', 'E', 'F']);
    expect(b.disqualified.map((w) => w.park_id)).toEqual(['F']);
    expect(b.demoted).toEqual([]);
    expect(b.commended.map((w) => w.park_id)).toEqual(['A']);
    expect(b.counts).toEqual({ parks: 6, excellent: 1, passed: 4, failed: 1, yellowCards: 3, demoted: 0, disqualified: 1 });
    expect(b.disqualified[0]!.clause.zh).toBe('考评不达标，取消省产业转移工业园资格（省产业转移工业园考评升降级规则（2011年行动方案））');
  });

  it('2012: yellow cards B, E, D; B demoted for failing; D and E disqualified for bottom three twice running', () => {
    const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2012 });
    // overall order A 92, G 85, C 75, D 75, E 75, B 58 → bottom three D, E, B
    expect(b.warned.map((w) => w.park_id)).toEqual(['B', 'D', 'E']);
    expect(b.demoted.map((w) => [w.park_id, w.statusBefore_zh, w.statusAfter_zh])).toEqual([['B', '省示范园', '非示范园']]);
    expect(b.demoted[0]!.clause.zh).toMatch(/^考评不达标，降为非示范园/);
    expect(b.disqualified.map((w) => w.park_id)).toEqual(['D', 'E']);
    expect(b.disqualified[0]!.clause.zh).toMatch(/^连续两次排名后三，取消省产业转移工业园资格/);
    expect(b.counts).toEqual({ parks: 6, excellent: 1, passed: 4, failed: 1, yellowCards: 3, demoted: 1, disqualified: 2 });
    expect(b.entered).toEqual(['G']);
    expect(b.absent).toEqual(['F']);
  });

  it('ranks within each category, ties ordered by park id and named', () => {
    const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2012 });
    expect(b.categories.map((c) => [c.category_zh, c.parks.map((p) => `${p.categoryRank}${p.park_id}`).join(' ')]))
      .toEqual([['示范园', '1A 2C 3B'], ['一般', '1G 2D 3E']]);
    const d = b.results.find((p) => p.park_id === 'D')!;
    expect(d).toMatchObject({ tiedWith: ['E'], rank: 4, groupSize: 6, grade: '达标', statusBefore: 'ordinary', statusAfter: 'disqualified' });
    expect(b.results.find((p) => p.park_id === 'B')!.grade).toBe('不达标');
    expect(b.excellentRule).toMatchObject({ minScore: 90, assumption: true });
  });

  it('allocates a reward fund among PRD cities when given, and refuses a fund without transfers', () => {
    const transfers = [{ city: '深圳', outputMoved: 60 }, { city: '东莞', outputMoved: 30 }, { city: '佛山', outputMoved: 10 }];
    const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2012, fund: 100, cap: 0.5, transfers });
    expect(b.rewards!.allocations.map((a) => a.amount)).toEqual([50, 38, 12]);
    expect(parkBulletin(SIX, { rules: 'gd-2011', year: 2012 }).rewards).toBeNull();
    expect(() => parkBulletin(SIX, { rules: 'gd-2011', year: 2012, fund: 100 })).toThrow(DataError);
    expect(() => parkBulletin(SIX, { rules: 'gd-2011', year: 2013 })).toThrow(/no park has a record for 2013/);
  });

  it('top-n excellence is an explicit choice, not an assumption', () => {
    const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2012, excellent: { top: 1 } });
    expect(b.commended.map((c) => c.park_id)).toEqual(['A', 'G']);
    expect(b.excellentRule.assumption).toBe(false);
  });
});

describe('renderParkBulletinMarkdown', () => {
  const b = parkBulletin(SIX, { rules: 'gd-2011', year: 2012, fund: 100, cap: 0.5, transfers: [{ city: '深圳', outputMoved: 60 }, { city: '东莞', outputMoved: 40 }] });
  it('writes the Chinese 通报 with counts, lists and clauses', () => {
    const md = renderParkBulletinMarkdown(b);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 2012年度省产业转移工业园考评结果通报');
    expect(md).toContain('2012年度共6个园区参加考评（依据：省产业转移工业园考评升降级规则（2011年行动方案））：优秀1个，达标4个，不达标1个；黄牌警告3个，降级1个，取消资格2个。');
    expect(md).toContain('| 2（并列同分） | 园区D | 河源 | 75 | 达标 | 是 | 非示范园 | 取消省产业转移工业园资格 |');
    expect(md).toContain('- 园区B（河源，58分）：省示范园 → 非示范园——考评不达标，降为非示范园');
    expect(md).toContain('## 六、奖励资金分配');
    expect(md).toContain('| 深圳 | 60 | 50 | 50.0% |');
    expect(md).not.toContain('示意数据');
  });
  it('writes English with lang en, and a SYNTHETIC banner for illustrative input', () => {
    const md = renderParkBulletinMarkdown({ ...b, illustrative: true }, { lang: 'en' });
    expect(md.split('\n')[0]).toBe('# Provincial transfer park evaluation bulletin, 2012');
    expect(md).toContain('SYNTHETIC DATA');
    expect(md).toContain('6 parks were evaluated for 2012');
    expect(md).toContain('## 4. Yellow cards');
  });
});

describe('parkBulletin under gd-2014 (per-category yellow cards among non-compliant parks), hand-computed', () => {
  // pass: fai 12 ≥ 10, va growth 12 ≥ 10, tax growth 12 ≥ 10, land 160 ≥ 150, environment 是
  const ok = { fai_actual: 12, fai_target: 10, va_growth_pct: 12, va_growth_target_pct: 10, tax_growth_pct: 12, tax_growth_target_pct: 10, land_intensity: 160, land_intensity_target: 150, env_compliant: '是' };
  const p = (park_id: string, year: number, score: number, change: Record<string, unknown> = {}) =>
    ({ park_id, park_name: `园区${park_id}`, host_city: '梅州', category: '一般', year, score, ...ok, ...change });
  const rows = parkRowsFromRecords([
    p('P1', 2015, 90), p('P2', 2015, 70, { fai_actual: 8 }), p('P3', 2015, 80, { env_compliant: '否' }), p('P4', 2015, 60, { tax_growth_pct: 5, land_intensity: 100 }),
    p('P1', 2016, 91), p('P2', 2016, 72, { fai_actual: 9 }), p('P3', 2016, 82), p('P4', 2016, 65, { va_growth_pct: 2, tax_growth_pct: 3 }),
  ], 'gd2014');

  it('2015: the three non-compliant parks get yellow cards; nobody loses status yet', () => {
    const b = parkBulletin(rows, { rules: 'gd-2014', year: 2015 });
    expect(b.warned.map((w) => w.park_id)).toEqual(['P3', 'P2', 'P4']);
    expect(b.results.map((r) => `${r.park_id}:${r.grade}`)).toEqual(['P1:优秀', 'P3:不达标', 'P2:不达标', 'P4:不达标']);
    expect(b.disqualified).toEqual([]);
  });

  it('2016: P2 and P4 fail again — yellow card two years running, status revoked; P3 recovers', () => {
    const b = parkBulletin(rows, { rules: 'gd-2014', year: 2016 });
    expect(b.warned.map((w) => [w.park_id, w.clause.zh])).toEqual([
      ['P2', '考评不达标且在同类园区中排名最后三位，给予黄牌警告（连续第2年）'],
      ['P4', '考评不达标且在同类园区中排名最后三位，给予黄牌警告（连续第2年）'],
    ]);
    expect(b.disqualified.map((w) => [w.park_id, w.statusAfter_zh])).toEqual([['P2', '取消省产业园资格'], ['P4', '取消省产业园资格']]);
    expect(b.disqualified[0]!.clause.zh).toMatch(/^连续两年黄牌警告，取消省产业园资格/);
    expect(b.counts).toEqual({ parks: 4, excellent: 1, passed: 1, failed: 2, yellowCards: 2, demoted: 0, disqualified: 2 });
  });

  it('escapes Markdown in park names', () => {
    const named = parkRowsFromRecords([{ ...p('P9', 2015, 70), park_name: '甲|乙*园' }], 'esc');
    expect(renderParkBulletinMarkdown(parkBulletin(named, { rules: 'gd-2014', year: 2015 }))).toContain('| 甲\\|乙\\*园 |');
  });
});
