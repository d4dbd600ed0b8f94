import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { disparityTable } from '../../../src/panel/disparity/disparity-table.js';
import { earliestRow, latestRow } from '../../../src/panel/pick/year-rows.js';
import { weightedDisparityTable } from '../../../src/panel/weighted/weighted-disparity-table.js';
import { recordWarnings } from '../helpers.js';

recordWarnings();

const rows = [
  { year: 2003, a: 1, b: null as number | null },
  { year: 2001, a: 2, b: 5 as number | null },
  { year: 2005, a: null as number | null, b: 7 as number | null },
  { year: 2004, a: 4, b: 8 as number | null },
];

describe('latestRow / earliestRow', () => {
  it('picks the latest and earliest year whose asked fields all have a value', () => {
    expect(latestRow(rows, ['a']).year).toBe(2004);
    expect(latestRow(rows, ['b']).year).toBe(2005);
    expect(latestRow(rows, ['a', 'b']).year).toBe(2004);
    expect(earliestRow(rows, ['a', 'b']).year).toBe(2001);
    expect(earliestRow(rows, ['a']).year).toBe(2001);
    const r = latestRow(rows, ['a', 'b']);
    const sum: number = r.a + r.b; // typed non-null
    expect(sum).toBe(12);
  });

  it('keeps the first row in input order on a tie of years', () => {
    expect(latestRow([{ year: 1, v: 'x' }, { year: 1, v: 'y' }], ['v']).v).toBe('x');
  });

  it('throws a DataError naming the fields when no row has them', () => {
    expect(() => latestRow([{ year: 1, a: null }], ['a'])).toThrow(expect.objectContaining({ code: 'empty', name: 'DataError' }));
    expect(() => earliestRow([] as { year: number; a: number }[], ['a'])).toThrow(/no row of the 0 given has a value for a/);
  });

  it('on the bundled panel: the latest Theil T is 2021 (two cities only: limit the years), the first weighted year 2002', () => {
    const dis = disparityTable(loadGuangdongPanel({ from: 2001, to: 2021 })).rows();
    expect(latestRow(dis, ['theil_t'])).toMatchObject({ year: 2021, n: 2 });
    expect(latestRow(dis.filter((r) => r.year <= 2019), ['theil_t']).theil_t).toBeCloseTo(0.197772523458933, 12);
    expect(earliestRow(weightedDisparityTable(loadGuangdongPanel()), ['theil_t']).year).toBe(2002);
  });
});
