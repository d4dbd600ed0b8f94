import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { cityValues } from '../../../src/panel/disparity/city-values.js';

describe('cityValues', () => {
  const table = [
    { city_code: 1, city_zh: 'A', region: 'PRD', year: 2010, gdp_per_capita: 30000 },
    { city_code: 2, city_zh: 'B', region: 'East', year: 2010, gdp_per_capita: null },
    { city_code: 1, city_zh: 'A', region: 'PRD', year: 2011, gdp_per_capita: 31000 },
    { city_code: 3, city_zh: 'C', region: 'North', year: 2010, gdp_per_capita: 12000 },
  ];

  it('reads one year typed, keeps a missing value as null and lists the city', () => {
    const v = cityValues(table, { year: 2010 });
    expect(v.rows).toEqual([
      { city_code: 1, city_zh: 'A', region: 'PRD', value: 30000 },
      { city_code: 2, city_zh: 'B', region: 'East', value: null },
      { city_code: 3, city_zh: 'C', region: 'North', value: 12000 },
    ]);
    expect(v.known.map((r) => r.city_zh)).toEqual(['A', 'C']);
    expect(v.missing_cities).toEqual(['B']);
    expect(cityValues(table, { year: 1990 }).rows).toEqual([]);
  });

  it('refuses two rows of one city in the year, and an unknown region', () => {
    expect(() => cityValues([...table, { ...table[0]! }], { year: 2010 })).toThrow(expect.objectContaining({ code: 'duplicate-key' }));
    expect(() => cityValues([{ ...table[0]!, region: 'Mars' }], { year: 2010 })).toThrow(expect.objectContaining({ code: 'unknown-category', row: 1 }));
    expect(() => cityValues(table, { year: 2010, variable: 'gdp' })).toThrow(expect.objectContaining({ code: 'missing-column' }));
    expect(() => cityValues([{ ...table[0]!, city_code: null }], { year: 2010 })).toThrow(expect.objectContaining({ code: 'not-a-number', row: 1, column: 'city_code' }));
  });

  it('bundled panel 2019: 21 cities, 深圳 203 489 元', () => {
    const v = cityValues(loadGuangdongPanel(), { year: 2019 });
    expect(v.known.length).toBe(21);
    expect(v.known.find((r) => r.city_code === 440300)!.value).toBeCloseTo(203489.0234, 4);
    expect(cityValues(loadGuangdongPanel(), { year: 2004 }).missing_cities).toEqual(['梅州', '云浮']);
  });
});
