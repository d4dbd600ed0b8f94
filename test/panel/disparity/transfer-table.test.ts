import { describe, expect, it } from 'vitest';
import { transferTable } from '../../../src/panel/disparity/transfer-table.js';
import { shiftShare } from '../../../src/measures/shift-share/shift-share.js';
import { objs, recordWarnings } from '../helpers.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';

const warnings = recordWarnings();

// Two PRD cities, one East, one North; sector value added in 亿元.
const base = [
  { city_zh: 'A', region: 'PRD', p: [1, 60, 40], q: [1, 66, 60] },
  { city_zh: 'B', region: 'PRD', p: [2, 30, 20], q: [2, 31, 30] },
  { city_zh: 'C', region: 'East', p: [4, 6, 5], q: [5, 10, 7] },
  { city_zh: 'D', region: 'North', p: [3, 4, 4], q: [3, 8, 5] },
];
const rows = Object.freeze(
  base.flatMap((c) => [
    { city_zh: c.city_zh, region: c.region, year: 2010, primary_va: c.p[0], secondary_va: c.p[1], tertiary_va: c.p[2], flags: '' },
    { city_zh: c.city_zh, region: c.region, year: 2015, primary_va: c.q[0], secondary_va: c.q[1], tertiary_va: c.q[2], flags: '' },
  ]).map((r) => Object.freeze(r)),
);

describe('transferTable', () => {
  it('gives each region’s share of the provincial total and its change in percentage points', () => {
    const { shares } = transferTable(rows, { variable: 'secondary_va', years: [2010, 2015] });
    const get = (y: number, g: string) => objs(shares).find((r) => r.year === y && r.group === g)!;
    expect(get(2010, 'PRD').share).toBeCloseTo((100 * 90) / 100, 12);
    expect(get(2015, 'PRD').share).toBeCloseTo((100 * 97) / 115, 12);
    expect(get(2015, 'PRD').change_pp).toBeCloseTo((100 * 97) / 115 - 90, 12);
    expect(get(2015, 'North').change_pp).toBeCloseTo((100 * 8) / 115 - 4, 12);
    expect(get(2010, 'West').share).toBe(0);
    const s2015 = objs(shares).filter((r) => r.year === 2015).reduce((s, r) => s + (r.share as number), 0);
    expect(s2015).toBeCloseTo(100, 12);
    const pp = objs(shares).filter((r) => r.year === 2015).reduce((s, r) => s + (r.change_pp as number), 0);
    expect(pp).toBeCloseTo(0, 12);
  });

  it('shift-shares each region and the periphery against the province by sector, adding up to growth', () => {
    const { shiftShare: ss } = transferTable(rows, { variable: 'secondary_va', years: [2010, 2015] });
    const periphery = objs(ss).filter((r) => r.scope === 'periphery');
    expect(periphery.map((r) => r.sector)).toEqual(['primary', 'secondary', 'tertiary', 'total']);
    const want = shiftShare({ regionBase: [7, 10, 9], regionFinal: [8, 18, 12], nationBase: [10, 100, 69], nationFinal: [11, 115, 102] });
    const total = periphery.find((r) => r.sector === 'total')!;
    expect(total.growth).toBeCloseTo(want.growth, 12);
    expect(total.regional_shift).toBeCloseTo(want.regionalShift, 12);
    expect((total.national_share as number) + (total.industrial_mix as number) + (total.regional_shift as number)).toBeCloseTo(total.growth as number, 10);
    // Periphery and PRD shifts mirror each other (the nation is their sum).
    const prd = objs(ss).find((r) => r.scope === 'PRD' && r.sector === 'total')!;
    expect((prd.regional_shift as number) + (total.regional_shift as number)).toBeCloseTo(0, 10);
  });

  it('leaves shares of an incomplete year null with a note and a warning, never a partial sum', () => {
    const holes = rows.map((r, i) => (i === 4 ? { ...r, secondary_va: null } : r));
    const { shares, shiftShare: ss } = transferTable(holes, { variable: 'secondary_va', years: [2010, 2015] });
    const r2010 = objs(shares).filter((r) => r.year === 2010);
    expect(r2010.every((r) => r.share === null)).toBe(true);
    expect(r2010[0]!.note).toMatch(/1 of 4 cities lack secondary_va in 2010/);
    expect(objs(shares).find((r) => r.group === 'East' && r.year === 2010)!.missing_cities).toBe('C');
    expect(warnings.map((w) => w.code)).toContain('incomplete-year');
    expect(ss.numRows()).toBe(0);
    expect(warnings.map((w) => w.code)).toContain('no-sector-data');
  });

  it('refuses negative values and an empty year list', () => {
    const neg = rows.map((r, i) => (i === 0 ? { ...r, secondary_va: -1 } : r));
    expect(() => transferTable(neg, { variable: 'secondary_va', years: [2010] })).toThrow(expect.objectContaining({ row: 1, column: 'secondary_va' }));
    expect(() => transferTable(rows, { variable: 'secondary_va', years: [] })).toThrow(expect.objectContaining({ name: 'DataError' }));
  });

  it('measures the PRD’s share of Guangdong’s secondary industry on the bundled panel', () => {
    const { shares, shiftShare: ss } = transferTable(loadGuangdongPanel(), { variable: 'secondary_va', years: [2005, 2010, 2015, 2020] });
    const prd = objs(shares).filter((r) => r.group === 'PRD');
    expect(prd).toHaveLength(4);
    for (const r of prd) expect(r.share as number).toBeGreaterThan(70);
    for (const y of [2005, 2010, 2015, 2020]) {
      const total = objs(shares).filter((r) => r.year === y).reduce((s, r) => s + (r.share as number), 0);
      expect(total).toBeCloseTo(100, 10);
    }
    // 3 consecutive pairs + first→last, 5 scopes, 4 sector rows.
    expect(ss.numRows()).toBe(4 * 5 * 4);
  });
});

describe('transferTable: one row per city-year, typed rows', () => {
  it('refuses a repeated city-year among the years asked for, instead of summing it twice', () => {
    const dup = [...rows, { ...rows[0]! }];
    expect(() => transferTable(dup, { variable: 'secondary_va', years: [2010, 2015] })).toThrow(expect.objectContaining({ code: 'duplicate-key', row: rows.length + 1 }));
    expect(transferTable(dup, { variable: 'secondary_va', years: [2015] }).shares.rows().find((r) => r.group === 'PRD')!.value).toBe(97);
  });

  it('shares.rows() and shiftShare.rows() are TransferShareRow and ShiftShareRow records', () => {
    const { shares, shiftShare: ss } = transferTable(rows, { variable: 'secondary_va', years: [2010, 2015], groups: 'prd-vs-periphery' });
    expect(shares.rows().map((r) => `${r.year} ${r.group}`)).toEqual(['2010 PRD', '2010 periphery', '2015 PRD', '2015 periphery']);
    const total = ss.rows().find((r) => r.scope === 'periphery' && r.sector === 'total')!;
    expect(total.national_share + total.industrial_mix + total.regional_shift).toBeCloseTo(total.growth, 12);
  });
});
