import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { guangdongCityBoundaries } from '../../../src/charts/geo.js';
import { guangdongWeights, lisaTable, markovTable, moranByYear } from '../../../src/panel/spatial/index.js';
import { moranI } from '../../../src/measures/spatial/moran-i.js';
import { localMoran } from '../../../src/measures/spatial/local-moran.js';
import { recordWarnings } from '../helpers.js';

const w = guangdongWeights(guangdongCityBoundaries());
const panel = loadGuangdongPanel({ from: 2002, to: 2020 });
const warnings = recordWarnings();

describe('guangdongWeights', () => {
  it('orders the 21 cities by code, 39 borders, row-standardised', () => {
    expect(w.ids[0]).toBe('440100');
    expect(w.ids[20]).toBe('445300');
    expect([...w.ids].sort()).toEqual(w.ids);
    expect(w.cardinalities.reduce((a, b) => a + b, 0) / 2).toBe(39);
    expect(w.s0).toBeCloseTo(21, 12);
    expect(() => guangdongWeights({ features: guangdongCityBoundaries().features.slice(1) })).toThrow(/each of the 21 cities/);
  });
});

describe('moranByYear', () => {
  it('tests each year with every city, equals moranI on the same vector, marks the census basis', () => {
    const rows = moranByYear(panel, { weights: w, permutations: 99 });
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2002 + i));
    const r2004 = rows.find((r) => r.year === 2004)!;
    expect(r2004).toMatchObject({ n: 19, I: null, missing_cities: '梅州,云浮' });
    const r2019 = rows.find((r) => r.year === 2019)!;
    const y = w.ids.map((id) => (panel.objects() as { city_code: number; year: number; gdp_per_capita: number }[]).find((o) => o.year === 2019 && String(o.city_code) === id)!.gdp_per_capita);
    expect(r2019.I).toBeCloseTo(moranI(y, w, { permutations: 0 }).I, 14);
    expect(r2019.basis).toBe('pre-census');
    expect(rows.find((r) => r.year === 2020)!.basis).toBe('census-2020');
    expect(warnings.map((x) => x.code)).toContain('series-break:per-capita-census-2020');
  });

  it('refuses a year not in the table', () => {
    expect(() => moranByYear(panel, { weights: w, years: [1990] })).toThrow(expect.objectContaining({ code: 'out-of-range' }));
  });
});

describe('lisaTable', () => {
  it('gives each city its quadrant and a cluster class only when significant, repeatably', () => {
    const rows = lisaTable(panel, { year: 2019, weights: w, permutations: 999 });
    expect(rows).toHaveLength(21);
    expect(lisaTable(panel, { year: 2019, weights: w, permutations: 999 })).toEqual(rows);
    for (const r of rows) expect(r.cluster).toBe(r.p_sim <= 0.05 ? r.quadrant : 'ns');
    const sz = rows.find((r) => r.city_zh === '深圳')!;
    expect(sz.quadrant).toBe('HH');
    const y = rows.map((r) => r.value);
    expect(rows.map((r) => r.Ii)).toEqual(localMoran(y, w, { permutations: 0 }).map((r) => r.Ii));
    expect(() => lisaTable(panel, { year: 2004, weights: w })).toThrow(/梅州, 云浮/);
  });
});

describe('markovTable', () => {
  it('counts 21 × 14 transitions over 2005–2019 with rows summing to 1 and lists big moves', () => {
    const m = markovTable(panel, { from: 2005, to: 2019, k: 4, weights: w });
    expect(m.counts.flat().reduce((a, b) => a + b, 0)).toBe(21 * 14);
    m.probabilities.forEach((r) => expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12));
    expect(m.cutoffs).toHaveLength(3);
    expect(m.cityClasses).toHaveLength(21);
    for (const mv of m.moversFirstToLast) expect(Math.abs(mv.change)).toBeGreaterThanOrEqual(2);
    const sz = m.cityClasses.find((c) => c.city_zh === '深圳')!;
    expect(sz.classes.every((c) => c === 3)).toBe(true);
    if (m.steadyState) expect(m.steadyState.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const perYear = markovTable(panel, { from: 2005, to: 2019, k: 4, weights: w, classes: 'per-year' });
    expect(perYear.cutoffs).toEqual([]);
    expect(() => markovTable(panel, { from: 2002, to: 2005, weights: w })).toThrow(/missing in 2004/);
  });
});

import { guangdongCentroids } from '../../../src/panel/spatial/index.js';
import { knnWeights } from '../../../src/measures/spatial/knn-weights.js';

describe('guangdongCentroids', () => {
  it('gives one centroid per city in code order, usable for k-nearest-neighbour weights', () => {
    const c = guangdongCentroids(guangdongCityBoundaries());
    expect(c.map((r) => r.city_code)).toEqual(w.ids);
    const gz = c[0]!;
    expect(gz.city_zh).toBe('广州');
    expect(gz.lon).toBeGreaterThan(113);
    expect(gz.lon).toBeLessThan(114);
    const knn = knnWeights(c.map((r) => [r.lon, r.lat]), { k: 4, ids: c.map((r) => r.city_code) });
    const sz = knn.ids.indexOf('440300');
    expect(knn.neighbors[sz]!.map((j) => knn.ids[j])).toContain('441900'); // 东莞 is among 深圳's 4 nearest
  });
});
