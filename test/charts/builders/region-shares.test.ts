import { afterEach, describe, expect, it } from 'vitest';
import { setWarningHandler, type DataWarning } from '../../../src/core/warnings.js';
import { regionSharesChart } from '../../../src/charts/index.js';
import { shareRows } from '../examples.js';

afterEach(() => { setWarningHandler(undefined); });

describe('regionSharesChart', () => {
  it('plots fractions on a % axis with the four regions in conventional order', () => {
    const spec = regionSharesChart(Object.freeze(shareRows.map((r) => Object.freeze(r)))) as any;
    const lines = spec.layer[0];
    expect(lines.encoding.y.axis.format).toBe('.0%');
    expect(lines.encoding.color.sort).toEqual(['珠三角', '粤东', '粤西', '粤北山区']);
    expect(spec.layer[1].data.values[0].planYear).toBe(2011);
    expect(spec.title.text).toBe('四大区域占全省GDP比重');
  });

  it("takes percents with shareUnit 'percent' and titles industry shares", () => {
    const pct = shareRows.map((r) => ({ ...r, share: r.share * 100 }));
    const spec = regionSharesChart(pct, { shareUnit: 'percent', measure: 'industry', planYear: null }) as any;
    expect(spec.layer).toHaveLength(1);
    expect(spec.layer[0].encoding.y.title).toBe('占比（%）');
    expect(spec.title.text).toBe('四大区域占全省工业增加值比重');
  });

  it('refuses percents given as fractions, with a hint to pass shareUnit', () => {
    const pct = shareRows.map((r) => ({ ...r, share: r.share * 100 }));
    expect(() => regionSharesChart(pct)).toThrow(/shareUnit: 'percent'/);
  });

  it("warns when every share is ≤ 1 under shareUnit 'percent'", () => {
    const seen: DataWarning[] = [];
    setWarningHandler((w) => seen.push(w));
    regionSharesChart(shareRows, { shareUnit: 'percent' });
    expect(seen.map((w) => w.code)).toEqual(['share-unit']);
  });
});
