import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { cityValues } from '../../../src/panel/disparity/city-values.js';
import { extremeRows } from '../../../src/panel/pick/extreme-rows.js';

describe('extremeRows', () => {
  it('finds the rows of the minimum and maximum, skipping missing values and keeping the first on ties', () => {
    const rows = [
      { k: 'a', v: 3 as number | null },
      { k: 'b', v: null as number | null },
      { k: 'c', v: 1 as number | null },
      { k: 'd', v: 9 as number | null },
      { k: 'e', v: 1 as number | null },
      { k: 'f', v: 9 as number | null },
    ];
    const r = extremeRows(rows, 'v');
    expect(r.min.k).toBe('c');
    expect(r.max.k).toBe('d');
    expect(r.n).toBe(5);
    expect(r.n_missing).toBe(1);
    const ratio: number = r.max.v / r.min.v; // typed non-null
    expect(ratio).toBe(9);
  });

  it('refuses no values and a value that is not a finite number', () => {
    expect(() => extremeRows([{ v: null }], 'v')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => extremeRows([{ v: 1 }, { v: Number.NaN }], 'v')).toThrow(expect.objectContaining({ code: 'not-a-number', row: 2 }));
  });

  it('2019 per-capita GDP: 深圳 highest (203 489 元), 梅州 lowest, 7.51 times', () => {
    const { min, max } = extremeRows(cityValues(loadGuangdongPanel(), { year: 2019 }).known, 'value');
    expect(max.city_zh).toBe('深圳');
    expect(min.city_zh).toBe('梅州');
    expect(max.value / min.value).toBeCloseTo(7.509860596883957, 12); // golden disparity.maxMinRatio.2019
  });
});
