import { describe, expect, it } from 'vitest';
import { loadParkAggregateFacts, loadParkEvents } from '../../src/data/facts.js';
import { parkEventSummary } from '../../src/parks/event-summary.js';

describe('parkEventSummary — bundled evaluation events', () => {
  it('all years: four named excellent lists, one announced yellow-card count, the 2016 disqualification', () => {
    const e = parkEventSummary(loadParkEvents(), loadParkAggregateFacts(), null);
    expect(e.excellentYears).toEqual(['2013年 12 个', '2014年 1 个', '2015年 14 个', '2016年 15 个']);
    expect(e.yellowCountYears).toBe(1);
    expect(e.rows).toHaveLength(14);
    expect(e.summaryZh).toBe('公开了考核优秀园区名称的有 4 年（2013年 12 个，2014年 1 个，2015年 14 个，2016年 15 个）。'
      + '2011年深圳南山(龙川)产业转移工业园被取消资格，2012年恢复；2016年另有 1 个园区因连续两年黄牌被取消资格（报道未列名称）。');
  });

  it('up to 2015: no 2016 row and no dangling separator', () => {
    const e = parkEventSummary(loadParkEvents(), loadParkAggregateFacts(), 2015);
    expect(e.rows.every((r) => r.year <= 2015)).toBe(true);
    expect(e.rows).toHaveLength(11);
    expect(e.summaryZh).toBe('公开了考核优秀园区名称的有 3 年（2013年 12 个，2014年 1 个，2015年 14 个）。2011年深圳南山(龙川)产业转移工业园被取消资格，2012年恢复。');
  });

  it('grades each row by its sources: the 2013 list (S11, no address) and the 2011–2012 events (S8) are other', () => {
    const e = parkEventSummary(loadParkEvents(), loadParkAggregateFacts(), null);
    expect(e.rows.filter((r) => !r.usable).map((r) => `${r.year} ${r.source} ${r.grade}`)).toEqual([
      '2011 S8 其他', '2012 S8 其他', '2012 S8 其他', '2012 S8 其他', '2012 S8 其他', '2013 S11 其他',
    ]);
    expect(e.rows.find((r) => r.year === 2014)).toMatchObject({ source: 'S12', grade: '官方文件转载', usable: true });
    expect(e.usableExcellentYears).toEqual(['2014年 1 个', '2015年 14 个', '2016年 15 个']);
    expect(e.gradeNoteZh).toBe('来源等级为“其他”、只列示不作依据的有：2011年取消省产业转移工业园资格（S8）、2012年考核优秀（示范园第三名）（S8）、2012年考核优秀（其他园区）（S8）、2012年考核达标（S8）、2012年恢复省产业转移工业园资格（S8）、2013年考核优秀（S11）。');
    expect(e.sources.map((s) => [s.id, s.grade])).toEqual([['S4', 'news'], ['S8', 'other'], ['S11', 'other'], ['S12', 'mirror-official'], ['S14', 'news'], ['S15', 'news']]);
  });
});
