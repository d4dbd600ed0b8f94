import { describe, expect, it } from 'vitest';
import { extremeRow, latestRows } from '../../src/panel/latest-rows.js';

describe('latestRows', () => {
  it('keeps the rows of the largest year, in input order', () => {
    const rows = [{ year: 2021, v: 2 }, { year: 2020, v: 1 }, { year: 2021, v: 3 }];
    expect(latestRows(rows)).toEqual({ year: 2021, rows: [{ year: 2021, v: 2 }, { year: 2021, v: 3 }] });
  });
  it('gives no year for no rows', () => {
    expect(latestRows([])).toEqual({ year: null, rows: [] });
  });
});

describe('extremeRow', () => {
  const rows = [{ u: 'a', ts: 1.2 }, { u: 'b', ts: 0.9 }, { u: 'c', ts: null }, { u: 'd', ts: 0.9 }, { u: 'e', ts: Number.NaN }];
  it('finds the smallest and largest value, skipping null and NaN, first of ties', () => {
    expect(extremeRow(rows, (r) => r.ts, 'min')?.u).toBe('b');
    expect(extremeRow(rows, (r) => r.ts, 'max')?.u).toBe('a');
  });
  it('is null when no row has a value', () => {
    expect(extremeRow([{ ts: null }], (r) => r.ts, 'max')).toBeNull();
  });
});
