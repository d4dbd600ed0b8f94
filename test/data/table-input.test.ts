import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { asTable } from '../../src/data/table-input.js';
import { DataError } from '../../src/core/errors.js';

describe('asTable', () => {
  it('returns an arquero table unchanged', () => {
    const t = aq.table({ year: [2010, 2011] });
    expect(asTable(t)).toBe(t);
  });
  it('copies records without modifying them', () => {
    const rows = Object.freeze([Object.freeze({ year: 2010, gdp: 5 }), Object.freeze({ year: 2011, gdp: 6 })]);
    const t = asTable(rows);
    expect(t.array('gdp')).toEqual([5, 6]);
  });
  it('reads a DataFrame-like object by columns', () => {
    const t = asTable({ columns: ['a', 'b'], values: [[1, 'x'], [2, 'y']] });
    expect(t.objects()).toEqual([{ a: 1, b: 'x' }, { a: 2, b: 'y' }]);
  });
  it('refuses anything else with a DataError', () => {
    expect(() => asTable(42 as never)).toThrow(DataError);
  });
});
