import { describe, expect, it } from 'vitest';
import { parkRankingChart, targetCompletionChart, taskGanttChart } from '../../../src/charts/index.js';
import { parkRows, targetRows, taskRows } from '../examples.js';

describe('parkRankingChart', () => {
  it('shows the latest year by default, ordered by rank, yellow cards yellow and labelled', () => {
    const spec = parkRankingChart(Object.freeze(parkRows.map((r) => Object.freeze(r)))) as any;
    expect(spec.title).toEqual({ text: '产业转移园考核排名', subtitle: '2012年考核' });
    expect(spec.transform).toEqual([{ filter: { field: 'year', equal: 2012 } }]);
    const bars = spec.layer[0];
    expect(bars.encoding.y.sort).toEqual({ field: 'rank', op: 'min', order: 'ascending' });
    expect(bars.encoding.color.scale).toEqual({ domain: ['黄牌', '无'], range: ['#e3b505', '#4c78a8'] });
    expect(spec.layer[1].transform).toEqual([{ filter: 'datum.yellowCard' }]);
    expect(spec.layer[1].encoding.text.value).toBe('黄牌');
    expect(spec.data.values).toHaveLength(4);
  });

  it('shows a chosen year, names parks and labels illustrative data in the subtitle', () => {
    const spec = parkRankingChart(parkRows, { year: 2011, parkNames: { 示意园区C: '园区C' }, subtitle: '示意数据' }) as any;
    expect(spec.title.subtitle).toBe('2011年考核 · 示意数据');
    expect(spec.data.values.find((r: any) => r.year === 2011).park).toBe('园区C');
    expect(() => parkRankingChart(parkRows, { year: 1999 })).toThrow(/years present: 2011, 2012/);
  });

  it('refuses a yellowCard that is not a boolean', () => {
    expect(() => parkRankingChart([{ ...parkRows[0]!, yellowCard: 'yes' }] as never)).toThrow(/yellowCard/);
  });
});

describe('targetCompletionChart', () => {
  it('draws one bullet per indicator with independent scales: actual bar, target and stretch ticks', () => {
    const spec = targetCompletionChart(Object.freeze(targetRows.map((r) => Object.freeze(r)))) as any;
    expect(spec.facet.row.sort).toEqual(['产业转移园工业增加值（亿元）', '欠发达地区GDP年均增速（%）', '转移就业人数（万人）']);
    expect(spec.resolve.scale.x).toBe('independent');
    const [bar, target, stretch, text] = spec.spec.layer;
    expect(bar.encoding.x.field).toBe('actual');
    expect(target.encoding.x.field).toBe('target');
    expect(stretch.encoding.x.field).toBe('stretch');
    expect(text.encoding.text.field).toBe('completion_text');
    expect(spec.data.values.map((r: any) => [r.status, r.completion_text])).toEqual([
      ['已完成', '115.0%'], ['未完成', '87.5%'], ['无数据', '无数据'],
    ]);
  });

  it('gives each target year its own row: the 2015 and 2016 investment targets are two bars, not one stacked bar', () => {
    const fai = { indicator: { zh: '省产业园固定资产投资', en: 'Park fixed-asset investment' }, unit: '亿元', source: 'S14' };
    const rows = [
      { ...fai, year: 2015, target: 1250, actual: 1389, completion: 1389 / 1250, met: true },
      { ...fai, year: 2016, target: 1600, actual: 1628.6, completion: 1628.6 / 1600, met: true },
    ];
    const spec = targetCompletionChart(rows) as any;
    expect(spec.facet.row.field).toBe('label');
    expect(spec.facet.row.sort).toEqual(['2015年 省产业园固定资产投资（亿元）', '2016年 省产业园固定资产投资（亿元）']);
    expect(spec.data.values.map((r: any) => [r.label, r.actual, r.completion_text])).toEqual([
      ['2015年 省产业园固定资产投资（亿元）', 1389, '111.1%'], ['2016年 省产业园固定资产投资（亿元）', 1628.6, '101.8%'],
    ]);
    expect((targetCompletionChart(rows, { lang: 'en' }) as any).facet.row.sort[1]).toBe('2016: Park fixed-asset investment (亿元)');
  });

  it('refuses a target that is missing', () => {
    expect(() => targetCompletionChart([{ ...targetRows[0]!, target: null }] as never)).toThrow(/column "target"/);
  });
});

describe('taskGanttChart', () => {
  it('draws the 16 tasks in number order from start to end in UTC', () => {
    const shuffled = Object.freeze([...taskRows].reverse().map((r) => Object.freeze(r)));
    const spec = taskGanttChart(shuffled) as any;
    expect(spec.encoding.y.sort).toHaveLength(16);
    expect(spec.encoding.y.sort[0]).toMatch(/^任务1 /);
    expect(spec.encoding.y.sort[15]).toMatch(/^任务16 /);
    expect(spec.encoding.x).toMatchObject({ field: 'start', timeUnit: 'utcyearmonthdate', scale: { type: 'utc' } });
    expect(spec.encoding.x2.field).toBe('end');
  });

  it('refuses non-ISO dates and an end before the start', () => {
    expect(() => taskGanttChart([{ number: 1, text: 't', start: '2011/01/01', end: '2012-01-01' }])).toThrow(/ISO date/);
    expect(() => taskGanttChart([{ number: 1, text: 't', start: '2012-01-01', end: '2011-01-01' }])).toThrow(/before start/);
  });
});

describe('chart inputs as the parks and panel layers produce them', () => {
  it('parkRankingChart gives each rank group its own panel', () => {
    const rows = parkRows.map((r, i) => ({ ...r, rankGroup: i % 2 ? '省级' : '市级' }));
    const spec = parkRankingChart(rows) as any;
    expect(spec.facet.row.field).toBe('rankGroup');
    expect(spec.facet.row.sort).toEqual(['市级', '省级']);
    expect(spec.resolve.scale.y).toBe('independent');
  });

  it("targetCompletionChart reads trackTargets' ratio completion and { zh, en } indicators", () => {
    const spec = targetCompletionChart(targetRows, { lang: 'en' }) as any;
    expect(spec.data.values[0]).toMatchObject({ indicator: 'Industrial value added of transfer parks', completion_text: '115.0%' });
    expect(spec.facet.row.sort[0]).toBe('Industrial value added of transfer parks (亿元)');
    const pct = targetCompletionChart(targetRows.map((r) => ({ ...r, completion: r.completion === null ? null : r.completion * 100 })), { completionUnit: 'percent' }) as any;
    expect(pct.data.values[1].completion_text).toBe('87.5%');
  });
});
