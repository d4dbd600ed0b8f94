import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateIndustries } from '../../../src/measures/structure/aggregate-industries.js';
import { loadIndustryMapping } from '../../../src/panel/growth/industry-mappings.js';
import { setWarningHandler, type DataWarning } from '../../../src/core/warnings.js';
import { MeasureError } from '../../../src/core/errors.js';

const adv = loadIndustryMapping('advanced-manufacturing-gd');
const hiNbs = loadIndustryMapping('high-tech-nbs');
let warnings: DataWarning[] = [];
let prev: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  warnings = [];
  prev = setWarningHandler((w) => warnings.push(w));
});
afterEach(() => setWarningHandler(prev));

describe('aggregateIndustries', () => {
  it('sums the divisions of 先进制造业 under GB/T 4754-2011 (2015): 39 + 31 + 26', () => {
    const rows = Object.freeze([
      Object.freeze({ code: '39', value: 100 }),
      Object.freeze({ code: '31', value: 20 }),
      Object.freeze({ code: '26', value: 15 }),
      Object.freeze({ code: '13', value: 30 }),
      Object.freeze({ code: '27', value: 7 }),
    ]);
    const a = aggregateIndustries(rows, adv, 2015);
    expect(a.total).toBe(135);
    expect(a.edition).toBe('2011');
    expect(a.groups.map((g) => [g.id, g.value])).toEqual([
      ['equipment', 100],
      ['iron-steel', 20],
      ['petroleum-chemical', 15],
    ]);
    expect(a.complete).toBe(true);
    expect(warnings).toEqual([]);
  });
  it('uses the edition valid for the year: division 32 is steel in 2010 but not in 2015', () => {
    const rows = [{ code: '32', value: 10 }];
    expect(aggregateIndustries(rows, adv, 2010).total).toBe(10);
    expect(aggregateIndustries(rows, adv, 2015).total).toBe(0);
  });
  it('counts finer codes under a mapped division and accepts numeric codes', () => {
    expect(aggregateIndustries([{ code: 3911, value: 4 }, { code: '392', value: 6 }], adv, 2020).total).toBe(10);
  });
  it('reports a division coarser than the mapping as a range, with a warning, instead of guessing', () => {
    // NBS high-tech takes 374 (aerospace) only; a table with division 37 cannot be split.
    const a = aggregateIndustries([{ code: '37', value: 50 }, { code: '27', value: 10 }], hiNbs, 2015);
    expect(a.total).toBe(10);
    expect(a.straddling).toBe(50);
    expect(a.complete).toBe(false);
    expect(a.unresolved).toEqual([{ code: '37', value: 50, groups: ['aerospace'], needs: ['374'] }]);
    expect(warnings.map((w) => w.code)).toEqual(['industry-code-too-coarse']);
  });
  it('refuses a table that mixes a division with its own groups, and duplicate codes', () => {
    expect(() => aggregateIndustries([{ code: '39', value: 1 }, { code: '391', value: 1 }], adv, 2015)).toThrowError(/nested/);
    expect(() => aggregateIndustries([{ code: '39', value: 1 }, { code: '39', value: 1 }], adv, 2015)).toThrowError(/twice/);
  });
  it('refuses malformed codes, non-finite values and empty tables', () => {
    expect(() => aggregateIndustries([{ code: 'C39', value: 1 }], adv, 2015)).toThrowError(/index 0/);
    expect(() => aggregateIndustries([{ code: '39', value: Number.NaN }], adv, 2015)).toThrow(MeasureError);
    expect(() => aggregateIndustries([], adv, 2015)).toThrow(MeasureError);
  });
  it('never exceeds the table total and splits into its groups exactly', () => {
    const divisions = Array.from({ length: 31 }, (_, i) => String(13 + i));
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 31, maxLength: 31 }), (values) => {
        const rows = divisions.map((code, i) => ({ code, value: values[i]! }));
        const a = aggregateIndustries(rows, adv, 2016);
        const total = values.reduce((s, v) => s + v, 0);
        expect(a.total).toBeLessThanOrEqual(total * (1 + 1e-12) + 1e-9);
        expect(a.groups.reduce((s, g) => s + g.value, 0)).toBeCloseTo(a.total, 6);
      }),
    );
  });
});
