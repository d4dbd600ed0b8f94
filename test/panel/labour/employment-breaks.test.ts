import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { employmentBreaks } from '../../../src/panel/labour/employment-breaks.js';

describe('employmentBreaks', () => {
  it('finds a switch of basis (hand case) and respects the threshold', () => {
    const rows = [100, 102, 104, 20, 21, 22].map((employment, i) => ({ city_code: 1, city_zh: 'A', region: 'PRD', year: 2000 + i, employment }));
    const b = employmentBreaks(rows);
    expect(b.filter((r) => r.break_before).map((r) => r.year)).toEqual([2003]);
    expect(b[3]!.change_pct).toBeCloseTo(-80.769, 3);
    expect(new Set(b.map((r) => r.segment_id))).toEqual(new Set(['1:0', '1:1']));
    expect(employmentBreaks(rows, { thresholdPp: 90 }).some((r) => r.break_before)).toBe(false);
  });

  it('bundled panel: 1998–2001 switch to unit employment and the 2013 widening', () => {
    const b = employmentBreaks(loadGuangdongPanel());
    const at = (c: string, y: number) => b.find((r) => r.city_zh === c && r.year === y)!;
    expect(at('梅州', 1998).break_before).toBe(true);
    expect(at('梅州', 1998).change_pct).toBeCloseTo((26.56 / 208.2 - 1) * 100, 8);
    expect(at('湛江', 2001).break_before).toBe(true);
    expect(at('深圳', 2013).break_before).toBe(true);
    expect(at('东莞', 2013).break_before).toBe(true);
    expect(at('广州', 2015).break_before).toBe(false);
  });
});
