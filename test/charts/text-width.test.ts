import { describe, expect, it } from 'vitest';
import { charWidthEm, estimateTextWidth, installTextMeasure } from '../../src/charts/text-width.js';
import { renderSvg } from '../../src/charts/render.js';
import { taskGanttChart } from '../../src/charts/index.js';

describe('CJK-aware text width', () => {
  it('counts Chinese characters and full-width punctuation as 1 em, Latin narrower', () => {
    expect(estimateTextWidth('广东省', 10)).toBe(30);
    expect(estimateTextWidth('（%）', 10)).toBeCloseTo(24.2, 10);
    expect(estimateTextWidth('2011', 10)).toBeCloseTo(23.2, 10);
    expect(charWidthEm('A')).toBe(0.67);
    expect(charWidthEm('a')).toBe(0.56);
    expect(charWidthEm(' ')).toBe(0.26);
    expect(charWidthEm('é')).toBe(0.62);
  });

  it("is wider than vega's 0.8 em estimate for Chinese and narrower for digits", () => {
    const zh = 'GDP增幅与人均GDP增幅之差';
    expect(estimateTextWidth('广东省珠三角', 11)).toBeGreaterThan(0.8 * 6 * 11);
    expect(estimateTextWidth('20112012', 11)).toBeLessThan(0.8 * 8 * 11);
    expect(estimateTextWidth(zh, 15)).toBeGreaterThan(0);
  });

  it('caps a measured width at the label limit so vega both lays out and truncates correctly', () => {
    const vega = { textMetrics: { width: (_i: object, _t?: unknown) => 0 } };
    installTextMeasure(vega);
    expect(vega.textMetrics.width({ fontSize: 10 }, '广东省')).toBe(30);
    expect(vega.textMetrics.width({ fontSize: 10, limit: 20 }, '广东省')).toBe(20);
    expect(vega.textMetrics.width({ fontSize: 10, limit: 40 }, '广东省')).toBe(30);
    const first = vega.textMetrics.width;
    installTextMeasure(vega);
    expect(vega.textMetrics.width).toBe(first);
  });

  it('makes vega cut a long Chinese label with "…" at the label limit', async () => {
    const text = '推进产业转移园区扩能增效和劳动力转移培训就业的长任务说明';
    const svg = await renderSvg(taskGanttChart([{ number: 1, text, start: '2011-01-01', end: '2015-12-31' }], { labelLimit: 120 }));
    const label = /<text[^>]*>(任务1[^<]*)<\/text>/.exec(svg)?.[1];
    expect(label).toBeDefined();
    expect(label!.endsWith('…')).toBe(true);
    expect(estimateTextWidth(label!, 11)).toBeLessThanOrEqual(120);
    expect(label!.length).toBeGreaterThan(5);
  });
});
