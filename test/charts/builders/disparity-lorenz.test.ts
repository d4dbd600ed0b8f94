import { describe, expect, it } from 'vitest';
import { disparityChart, lorenzChart } from '../../../src/charts/index.js';
import { disparityRows, lorenzPoints } from '../examples.js';

describe('disparityChart', () => {
  it('stacks between- and within-region Theil components, between at the bottom', () => {
    const spec = disparityChart(Object.freeze(disparityRows.map((r) => Object.freeze(r)))) as any;
    expect(spec.mark.type).toBe('bar');
    expect(spec.encoding.y.stack).toBe('zero');
    expect(spec.encoding.color.scale.domain).toEqual(['区域间', '区域内']);
    expect(spec.transform[0].fold).toEqual(['between', 'within']);
    expect(spec.data.values).toEqual(disparityRows);
  });

  it('refuses a missing component column', () => {
    expect(() => disparityChart([{ year: 2010, between: 0.1 }] as never)).toThrow(/"within"/);
  });
});

describe('lorenzChart', () => {
  it('draws the given points in their order with the line of equality, on 0–1 axes', () => {
    const spec = lorenzChart(Object.freeze(lorenzPoints.map((p) => Object.freeze(p)))) as any;
    expect(spec.layer[0].data.values.map((d: any) => [d.population, d.value])).toEqual([[0, 0], [1, 1]]);
    expect(spec.layer[1].data.values.map((d: any) => d.order)).toEqual([0, 1, 2, 3, 4]);
    expect(spec.layer[1].data.values[2]).toMatchObject({ population: 0.5, value: 0.2 });
    expect(spec.layer[0].encoding.x.scale.domain).toEqual([0, 1]);
    expect(spec.width).toBe(spec.height);
  });

  it('colours several curves by series', () => {
    const two = [...lorenzPoints.map((p) => ({ ...p, series: 2010 })), ...lorenzPoints.map((p) => ({ ...p, series: 2020 }))];
    expect((lorenzChart(two) as any).layer[1].encoding.color.field).toBe('series');
  });

  it('refuses shares outside 0–1', () => {
    expect(() => lorenzChart([{ population: 0, value: 0 }, { population: 100, value: 1 }])).toThrow(/row 2, column "population"/);
  });
});

describe('inputs as the measures and panel layers produce them', () => {
  it("disparityChart reads disparityTable's theil_t_between / theil_t_within columns", () => {
    const rows = [{ year: 2010, theil_t_between: 0.1, theil_t_within: 0.04, theil_l_between: 0.2 }];
    const spec = disparityChart(rows, { betweenColumn: 'theil_t_between', withinColumn: 'theil_t_within' }) as any;
    expect(spec.data.values).toEqual([{ year: 2010, between: 0.1, within: 0.04 }]);
  });

  it("lorenzChart takes lorenzCurve's { populationShare, valueShare } object", () => {
    const spec = lorenzChart({ populationShare: [0, 0.5, 1], valueShare: [0, 0.3, 1] }) as any;
    expect(spec.layer[1].data.values).toEqual([
      { population: 0, value: 0, order: 0 }, { population: 0.5, value: 0.3, order: 1 }, { population: 1, value: 1, order: 2 },
    ]);
    expect(() => lorenzChart({ populationShare: [0, 1], valueShare: [0] })).toThrow(/valueShare 1/);
  });
});
