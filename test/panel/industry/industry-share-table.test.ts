import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { industryRowsFromRecords } from '../../../src/data/read-industry.js';
import { industryShareTable } from '../../../src/panel/industry/industry-share-table.js';
import { THREE_CITIES } from './fixture.js';

setWarningHandler(() => {});
const table = industryRowsFromRecords(THREE_CITIES, 'three-cities');
const pick = (rows: ReturnType<typeof industryShareTable>, unit: string, year: number, aggregate: string) =>
  rows.find((r) => r.unit === unit && r.year === year && r.aggregate === aggregate)!;

describe('industryShareTable — three cities × three years, hand-computed', () => {
  const city = industryShareTable(table, { by: 'city', aggregates: ['advanced-manufacturing-gd', 'modern-services'] });

  it('gives one row per city-year-aggregate', () => {
    expect(city).toHaveLength(3 * 3 * 2);
  });

  it('advanced manufacturing: numerator over the sum of industries, or over TOTAL when given', () => {
    // 广州 2010: 39 (2002 equipment) 30 / (30+20+10+25+15 = 100)
    expect(pick(city, '广州', 2010, 'advanced-manufacturing')).toMatchObject({ numerator: 30, denominator: 100, share: 0.3, edition: '2002', flags: ['denominator-sum'] });
    // 广州 2011: TOTAL 120 is the denominator, not the parts' 100
    expect(pick(city, '广州', 2011, 'advanced-manufacturing')).toMatchObject({ numerator: 36, denominator: 120, share: 0.3, flags: [] });
    // 广州 2012: 2011 edition, 38 (电气机械) is equipment; the edition changes
    expect(pick(city, '广州', 2012, 'advanced-manufacturing')).toMatchObject({ numerator: 40, denominator: 100, share: 0.4, edition: '2011', flags: ['edition-break', 'denominator-sum'] });
    expect(pick(city, '深圳', 2011, 'advanced-manufacturing').share).toBeCloseTo(0.55, 12);
    // 汕头: 26 (chemicals) only
    expect([2010, 2011, 2012].map((y) => pick(city, '汕头', y, 'advanced-manufacturing').share)).toEqual([0.1, 0.15, 0.2]);
  });

  it('modern services at section level: J counts wholly; F, H, G (2011: transport) do not; I (2011: information) does', () => {
    expect(pick(city, '广州', 2010, 'modern-services').share).toBe(0.25);
    expect(pick(city, '广州', 2011, 'modern-services').share).toBeCloseTo(26 / 120, 12);
    expect(pick(city, '广州', 2012, 'modern-services').share).toBe(0.3);
    expect(pick(city, '深圳', 2012, 'modern-services').share).toBe(0.3);
    expect(pick(city, '广州', 2010, 'modern-services').flags).toContain('mapping-assumption');
  });

  it('regions sum numerators and denominators (ratio of sums) and say what is missing', () => {
    const reg = industryShareTable(table, { by: 'region', aggregates: ['advanced-manufacturing-gd'] });
    expect(reg.map((r) => `${r.unit} ${r.year}`)).toEqual(['PRD 2010', 'PRD 2011', 'PRD 2012', 'East 2010', 'East 2011', 'East 2012']);
    const prd = reg.filter((r) => r.unit === 'PRD');
    expect(prd.map((r) => r.numerator)).toEqual([80, 91, 100]);
    expect(prd.map((r) => r.denominator)).toEqual([200, 220, 200]);
    expect(prd[1]!.share).toBeCloseTo(91 / 220, 12);
    expect(prd[1]!.flags).toEqual(['denominator-mixed', 'incomplete-units']);
    expect(prd[2]!.flags).toEqual(['edition-break', 'denominator-sum', 'incomplete-units']);
    expect(prd[0]).toMatchObject({ unit_zh: '珠三角', n_cities: 2, n_expected: 9 });
    const prov = industryShareTable(table, { by: 'province', aggregates: ['advanced-manufacturing-gd'] });
    expect(prov.map((r) => r.share)).toEqual([0.3, (36 + 55 + 15) / 320, 0.4]);
  });

  it('a 2-digit table gives bounds for 高技术制造业, never a guess', () => {
    const ht = industryShareTable(table, { by: 'city', aggregates: ['high-tech-gd'] });
    const sz = pick(ht, '深圳', 2010, 'high-tech-manufacturing');
    // 40 (2002 通信设备…) straddles the list, which takes 401–407, 409 only
    expect(sz).toMatchObject({ numerator: 0, straddling: 50, share: null, lower: 0, upper: 0.5 });
    expect(sz.flags).toContain('range');
    // a mapping without the 2002 edition gives no numerator
    const nbs = industryShareTable(table, { by: 'city', aggregates: ['high-tech-nbs'] });
    expect(pick(nbs, '广州', 2010, 'high-tech-manufacturing')).toMatchObject({ numerator: null, share: null });
    expect(pick(nbs, '广州', 2010, 'high-tech-manufacturing').flags).toContain('no-mapping-edition');
  });

  it('refuses in-memory rows whose industries exceed the TOTAL', () => {
    const bad = table.rows.map((r) => (r.city === '广州' && r.year === 2011 && r.industry_code === 'TOTAL' ? { ...r, value: 90, value_yi: 90 } : r));
    expect(() => industryShareTable(bad, { by: 'city' })).toThrow(DataError);
    expect(() => industryShareTable(bad, { by: 'city' })).toThrow(/more than the TOTAL/);
  });
});
