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
