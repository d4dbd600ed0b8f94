import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { employmentShareSeries } from '../../../src/panel/labour/employment-share-series.js';
import { segmentedPanel } from './segmented.js';

describe('employmentShareSeries', () => {
  it('gives each region\'s share of employment and starts a new segment at a basis break (hand case)', () => {
    const pts = employmentShareSeries(segmentedPanel());
    const at = (u: string, y: number) => pts.find((p) => p.unit === u && p.year === y)!;
    // 2003: A 103 + B 50 = 153 of 203 → 75.369 %; 2004: 154 of 404 (C jumps to 250) → 38.119 %
    expect(at('PRD', 2003).value).toBeCloseTo((153 / 203) * 100, 10);
    expect(at('PRD', 2004).value).toBeCloseTo((154 / 404) * 100, 10);
    expect(at('East', 2000).value).toBe(25);
    // C's break in 2004 changes the basis of every region's share
    expect(pts.filter((p) => p.unit === 'PRD').map((p) => p.segment)).toEqual(['PRD:0', 'PRD:0', 'PRD:0', 'PRD:0', 'PRD:1', 'PRD:1', 'PRD:1', 'PRD:1']);
    expect(at('East', 2004).segment).toBe('East:1');
    expect(pts.some((p) => p.unit === 'Guangdong')).toBe(false);
  });

  it('leaves out a year without a value and starts a new segment after it (nothing filled)', () => {
    const panel = segmentedPanel().map((r) => (r.city_zh === 'B' && r.year === 2001 ? { ...r, employment: null } : r));
    const prd = employmentShareSeries(panel).filter((p) => p.unit === 'PRD');
    expect(prd.map((p) => p.year)).toEqual([2000, 2002, 2003, 2004, 2005, 2006, 2007]);
    expect(prd[0]!.segment).not.toBe(prd[1]!.segment);
    expect(prd[1]!.segment).toBe(prd[2]!.segment);
  });

  it('bundled panel: 2004–2010 is one stretch on unit employment, 2013 starts another', () => {
    const prd = employmentShareSeries(loadGuangdongPanel()).filter((p) => p.unit === 'PRD');
    const seg = (y: number) => prd.find((p) => p.year === y)!.segment;
    expect(seg(2004)).toBe(seg(2010));
    expect(seg(2003)).toBe(seg(2004)); // 梅州's 2003 break opens the stretch
    expect(seg(2002)).not.toBe(seg(2003));
    expect(seg(2013)).not.toBe(seg(2012));
    expect(seg(2014)).toBe(seg(2018));
    // PRD 2010: 823.67 of 1118.52 万 (employmentByRegion's hand value) → 73.639 %
    expect(prd.find((p) => p.year === 2010)!.value).toBeCloseTo(73.639, 3);
  });
});
