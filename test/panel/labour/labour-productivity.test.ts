import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { labourProductivity } from '../../../src/panel/labour/labour-productivity.js';
import { tiny } from './fixture.js';

describe('labourProductivity', () => {
  it('is Σ GDP / Σ employment in 元 per person, with ratios to the PRD and the province (hand case)', () => {
    const rows = labourProductivity(tiny);
    const at = (u: string, y: number) => rows.find((r) => r.unit === u && r.year === y)!;
    // PRD 2000: 250 亿元 / 150 万人 = 16 666.67 元; East 25/50 → 5 000 元; all 275/200 → 13 750 元
    expect(at('PRD', 2000).productivity).toBeCloseTo(50000 / 3, 8);
    expect(at('East', 2000).productivity).toBeCloseTo(5000, 8);
    expect(at('East', 2000).ratio_to_prd).toBeCloseTo(0.3, 12);
    expect(at('East', 2000).ratio_to_province).toBeCloseTo(5000 / 13750, 12);
    expect(at('PRD', 2000).ratio_to_prd).toBe(1);
  });

  it('bundled panel: 1995 (all employed persons) and the basis break flagged', () => {
    const rows = labourProductivity(loadGuangdongPanel());
    const north = rows.find((r) => r.unit === 'North' && r.year === 1995)!;
    expect(north.ratio_to_prd).toBeCloseTo(0.3203, 4);
    expect(rows.find((r) => r.unit === 'North' && r.year === 1998)!.break_cities).toEqual(expect.arrayContaining(['韶关', '梅州', '云浮']));
  });
});
