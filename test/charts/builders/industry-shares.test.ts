import { describe, expect, it } from 'vitest';
import { industrySharesChart, renderSvg } from '../../../src/charts/index.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { industryRowsFromRecords } from '../../../src/data/read-industry.js';
import { industryShareTable } from '../../../src/panel/industry/industry-share-table.js';
import { THREE_CITIES } from '../../panel/industry/fixture.js';

setWarningHandler(() => {});
const rows = industryShareTable(industryRowsFromRecords(THREE_CITIES, 'three-cities'), { by: 'city' });

describe('industrySharesChart', () => {
  it('draws one line segment per unit and edition, marks the 2012 edition change and the 2010 baseline', () => {
    const spec = industrySharesChart(rows, { aggregate: 'advanced-manufacturing' }) as any;
    const values = spec.data.values as Array<{ segment: string; area: string }>;
    expect(new Set(values.map((v) => v.segment))).toEqual(new Set(['广州 | 2002', '广州 | 2011', '深圳 | 2002', '深圳 | 2011', '汕头 | 2002', '汕头 | 2011']));
    expect(spec.layer[0].encoding.detail.field).toBe('segment');
    expect(spec.layer[2].data.values).toEqual([{ year: 2012, text: 'GB/T 4754-2011' }]);
    expect(spec.layer[2].layer[0].mark.strokeDash).toEqual([4, 3]);
    expect(spec.layer[3].data.values[0]).toEqual({ year: 2010, text: '2010年基期' });
    expect(spec.title.text).toBe('先进制造业增加值占比（行业分类标准版本变更处断开）');
  });

  it('draws bounds as bars, refuses mixed aggregates without a choice and out-of-range shares', () => {
    const spec = industrySharesChart(rows.filter((r) => r.aggregate === 'high-tech-manufacturing'), { lang: 'en', baseline: null }) as any;
    expect(spec.layer).toHaveLength(3);
    expect(spec.layer[1].encoding.y2.field).toBe('upper');
    expect(() => industrySharesChart(rows)).toThrow(/pass \{ aggregate \}/);
    expect(() => industrySharesChart([{ unit: '广州', year: 2010, aggregate: 'x', share: 45, lower: 45, upper: 45, edition: '2002' }])).toThrow(/outside 0–1/);
  });

  it('renders to SVG', async () => {
    const svg = await renderSvg(industrySharesChart(rows, { aggregate: 'modern-services' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('GB/T 4754-2011');
  }, 30_000);
});
