import { describe, expect, it } from 'vitest';
import { guangdongCities, regionOf, findCity, suggestCity } from '../../src/data/cities.js';
import { DataError } from '../../src/core/errors.js';

describe('guangdongCities', () => {
  it('lists 21 cities: 9 PRD, 4 East, 3 West, 5 North', () => {
    expect(guangdongCities).toHaveLength(21);
    const n = (r: string): number => guangdongCities.filter((c) => c.region === r).length;
    expect([n('PRD'), n('East'), n('West'), n('North')]).toEqual([9, 4, 3, 5]);
    expect(new Set(guangdongCities.map((c) => c.city_code)).size).toBe(21);
  });
  it('is frozen', () => {
    expect(Object.isFrozen(guangdongCities)).toBe(true);
    expect(Object.isFrozen(guangdongCities[0])).toBe(true);
  });
});

describe('regionOf', () => {
  it('accepts codes and names in several forms', () => {
    for (const k of [440100, '440100', '广州', '广州市', 'Guangzhou', 'guangzhou']) expect(regionOf(k)).toBe('PRD');
    expect(regionOf('汕尾')).toBe('East');
    expect(regionOf(440800)).toBe('West');
    expect(regionOf('云浮市')).toBe('North');
  });
  it('refuses an unknown city and suggests the nearest', () => {
    expect(() => regionOf('Guangzou')).toThrow(DataError);
    expect(() => regionOf('Guangzou')).toThrow(/did you mean 广州/);
    expect(() => regionOf(440110)).toThrow(/440100/);
    expect(findCity('北京')).toBeUndefined();
    expect(suggestCity('汕投')?.city_zh).toBe('汕头');
  });
});
