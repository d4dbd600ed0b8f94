import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { fillYearGaps, yearRange } from '../../src/charts/year-gaps.js';
import { disparityChart, growthGapChart, regionSharesChart, sectorShareChart, structureIndexChart } from '../../src/charts/index.js';

// Years as the bundled panel has them: 2015, 2016, then 2020 (2017–2019 missing).
const YEARS = [2015, 2016, 2020];

describe('fillYearGaps', () => {
  it('adds a null row per series for each missing year, keeps the given rows first', () => {
    const rows = [{ unit: 'PRD', year: 2016, v: 1 }, { unit: 'PRD', year: 2020, v: 2 }, { unit: 'East', year: 2016, v: 3 }, { unit: 'East', year: 2017, v: 4 }, { unit: 'East', year: 2020, v: 5 }];
    const out = fillYearGaps(rows, ['unit'], ['v']);
    expect(out.slice(0, 5)).toEqual(rows);
    expect(out.slice(5)).toEqual([
      { unit: 'PRD', year: 2017, v: null, gap: true }, { unit: 'PRD', year: 2018, v: null, gap: true }, { unit: 'PRD', year: 2019, v: null, gap: true },
      { unit: 'East', year: 2018, v: null, gap: true }, { unit: 'East', year: 2019, v: null, gap: true },
    ]);
    expect(fillYearGaps([], [], ['v'])).toEqual([]);
    expect(yearRange(rows)).toEqual([2016, 2017, 2018, 2019, 2020]);
  });
});

const gapYears = (values: { year: number; gap?: boolean }[]) => values.filter((r) => r.gap).map((r) => r.year);

describe('line charts break at missing years instead of joining 2016 to 2020', () => {
  it('growthGapChart: null gap rows for 2017–2019, and vega-lite draws lines only where defined', () => {
    const spec = growthGapChart(YEARS.map((year) => ({ unit: 'PRD', year, gdp_growth: 8, per_capita_growth: 6, gap_pp: 2 }))) as any;
    expect(spec.data.values.filter((r: any) => r.gap).map((r: any) => [r.year, r.gap_pp, r.area])).toEqual([[2017, null, '珠三角'], [2018, null, '珠三角'], [2019, null, '珠三角']]);
    const compiled = compile(spec).spec as any;
    const line = JSON.stringify(compiled.marks);
    expect(line).toContain('"defined"');
    expect(line).toMatch(/isValid\(datum\[\\"gap_pp\\"\]\)/);
  });

  it('regionSharesChart, sectorShareChart and structureIndexChart add the null rows too', () => {
    const rs = regionSharesChart(YEARS.map((year) => ({ region: 'PRD', year, share: 0.8 }))) as any;
    expect(gapYears(rs.layer ? rs.data.values : [])).toEqual([2017, 2018, 2019]);
    expect(rs.data.values.find((r: any) => r.year === 2018).share).toBeNull();
    const ss = sectorShareChart(YEARS.map((year) => ({ year, primary_share: 4, secondary_share: 40, tertiary_share: 56 }))) as any;
    expect(gapYears(ss.data.values)).toEqual([2017, 2018, 2019]);
    expect(ss.data.values.find((r: any) => r.year === 2017)).toMatchObject({ primary_share: null, secondary_share: null, tertiary_share: null });
    const si = structureIndexChart(YEARS.map((year) => ({ unit: 'PRD', year, ts: 1.2 })), { indices: ['ts'] }) as any;
    expect(gapYears(si.data.values)).toEqual([2017, 2018, 2019]);
  });

  it('disparityChart keeps the missing years as empty slots on its ordinal axis', () => {
    const spec = disparityChart(YEARS.map((year) => ({ year, between: 0.1, within: 0.05 }))) as any;
    expect(spec.encoding.x.scale.domain).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });
});
