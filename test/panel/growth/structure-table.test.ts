import { describe, expect, it } from 'vitest';
import { structureTable } from '../../../src/panel/growth/structure-table.js';
import { loadGuangdongPanel } from '../../../src/data/index.js';
import { DataError } from '../../../src/core/errors.js';
import { collectWarnings, frozen, objs } from '../helpers.js';

const rows = frozen([
  { city_zh: 'A', region: 'PRD', year: 2010, gdp: 100, primary_share: 10, secondary_share: 50, tertiary_share: 40, employment: 50, employment_primary_share: 20, employment_secondary_share: 40, employment_tertiary_share: 40 },
  { city_zh: 'A', region: 'PRD', year: 2011, gdp: 100, primary_share: 5, secondary_share: 45, tertiary_share: 50, employment: 50, employment_primary_share: 20, employment_secondary_share: 40, employment_tertiary_share: 40 },
  { city_zh: 'B', region: 'PRD', year: 2011, gdp: 300, primary_share: 5, secondary_share: 55, tertiary_share: 40, employment: 150, employment_primary_share: 20, employment_secondary_share: 40, employment_tertiary_share: 40 },
]);

describe('structureTable', () => {
  it('gives a city’s TS, H, TL and change from the fixture compositions', () => {
    const r = objs(structureTable(rows, { by: 'city', years: [2011] })).find((x) => x.unit === 'A')!;
    expect(r.ts).toBeCloseTo(50 / 45, 12);
    expect(r.h).toBeCloseTo(2.45, 12);
    expect(r.tl).toBeCloseTo(0.0952594236, 10); // structure.json rationalizationTL case
    expect(r.moore_prev).toBeCloseTo(0.9836443734, 10); // structure.json mooreIndex case
    expect(r.change_prev).toBeCloseTo(0.1, 12);
  });
  it('aggregates a region from summed sector value added and employment', () => {
    const r = objs(structureTable(rows, { by: 'region', years: [2011] }))[0]!;
    // VA: A (5, 45, 50), B (15, 165, 120) → (20, 210, 170) of 400
    expect([r.primary_share, r.secondary_share, r.tertiary_share].map((x) => Number(x.toFixed(10)))).toEqual([5, 52.5, 42.5]);
    expect(r.ts).toBeCloseTo(170 / 210, 12);
    expect(r.tl).toBeCloseTo(0.05 * Math.log(0.05 / 0.2) + 0.525 * Math.log(0.525 / 0.4) + 0.425 * Math.log(0.425 / 0.4), 12);
    expect([r.n_units, r.n_expected]).toEqual([2, 2]);
  });
  it('names the missing city when a region is incomplete (2010 lacks B)', () => {
    const r = objs(structureTable(rows, { by: 'region', years: [2010] }))[0]!;
    expect([r.secondary_share, r.h]).toEqual([null, null]);
    expect(r.note).toContain('B');
  });
  it('leaves H empty when shares do not add up to 100 and says so', () => {
    const r = objs(structureTable([{ city_zh: 'X', year: 2010, primary_share: 10, secondary_share: 10, tertiary_share: 10 }], { by: 'city' }))[0]!;
    expect(r.h).toBeNull();
    expect(r.note).toMatch(/sum to 30.00/);
  });
  it('refuses a table without share columns', () => {
    expect(() => structureTable([{ city_zh: 'X', year: 2010 }], { by: 'city' })).toThrow(DataError);
  });
  it('on the bundled panel: the PRD is more service-oriented than the North in 2019 and H lies in [1, 3]', () => {
    const { result } = collectWarnings(() => structureTable(loadGuangdongPanel(), { by: 'region', years: [2019] }));
    const rows = objs(result);
    const prd = rows.find((r) => r.unit === 'PRD')!;
    const north = rows.find((r) => r.unit === 'North')!;
    expect(prd.tertiary_share).toBeGreaterThan(north.tertiary_share);
    expect(rows.every((r) => r.h >= 1 && r.h <= 3)).toBe(true);
    expect(rows.every((r) => Math.abs(r.primary_share + r.secondary_share + r.tertiary_share - 100) < 1e-9)).toBe(true);
  });
});
