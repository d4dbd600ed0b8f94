import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPanelColumns, checkPanelConsistency, PANEL_CHECK_THRESHOLDS } from '../../src/data/panel-checks.js';
import * as aq from 'arquero';
import { loadGuangdongPanel } from '../../src/data/panel.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler } from '../../src/core/warnings.js';

let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler(() => {}); });
afterAll(() => { setWarningHandler(restore); });

const codes = (ws: ReturnType<typeof checkPanelConsistency>) => ws.map((w) => [w.code, w.row, w.column]);

describe('checkPanelConsistency', () => {
  it('the bundled panel 1990–2021 raises no warning, with its flags and without them', () => {
    const t = loadGuangdongPanel({ from: 1990 });
    expect(checkPanelConsistency(t, { file: 'data/city-panel.csv' })).toEqual([]);
    expect(checkPanelConsistency(t.derive({ flags: () => '' }), { file: 'data/city-panel.csv' })).toEqual([]);
  });

  it('a year after 2021 typed in 万元 is caught as a jump in its own series, naming the row', () => {
    // 广州 2021 GDP 28 231.97 亿元; a 2022 row typed in 万元 (×10 000)
    const ws = checkPanelConsistency([
      { city_code: 440100, year: 2021, gdp: 28231.97 },
      { city_code: 440100, year: 2022, gdp: 288390000 },
      { city_code: 440100, year: 2023, gdp: 30355.73 },
    ], { file: 'my.csv', compareWithBundledRange: false });
    expect(codes(ws)).toEqual([['series-jump', 2, 'gdp']]);
    expect(ws[0]!.file).toBe('my.csv');
    expect(ws[0]!.message).toMatch(/^440100 2022: gdp = 288390000 is 10215\.\d+× the neighbouring year's 28231\.97 \(row 1\)/);
    expect(ws[0]!.advice).toMatch(/unit/);
  });

  it('names the suspect row by its distance from the series median, and uses the given row numbers', () => {
    const ws = checkPanelConsistency([
      { city_code: 440100, year: 2020, gdp: 2.5023 }, // typed in 万亿元
      { city_code: 440100, year: 2021, gdp: 28231.97 },
      { city_code: 440100, year: 2022, gdp: 28839 },
    ], { rowNumbers: [7, 8, 9], compareWithBundledRange: false });
    expect(codes(ws)).toEqual([['series-jump', 7, 'gdp']]);
  });

  it('a share given as a fraction in one year jumps 100×; the row sum says the same', () => {
    const ws = checkPanelConsistency([
      { city_code: 440100, year: 2020, primary_share: 1.2, secondary_share: 26.3, tertiary_share: 72.5 },
      { city_code: 440100, year: 2021, primary_share: 0.011, secondary_share: 0.271, tertiary_share: 0.718 },
    ]);
    expect(codes(ws)).toEqual([
      ['series-jump', 2, 'primary_share'], ['series-jump', 2, 'secondary_share'], ['series-jump', 2, 'tertiary_share'], ['percent-as-fraction', 2, 'primary_share'],
    ]);
  });

  it('shares that do not add up to 100 ± 3 are named (employment shares too)', () => {
    const ws = checkPanelConsistency([
      { city_code: 440100, year: 2020, primary_share: 1.2, secondary_share: 26.3, tertiary_share: 62.5,
        employment_primary_share: 10, employment_secondary_share: 40, employment_tertiary_share: 50 },
      { city_code: 440300, year: 2020, primary_share: 0.1, secondary_share: 37.8, tertiary_share: 62.1,
        employment_primary_share: 10, employment_secondary_share: 40, employment_tertiary_share: 55 },
    ]);
    expect(codes(ws)).toEqual([['share-sum', 1, 'primary_share'], ['share-sum', 2, 'employment_primary_share']]);
    expect(ws[0]!.message).toMatch(/add up to 90 %/);
  });

  it('per-capita GDP × population far from GDP is named: 10 000 × 万元 per-capita slip', () => {
    // 深圳 2020: GDP 27 670.24 亿元, resident 1756.01 万人 → per capita about 157 600 元; typed as 15.76 (万元)
    const ws = checkPanelConsistency([
      { city_code: 440300, year: 2020, gdp: 27670.24, gdp_per_capita: 15.76, population_resident: 1756.01 },
      { city_code: 440300, year: 2019, gdp: 26927.09, gdp_per_capita: 203489, population_resident: 1343.88, population_registered: 494.78 },
    ], { compareWithBundledRange: false });
    expect(codes(ws)).toEqual([['series-jump', 1, 'gdp_per_capita'], ['per-capita-mismatch', 1, 'gdp_per_capita']]);
    // registered vs resident differ by 2.7× on the second row: within the tolerance
    expect(PANEL_CHECK_THRESHOLDS.perCapita).toBe(10);
  });

  it('a level far outside the cities of its year is named (cross-section of the panel itself)', () => {
    const rows = [1100, 2000, 3000, 4000, 5000, 30000000].map((gdp, i) => ({ city_code: 440100 + i, year: 2030, gdp }));
    expect(codes(checkPanelConsistency(rows, { compareWithBundledRange: false }))).toEqual([['outside-city-range', 6, 'gdp']]);
  });

  it('a single row is compared with the range of the 21 bundled cities (nearest bundled year after 2021)', () => {
    // 云浮 2023 GDP about 1200 亿元, typed in 万元
    const ws = checkPanelConsistency([{ city_code: 445300, year: 2023, gdp: 12000000 }]);
    expect(codes(ws)).toEqual([['outside-city-range', 1, 'gdp']]);
    expect(ws[0]!.message).toMatch(/the 21 bundled cities in 2021 \(the nearest bundled year\)/);
    expect(checkPanelConsistency([{ city_code: 445300, year: 2023, gdp: 1200 }])).toEqual([]);
    // 'uncovered-years' (what readPanel uses) leaves 1994–2021 to its same-city-year comparison
    expect(checkPanelConsistency([{ city_code: 445300, year: 2010, gdp: 12000000 }], { compareWithBundledRange: 'uncovered-years' })).toEqual([]);
    expect(codes(checkPanelConsistency([{ city_code: 445300, year: 2010, gdp: 12000000 }]))).toEqual([['outside-city-range', 1, 'gdp']]);
  });

  it('stays silent on rows flagged with a known break (1992–93 urban-district GDP, 2001 per-capita basis)', () => {
    const rows = [
      { city_code: 440100, year: 1993, gdp: 5.49463, flags: 'gdp-urban-district' },
      { city_code: 440100, year: 1994, gdp: 976.18, flags: '' },
      { city_code: 440300, year: 2001, gdp_per_capita: 1520991.6, flags: 'per-capita-basis-2001' },
      { city_code: 440300, year: 2002, gdp_per_capita: 46388, flags: '' },
      { city_code: 440300, year: 2003, gdp_per_capita: 54545, flags: '' },
    ];
    expect(checkPanelConsistency(rows, { compareWithBundledRange: false })).toEqual([]);
    expect(codes(checkPanelConsistency(rows.map((r) => ({ ...r, flags: '' })), { compareWithBundledRange: false })))
      .toEqual([['series-jump', 1, 'gdp'], ['series-jump', 3, 'gdp_per_capita']]);
  });

  it('refuses null input and a panel without year or unit column, and modifies nothing', () => {
    expect(() => checkPanelConsistency(null as unknown as [])).toThrowError(/argument "table" is null/);
    const e = (() => { try { checkPanelConsistency([{ city_code: 440100, gdp: 1 }]); } catch (x) { return x as DataError; } return undefined; })();
    expect([e?.code, e?.column]).toEqual(['missing-column', 'year']);
    const input = Object.freeze([Object.freeze({ city_code: 440100, year: 2021, gdp: 1e9 })]);
    checkPanelConsistency(input);
    expect(input[0]!.gdp).toBe(1e9);
  });
});

describe('checkPanelConsistency reads columns: records, table and columns agree', () => {
  // Rows of one city out of year order (the series is sorted by year before comparing), a
  // known-break flag that silences its column, a share row in fractions and a 万元 slip.
  const recs = [
    { city_code: 440100, year: 2023, gdp: 30355.73, flags: '', primary_share: 1, secondary_share: 30, tertiary_share: 69 },
    { city_code: 440100, year: 2021, gdp: 28231.97, flags: '', primary_share: 1, secondary_share: 30, tertiary_share: 69 },
    { city_code: 440100, year: 2022, gdp: 288390000, flags: '', primary_share: 0.01, secondary_share: 0.3, tertiary_share: 0.69 },
    { city_code: 440300, year: 1998, gdp: 10, flags: 'gdp-misassigned-suspect', primary_share: 1, secondary_share: 50, tertiary_share: 49 },
    { city_code: 440300, year: 1999, gdp: 100000, flags: '', primary_share: 1, secondary_share: 50, tertiary_share: 49 },
  ];
  const expected = [
    ['series-jump', 3, 'gdp'], ['series-jump', 3, 'primary_share'], ['series-jump', 3, 'secondary_share'], ['series-jump', 3, 'tertiary_share'],
    ['percent-as-fraction', 3, 'primary_share'],
  ];

  it('gives the same warnings from records, an arquero table and plain columns', () => {
    const opts = { file: 'x.csv', compareWithBundledRange: false } as const;
    const fromRecords = checkPanelConsistency(recs, opts);
    expect(codes(fromRecords)).toEqual(expected);
    const table = aq.from(recs);
    expect(checkPanelConsistency(table, opts)).toEqual(fromRecords);
    const cols = Object.fromEntries(table.columnNames().map((c) => [c, table.array(c) as unknown[]]));
    expect(checkPanelColumns(cols, recs.length, opts)).toEqual(fromRecords);
    // the flagged 1998 row is silent for gdp: the jump 10 → 100000 is not reported
    expect(fromRecords.some((w) => w.row === 4 || w.row === 5)).toBe(false);
  });
});
