import { describe, expect, it } from 'vitest';
import { regionalShiftByPeriod } from '../../../src/panel/disparity/shift-share-periods.js';
import { transferTable } from '../../../src/panel/disparity/transfer-table.js';
import type { ShiftShareRow } from '../../../src/panel/disparity/transfer-table.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';

const row = (from: number, to: number, scope: ShiftShareRow['scope'], regional_shift: number, sector: ShiftShareRow['sector'] = 'secondary'): ShiftShareRow =>
  ({ from, to, scope, sector, growth: 0, national_share: 0, industrial_mix: 0, regional_shift });

describe('regionalShiftByPeriod', () => {
  it('pivots consecutive periods of one sector, leaving out the long span and other sectors', () => {
    const rows = [row(2005, 2010, 'PRD', -5), row(2005, 2010, 'East', 5), row(2010, 2015, 'PRD', 3), row(2005, 2015, 'PRD', 99), row(2005, 2010, 'PRD', 7, 'tertiary')];
    expect(regionalShiftByPeriod(rows, 'secondary')).toEqual([
      { from: 2005, to: 2010, period: '2005—2010', PRD: -5, East: 5, West: null, North: null, periphery: null },
      { from: 2010, to: 2015, period: '2010—2015', PRD: 3, East: null, West: null, North: null, periphery: null },
    ]);
  });
  it('gives the report’s 2010—2015 PRD figure on the bundled panel, the four regions adding up to zero', () => {
    const t = transferTable(loadGuangdongPanel(), { variable: 'secondary_va', years: [2005, 2010, 2015, 2020], groups: 'region' });
    const p = regionalShiftByPeriod(t.shiftShare.rows(), 'secondary');
    expect(p.map((r) => r.period)).toEqual(['2005—2010', '2010—2015', '2015—2020']);
    const r = p[1]!;
    expect(r.PRD).toBeCloseTo(-202.62935468318392, 6);
    expect(r.PRD! + r.East! + r.West! + r.North!).toBeCloseTo(0, 6);
    expect(r.periphery).toBeCloseTo(-r.PRD!, 6);
  });
});
