import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { panelFromRecords } from '../../src/data/read-panel.js';
import { loadGuangdongPanel } from '../../src/data/panel.js';
import { panelCoverage } from '../../src/data/coverage.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler(() => {}); });
afterAll(() => { setWarningHandler(restore); });

const LEVELS = ['gdp', 'gdp_per_capita', 'population_registered'] as const;
const SHARES = ['primary_share', 'secondary_share', 'tertiary_share'] as const;
const COLUMNS = [...LEVELS, ...SHARES] as const;

/**
 * A valid panel: the bundled 21 cities × 2015–2019 with published levels and shares, moved
 * ten years on (2025–2029) so that no bundled value of the same city-year exists and only the
 * panel's own consistency can reveal a slip.
 */
const base: Readonly<Record<string, unknown>>[] = (loadGuangdongPanel({ from: 2015, to: 2019 }).objects() as Record<string, unknown>[])
  .map((r) => Object.freeze({ city_zh: r.city_zh, year: (r.year as number) + 10, ...Object.fromEntries(COLUMNS.map((c) => [c, r[c]])) }));

function run(records: ReadonlyArray<Readonly<Record<string, unknown>>>): { warnings: DataWarning[]; table?: ReturnType<typeof panelFromRecords>; error?: DataError } {
  const warnings: DataWarning[] = [];
  try {
    const table = panelFromRecords(records, { label: 'corrupted.csv', onWarning: (w) => warnings.push(w) });
    return { warnings, table };
  } catch (e) {
    if (e instanceof DataError) return { warnings, error: e };
    throw e;
  }
}

const cell = fc.record({ row: fc.nat({ max: base.length - 1 }), column: fc.constantFrom(...COLUMNS) });

describe('panelFromRecords under random corruption (fast-check)', () => {
  it('the uncorrupted panel is complete and raises no warning (so a warning below is caused by the corruption)', () => {
    expect(base.length).toBe(105);
    for (const r of base) for (const c of COLUMNS) expect(typeof r[c]).toBe('number');
    const r = run(base);
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });

  it('a cell made non-numeric is a DataError naming its row and column', () => {
    fc.assert(fc.property(cell, fc.constantFrom('n/a', '—', '12..5', 'abc', '1 234', '8.5%', '#VALUE!'), ({ row, column }, text) => {
      const input = base.map((r, i) => (i === row ? { ...r, [column]: text } : r));
      const r = run(input);
      expect(r.error?.code).toBe('not-a-number');
      expect([r.error?.file, r.error?.row, r.error?.column]).toEqual(['corrupted.csv', row + 1, column]);
    }), { numRuns: 60 });
  });

  it('a cell scaled by 10⁴ (or 10⁻⁴ for a level) is a DataError or a warning naming its row and column', () => {
    fc.assert(fc.property(cell, fc.boolean(), ({ row, column }, up) => {
      const level = (LEVELS as readonly string[]).includes(column);
      const factor = up || !level ? 1e4 : 1e-4;
      const input = base.map((r, i) => (i === row ? { ...r, [column]: (r[column] as number) * factor } : r));
      const r = run(input);
      if (r.error) {
        expect([r.error.row, r.error.column]).toEqual([row + 1, column]);
      } else {
        expect(r.warnings.some((w) => w.row === row + 1 && w.column === column && w.file === 'corrupted.csv' && typeof w.advice === 'string')).toBe(true);
      }
    }), { numRuns: 80 });
  });

  it('a share given as a fraction (÷100) is named when the share is at least 1 %', () => {
    fc.assert(fc.property(cell.filter(({ row, column }) => (SHARES as readonly string[]).includes(column) && (base[row]![column] as number) >= 1), ({ row, column }) => {
      const input = base.map((r, i) => (i === row ? { ...r, [column]: (r[column] as number) / 100 } : r));
      const r = run(input);
      expect(r.error).toBeUndefined();
      expect(r.warnings.some((w) => w.row === row + 1 && w.column === column)).toBe(true);
    }), { numRuns: 40 });
  });

  it('a duplicated row is a DataError naming the duplicate', () => {
    fc.assert(fc.property(fc.nat({ max: base.length - 1 }), (row) => {
      const input = [...base.slice(0, row + 1), base[row]!, ...base.slice(row + 1)];
      const r = run(input);
      expect(r.error?.code).toBe('duplicate-key');
      expect(r.error?.row).toBe(row + 2);
      expect(r.error?.message).toMatch(new RegExp(`first at row ${row + 1}`));
    }), { numRuns: 30 });
  });

  it('a deleted cell is excluded and counted: null in the result (never filled in) and one more missing in panelCoverage', () => {
    const full = panelCoverage(run(base).table!, [...COLUMNS]);
    fc.assert(fc.property(cell, ({ row, column }) => {
      const input = base.map((r, i) => (i === row ? { ...r, [column]: '' } : r));
      const r = run(input);
      expect(r.error).toBeUndefined();
      expect(r.table!.get(column, row)).toBeNull();
      const cov = panelCoverage(r.table!, [column]).find((x) => x.column === column)!;
      const before = full.find((x) => x.column === column)!;
      expect(cov.n_missing).toBe(before.n_missing + 1);
    }), { numRuns: 30 });
  });

  it('the input records are never modified', () => {
    const input = base.map((r) => Object.freeze({ ...r, gdp: (r.gdp as number) * 1e4 }));
    run(input);
    expect(input[0]!.gdp).toBe((base[0]!.gdp as number) * 1e4);
  });
});

describe('panelFromRecords on the bundled panel itself: no false positives', () => {
  it('all 21 cities 1994–2021 give only the known CSMAR index (汕头 2014 gdp_growth_csmar 109.0, flagged growth-index-corrected)', () => {
    const r = run(loadGuangdongPanel().objects() as Record<string, unknown>[]);
    expect(r.error).toBeUndefined();
    expect(r.warnings.map((w) => [w.code, w.column, r.table!.get('city_zh', w.row! - 1), r.table!.get('year', w.row! - 1)]))
      .toEqual([['index-like-growth', 'gdp_growth_csmar', '汕头', 2014]]);
  });

  it('a single city with small real shares (深圳 primary share 0.03–0.1 %) is not taken for fractions', () => {
    for (const city of ['深圳', '广州', '东莞']) {
      const r = run(loadGuangdongPanel({ from: 2012, cities: [city] }).objects() as Record<string, unknown>[]);
      expect(r.warnings).toEqual([]);
    }
  });
});

describe('panelFromRecords: city identity', () => {
  it('a row whose city_code and city_zh disagree is a DataError naming both, not filed under the code', () => {
    const r = run([{ city_code: 440300, city_zh: '广州', year: 2025, gdp: 30000 }]);
    expect(r.error?.code).toBe('invalid');
    expect([r.error?.row, r.error?.column]).toEqual([1, 'city_zh']);
    expect(r.error?.message).toMatch(/city_code "440300" is 深圳 \(440300\) but city_zh "广州" is 广州 \(440100\): the row names two cities/);
    const en = run([{ city_zh: '深圳市', city_en: 'Guangzhou', year: 2025, gdp: 30000 }]);
    expect(en.error?.column).toBe('city_en');
    // agreeing cells in any spelling pass
    const ok = run([{ city_code: '440300', city_zh: '深圳市', city_en: 'shenzhen', year: 2025, gdp: 30000 }]);
    expect(ok.error).toBeUndefined();
    expect(ok.table!.get('city_code', 0)).toBe(440300);
  });
});
