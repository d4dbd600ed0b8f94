import { describe, expect, it } from 'vitest';
import { seriesStretches } from '../../../src/panel/labour/series-stretches.js';
import type { LabourSeriesPoint } from '../../../src/panel/labour/segments.js';

const pts: LabourSeriesPoint[] = [
  { unit: 'PRD', year: 1994, value: 42.9, segment: 'PRD:0' },
  { unit: 'PRD', year: 1995, value: 44.2, segment: 'PRD:0' },
  { unit: 'PRD', year: 1996, value: 43.7, segment: 'PRD:1' },
  { unit: 'PRD', year: 2005, value: 70.5, segment: 'PRD:2' },
  { unit: 'PRD', year: 2004, value: 68.9, segment: 'PRD:2' },
  { unit: 'PRD', year: 2006, value: 70.9, segment: 'PRD:2' },
  { unit: 'North', year: 1994, value: 22, segment: 'North:0' },
  { unit: 'North', year: 1995, value: 21.5, segment: 'North:0' },
];

describe('seriesStretches', () => {
  it('gives first, last and change of each segment, never across segments, leaving out one-year segments', () => {
    const s = seriesStretches(pts);
    expect(s.map((r) => r.segment)).toEqual(['PRD:0', 'PRD:2', 'North:0']);
    expect(s[0]).toMatchObject({ unit: 'PRD', from: 1994, to: 1995, years: 2, value_from: 42.9, value_to: 44.2 });
    expect(s[0]!.change).toBeCloseTo(1.3, 12);
    // unsorted input: 2004 first, 2006 last → 70.9 − 68.9 = 2.0
    expect(s[1]).toMatchObject({ from: 2004, to: 2006, years: 3 });
    expect(s[1]!.change).toBeCloseTo(2.0, 12);
    expect(s[2]!.change).toBeCloseTo(-0.5, 12);
  });

  it('honours minYears and a last year', () => {
    expect(seriesStretches(pts, { minYears: 3 }).map((r) => r.segment)).toEqual(['PRD:2']);
    const cut = seriesStretches(pts, { to: 2005 });
    expect(cut.find((r) => r.segment === 'PRD:2')).toMatchObject({ from: 2004, to: 2005, value_to: 70.5 });
    expect(seriesStretches(pts, { minYears: 1 }).map((r) => r.segment)).toContain('PRD:1');
  });
});
