import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/core/errors.js';
import { labourSeriesChart } from '../../../src/charts/index.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false }).compile(schema);

// Hand-made, illustrative values (not data): two segments of the PRD, one of the North.
const rows = Object.freeze([
  { unit: 'PRD', year: 1994, value: 42.9, segment: 'PRD:0' },
  { unit: 'PRD', year: 1995, value: 44.2, segment: 'PRD:0' },
  { unit: 'PRD', year: 2004, value: 68.9, segment: 'PRD:1' },
  { unit: 'PRD', year: 2005, value: 70.5, segment: 'PRD:1' },
  { unit: 'North', year: 1994, value: 22.0, segment: 'North:0' },
  { unit: 'North', year: 1995, value: 21.5, segment: 'North:0' },
].map((r) => Object.freeze(r)));

describe('labourSeriesChart', () => {
  it('draws one line per segment (detail), areas in conventional order, and marks the change of basis', () => {
    const spec = labourSeriesChart(rows) as any;
    const lines = spec.layer[0];
    expect(lines.encoding.detail.field).toBe('segment');
    expect(lines.encoding.color.sort).toEqual(['珠三角', '粤北山区']);
    expect(lines.encoding.y.title).toBe('占比（%）');
    // PRD:1 starts in 2004, after the first year 1994: one break mark
    expect(spec.layer[1].data.values).toEqual([{ year: 2004, text: '统计口径变化' }]);
    expect(spec.title.text).toBe('四大区域占全省从业人员比重（同一统计口径内连线）');
    expect(spec.data.values[2]).toMatchObject({ unit: 'PRD', year: 2004, value: 68.9, area: '珠三角' });
  });

  it('adds a PRD = 1 rule for the productivity gap and switches to English', () => {
    const spec = labourSeriesChart(rows.map((r) => ({ ...r, value: r.value / 100 })), { measure: 'productivityGap', lang: 'en' }) as any;
    expect(spec.layer[0].encoding.y.datum).toBe(1);
    expect(spec.layer[1].encoding.y.title).toBe('Ratio to the PRD');
    expect(spec.layer[1].encoding.color.sort).toEqual(['Pearl River Delta', 'Northern mountainous area']);
  });

  it('keeps each area\'s colour when the PRD is left out (productivity relative to the PRD)', () => {
    const withPrd = (labourSeriesChart(rows) as any).layer[0].encoding.color.scale;
    expect(withPrd).toEqual({ domain: ['珠三角', '粤北山区'], range: ['#4c78a8', '#72b7b2'] });
    const noPrd = (labourSeriesChart(rows.filter((r) => r.unit !== 'PRD')) as any).layer[0].encoding.color.scale;
    expect(noPrd).toEqual({ domain: ['粤北山区'], range: ['#72b7b2'] });
  });

  it('accepts an arquero table the same as rows, without changing its input', () => {
    const before = JSON.stringify(rows);
    expect(labourSeriesChart(aq.from(rows.map((r) => ({ ...r }))))).toEqual(labourSeriesChart(rows));
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('refuses a share outside 0–100 and a missing column', () => {
    expect(() => labourSeriesChart([{ unit: 'PRD', year: 2000, value: 120, segment: 'PRD:0' }])).toThrow(DataError);
    expect(() => labourSeriesChart([{ unit: 'PRD', year: 2000, value: 12 } as never])).toThrow(DataError);
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const measure of ['employmentShare', 'productivityGap'] as const) {
      it(`is a valid vega-lite spec (${measure}, ${lang})`, () => {
        const spec = labourSeriesChart(measure === 'employmentShare' ? rows : rows.map((r) => ({ ...r, value: r.value / 50 })), { lang, measure });
        const ok = validate(spec);
        expect(ok ? [] : (validate.errors ?? []).slice(0, 5)).toEqual([]);
      });
    }
  }
  it('the validator can fail', () => {
    expect(validate({ mark: 'no-such-mark', data: { values: [] } })).toBe(false);
  });
});
