import { describe, expect, it } from 'vitest';
import { areaLabel, CITY_NAMES, label } from '../../src/charts/labels.js';
import { guangdongCityBoundaries } from '../../src/charts/geo.js';

describe('chart labels', () => {
  it('gives Chinese by default and English on request', () => {
    expect(label('year')).toBe('年份');
    expect(label('year', 'en')).toBe('Year');
    expect(label('yellowCard', 'zh')).toBe('黄牌');
  });

  it('names regions, the province and cities, and passes other text through', () => {
    expect(areaLabel('PRD')).toBe('珠三角');
    expect(areaLabel('North', 'en')).toBe('Northern mountainous area');
    expect(areaLabel('province', 'zh')).toBe('广东省');
    expect(areaLabel(440300, 'en')).toBe('Shenzhen');
    expect(areaLabel('某县')).toBe('某县');
  });

  it("has a name for each of the map's 21 cities, matching the map's Chinese names", () => {
    const features = guangdongCityBoundaries().features;
    expect(Object.keys(CITY_NAMES).sort()).toEqual(features.map((f) => f.id).sort());
    for (const f of features) expect(CITY_NAMES[f.id]!.zh).toBe(f.properties.name);
  });
});
