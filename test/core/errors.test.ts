import { describe, expect, it } from 'vitest';
import { DataError, MeasureError } from '../../src/core/errors.js';
import { requireFinite, sum } from '../../src/core/validate.js';

describe('DataError', () => {
  it('names the file, row and column in its message', () => {
    const e = new DataError('not-a-number', 'cell "n/a" is not a number', { file: 'p.csv', row: 3, column: 'gdp' }, 'declare "n/a" as missing');
    expect(e.message).toBe('file p.csv, row 3, column "gdp": cell "n/a" is not a number — declare "n/a" as missing');
    expect(e).toBeInstanceOf(Error);
    expect([e.file, e.row, e.column, e.code]).toEqual(['p.csv', 3, 'gdp', 'not-a-number']);
  });

  it('keeps the function that refused in-memory input, and the input, out of `file`', () => {
    const e = new DataError('duplicate-key', 'two rows for 2011', { function: 'disparityTable', row: 5, column: 'year' });
    expect([e.file, e.function, e.input, e.row]).toEqual([undefined, 'disparityTable', undefined, 5]);
    expect(e.message).toBe('disparityTable: row 5, column "year": two rows for 2011');
    const r = new DataError('invalid', 'bad value', { function: 'evaluateParks', input: 'records', row: 2 });
    expect([r.file, r.function, r.input]).toEqual([undefined, 'evaluateParks', 'records']);
    expect(r.message).toBe('evaluateParks: input records, row 2: bad value');
  });
});

describe('requireFinite', () => {
  it('refuses NaN and names its position', () => {
    expect(() => requireFinite('theilT', 'values', [1, Number.NaN])).toThrowError(/theilT: argument "values", index 1/);
    try { requireFinite('f', 'v', [1, 2, Number.NaN]); } catch (e) { expect((e as MeasureError).index).toBe(2); }
  });
  it('refuses empty input', () => {
    expect(() => requireFinite('gini', 'values', [])).toThrow(MeasureError);
  });
});

describe('sum', () => {
  it('compensates rounding error', () => {
    expect(sum([1e16, 1, -1e16])).toBe(1);
  });
});
