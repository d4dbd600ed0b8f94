import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { growthGapChart } from '../../../src/charts/index.js';
import { growthRows } from '../examples.js';

const frozen = Object.freeze(growthRows.map((r) => Object.freeze({ ...r })));

describe('growthGapChart', () => {
  it('maps gap_pp by year, one line per area labelled in Chinese, and marks 2011 with a rule', () => {
    const spec = growthGapChart(frozen) as any;
    const line = spec.layer[1];
    expect(line.encoding.y.field).toBe('gap_pp');
    expect(line.encoding.color.sort).toEqual(['广东省', '珠三角', '粤东', '粤西', '粤北山区']);
    const plan = spec.layer[2];
    expect(plan.data.values).toEqual([{ planYear: 2011, text: '2011年 《行动计划》实施' }]);
    expect(plan.layer[0].mark.type).toBe('rule');
    expect(spec.data.values).toHaveLength(frozen.length);
    expect(spec.data.values[0]).toMatchObject({ unit: 'Guangdong', year: 2008, gap_pp: 1, area: '广东省' });
  });

  it('accepts an arquero table the same as rows, and does not change its input', () => {
    const before = JSON.stringify(frozen);
    expect(growthGapChart(aq.from(growthRows))).toEqual(growthGapChart(frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('shows the method by dash only when rows carry more than one', () => {
    expect((growthGapChart(frozen) as any).layer[1].encoding.strokeDash).toBeUndefined();
    const mixed = frozen.map((r, i) => ({ ...r, method: i % 2 ? 'official' : 'derived' }));
    expect((growthGapChart(mixed) as any).layer[1].encoding.strokeDash.field).toBe('method');
  });

  it('switches to English labels and honours planYear', () => {
    const spec = growthGapChart(frozen, { lang: 'en', planYear: 2008 }) as any;
    expect(spec.title.text).toBe('GDP growth minus per-capita GDP growth');
    expect(spec.layer[1].encoding.color.sort[1]).toBe('Pearl River Delta');
    expect(spec.layer[2].data.values[0].planYear).toBe(2008);
  });

  it('keeps null gaps (a break in the line) but refuses NaN and missing columns', () => {
    const withNull = [{ ...growthRows[0]!, gap_pp: null }];
    expect((growthGapChart(withNull) as any).data.values[0].gap_pp).toBeNull();
    expect(() => growthGapChart([{ ...growthRows[0]!, gap_pp: Number.NaN }])).toThrow(/row 1, column "gap_pp"/);
    expect(() => growthGapChart([{ unit: 'PRD', year: 2010 }] as never)).toThrow(DataError);
    expect(() => growthGapChart([])).toThrow(/no rows/);
  });
});
