import { describe, expect, it } from 'vitest';
import { guangdongCities, regionOf, findCity, suggestCity, requireSameCity } from '../../src/data/cities.js';
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

describe('requireSameCity', () => {
  const err = (f: () => unknown): DataError => { try { f(); } catch (x) { return x as DataError; } throw new Error('no error'); };
  it('resolves agreeing cells in any spelling and skips empty ones', () => {
    expect(requireSameCity([['city_code', 440300], ['city_zh', '深圳市'], ['city_en', 'Shenzhen'], ['x', '']]).city_code).toBe(440300);
  });
  it('refuses cells naming two cities, naming both, and an unknown city, naming its column', () => {
    const e = err(() => requireSameCity([['city_code', 440300], ['city_zh', '广州']], { file: 'f.csv', row: 4 }));
    expect([e.code, e.file, e.row, e.column]).toEqual(['invalid', 'f.csv', 4, 'city_zh']);
    expect(e.message).toMatch(/city_code "440300" is 深圳 \(440300\) but city_zh "广州" is 广州 \(440100\)/);
    const u = err(() => requireSameCity([['city_code', 440300], ['city_zh', '深川']]));
    expect([u.code, u.column]).toEqual(['unknown-city', 'city_zh']);
    expect(err(() => requireSameCity([['city', null]])).code).toBe('missing-column');
  });
});
