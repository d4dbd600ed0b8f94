import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { convergenceTable } from '../../../src/panel/disparity/convergence-table.js';
import { findRow } from '../../../src/panel/pick/find-row.js';
import { recordWarnings } from '../helpers.js';

recordWarnings();

describe('findRow', () => {
  const rows = [{ s: 'a', v: null as number | null }, { s: 'b', v: 1 as number | null }, { s: 'a', v: 2 as number | null }, { s: 'a', v: 3 as number | null }];

  it('returns the first matching row with the values, typed non-null', () => {
    const r = findRow(rows, (x) => x.s === 'a', ['v']);
    const v: number = r.v;
    expect(v).toBe(2);
  });

  it('throws a DataError when none matches', () => {
    expect(() => findRow(rows, (x) => x.s === 'c', ['v'])).toThrow(expect.objectContaining({ code: 'empty', name: 'DataError' }));
  });

  it('β of the 21 cities 2005–2019 (golden convergence.beta.2005-2019)', () => {
    const conv = convergenceTable(loadGuangdongPanel({ from: 2005, to: 2019 }), { variable: 'gdp_per_capita', from: 2005, to: 2019, groups: 'region' }).rows();
    expect(findRow(conv, (r) => r.scope === 'all', ['beta', 'p']).beta).toBeCloseTo(-0.013850610755833076, 14);
  });
});
