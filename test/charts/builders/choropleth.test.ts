import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { cityChoropleth, guangdongCityBoundaries } from '../../../src/charts/index.js';
import { choroplethRows } from '../examples.js';

describe('cityChoropleth', () => {
  it('embeds the 21 city features inline and looks values up by city code', () => {
    const spec = cityChoropleth(Object.freeze(choroplethRows.map((r) => Object.freeze(r)))) as any;
    const [base, filled, labels] = spec.layer;
    expect(base.data.values).toHaveLength(21);
    expect(base.data.values[0].properties).toEqual({ city_code: '440100', name: '广州市' });
    expect(filled.transform[0]).toEqual({
      lookup: 'properties.city_code', from: { data: { values: expect.any(Array) }, key: 'city_code', fields: ['value'] },
    });
    expect(filled.transform[0].from.data.values[0]).toEqual({ city_code: '440100', value: 20000 });
    expect(labels.data.values.find((l: any) => l.name === '深圳')).toBeDefined();
    expect(spec.projection.type).toBe('mercator');
  });

  it('uses English city names with lang "en" and accepts an arquero table', () => {
    const spec = cityChoropleth(aq.from(choroplethRows), { lang: 'en', cityLabels: false }) as any;
    expect(spec.layer).toHaveLength(2);
    expect(spec.layer[0].data.values.find((f: any) => f.id === '440300').properties.name).toBe('Shenzhen');
  });

  it('refuses an unknown city code and a city given twice', () => {
    expect(() => cityChoropleth([{ city_code: 110000, value: 1 }])).toThrow(/110000 is not on the map/);
    expect(() => cityChoropleth([{ city_code: 440100, value: 1 }, { city_code: '440100', value: 2 }])).toThrow(/appears twice/);
  });

  it('reads the cached boundaries once and hands out a frozen object', () => {
    const a = guangdongCityBoundaries();
    expect(a).toBe(guangdongCityBoundaries());
    expect(Object.isFrozen(a.features[0])).toBe(true);
  });
});
