import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { productivityGapSeries } from '../../../src/panel/labour/productivity-gap-series.js';
import { segmentedPanel } from './segmented.js';

describe('productivityGapSeries', () => {
  it('is GDP per employed person relative to the PRD, segmented at the unit\'s own breaks (hand case)', () => {
    const pts = productivityGapSeries(segmentedPanel());
    const at = (u: string, y: number) => pts.find((p) => p.unit === u && p.year === y)!;
    // 2000: East 40/50 = 0.8; PRD 300/150 = 2 → 0.4. 2004: East 56/250 = 0.224; PRD 420/154 → 0.0821333
    expect(at('East', 2000).value).toBeCloseTo(0.4, 12);
    expect(at('East', 2004).value).toBeCloseTo(0.224 / (420 / 154), 12);
    // province 2000: 340/200 = 1.7 → 0.85
    expect(at('Guangdong', 2000).value).toBeCloseTo(0.85, 12);
    expect(at('East', 2003).segment).toBe('East:0');
    expect(at('East', 2004).segment).toBe('East:1');
    expect(pts.some((p) => p.unit === 'PRD')).toBe(false);
  });

  it('a break in the PRD also breaks the other regions\' ratios', () => {
    const pts = productivityGapSeries(segmentedPanel(true));
    const east = pts.filter((p) => p.unit === 'East');
    expect(east.find((p) => p.year === 2003)!.segment).not.toBe(east.find((p) => p.year === 2004)!.segment);
    // East unchanged 2004: 56/50 = 1.12; PRD (104 + 250 = 354 万, 420 亿) → 1.12 / (420/354)
    expect(east.find((p) => p.year === 2004)!.value).toBeCloseTo(1.12 / (420 / 354), 12);
  });

  it('bundled panel: the North at 0.320 of the PRD in 1995, 1994–1995 one stretch, 1996 a new one (珠海)', () => {
    const north = productivityGapSeries(loadGuangdongPanel()).filter((p) => p.unit === 'North');
    const at = (y: number) => north.find((p) => p.year === y)!;
    expect(at(1995).value).toBeCloseTo(0.3203, 4);
    expect(at(1994).segment).toBe(at(1995).segment);
    expect(at(1996).segment).not.toBe(at(1995).segment);
    expect(at(2004).segment).toBe(at(2010).segment);
  });
});
