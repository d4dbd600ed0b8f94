import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import {
  DISPARITY_WORDING,
  GROWTH_WORDING,
  flagSets,
  numberColumn,
  relevantFlags,
  requireColumns,
  selectYears,
  textColumn,
  warnColumnFlags,
  warnRelevantFlags,
  yearColumn,
  yearFilter,
} from '../../src/panel/access.js';
import { collectWarnings } from './helpers.js';

const t = aq.table({
  year: [2010, 2011, 2011],
  gdp: [1.5, null, Number.NaN],
  city_zh: ['广州', null, '汕头'],
  flags: ['growth-nominal; va-derived', '', 'per-capita-pre-census'],
});

function caught(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('panel column readers', () => {
  it('read numbers with null for null, NaN and a missing column', () => {
    expect(numberColumn(t, 'gdp', 'f')).toEqual([1.5, null, null]);
    expect(numberColumn(t, 'employment', 'f')).toEqual([null, null, null]);
  });
  it('name the row of a non-number in the caller\'s wording', () => {
    const bad = aq.table({ gdp: [1, '2x'] });
    const g = caught(() => numberColumn(bad, 'gdp', 'growthGapTable'));
    expect([g.code, g.row, g.column]).toEqual(['not-a-number', 2, 'gdp']);
    expect(g.message).toContain('is not a number');
    expect(g.message).toContain(GROWTH_WORDING.hint);
    const d = caught(() => numberColumn(aq.table({ v: [Infinity] }), 'v', 'disparityTable', DISPARITY_WORDING));
    expect(d.message).toContain('is not a finite number');
    expect(d.message).toContain(DISPARITY_WORDING.hint);
  });
  it('read text with \'\' for missing cells and columns', () => {
    expect(textColumn(t, 'city_zh')).toEqual(['广州', '', '汕头']);
    expect(textColumn(t, 'region')).toEqual(['', '', '']);
  });
  it('check columns, pointing to the schema types of the caller', () => {
    expect(() => requireColumns(t, 'f', ['year', 'gdp'])).not.toThrow();
    const g = caught(() => requireColumns(t, 'f', ['year', 'region']));
    expect([g.code, g.column]).toEqual(['missing-column', 'region']);
    expect(g.message).toContain('CityYearRow / ProvinceYearRow');
    expect(caught(() => requireColumns(t, 'f', ['region'], DISPARITY_WORDING)).message).not.toContain('ProvinceYearRow');
  });
});

describe('year selection', () => {
  it('yearColumn demands an integer year on every row', () => {
    expect(yearColumn(t, 'f')).toEqual([2010, 2011, 2011]);
    expect(caught(() => yearColumn(aq.table({ year: [2010, 2010.5] }), 'f')).row).toBe(2);
    expect(caught(() => yearColumn(aq.table({ gdp: [1] }), 'f')).code).toBe('missing-column');
  });
  it('yearFilter keeps the years asked for, absent ones just match nothing', () => {
    expect([2009, 2010, 2011].filter(yearFilter(undefined))).toEqual([2009, 2010, 2011]);
    expect([2009, 2010, 2011].filter(yearFilter([2011, 1990]))).toEqual([2011]);
  });
  it('selectYears returns distinct sorted years and refuses absent ones', () => {
    expect(selectYears([2011, 2010, 2011], undefined, 'f')).toEqual([2010, 2011]);
    expect(selectYears([2010, 2011, 2012], [2012, 2010, 2012], 'f')).toEqual([2010, 2012]);
    expect(caught(() => selectYears([2010, 2011], [1999], 'f')).message).toContain('2010–2011');
  });
});

describe('quality flags', () => {
  it('parse the flags of each row', () => {
    expect(flagSets(t).map((s) => [...s])).toEqual([['growth-nominal', 'va-derived'], [], ['per-capita-pre-census']]);
    expect(flagSets(aq.table({ year: [1] })).map((s) => s.size)).toEqual([0]);
  });
  it('warnRelevantFlags: one series-break warning per relevant flag met, in the order given', () => {
    const used = flagSets(t);
    const { warnings } = collectWarnings(() => warnRelevantFlags('fn', used, ['va-derived', 'gdp-urban-district', 'growth-nominal']));
    expect(warnings.map((w) => [w.code, w.column])).toEqual([['series-break', 'flags'], ['series-break', 'flags']]);
    expect(warnings[0]!.message).toMatch(/^fn: rows flagged "va-derived" were used: sector value added is/);
    expect(warnings[1]!.message).toMatch(/^fn: rows flagged "growth-nominal" were used: /);
  });
  it('warnColumnFlags: flags of the column once each, pre-census mix as a break, "nothing to do" skipped', () => {
    const used = [new Set(['per-capita-pre-census', 'per-capita-bulletin']), new Set<string>(), new Set(['per-capita-basis-2001']),
      new Set(['per-capita-basis-2001', 'growth-nominal'])];
    const { result, warnings } = collectWarnings(() => warnColumnFlags('fn', 'gdp_per_capita', [2010, 2011], used));
    expect(result).toEqual(warnings);
    expect(warnings.map((w) => w.code)).toEqual(['series-break:per-capita-census-2020', 'flagged-rows']);
    expect(warnings[0]!.message).toMatch(/^fn: gdp_per_capita mixes rows flagged "per-capita-pre-census" with later rows: /);
    expect(warnings[1]!.message).toMatch(/^fn: rows flagged "per-capita-basis-2001" were used for gdp_per_capita: /);
    // every row flagged pre-census: no mix, no warning
    const all = [new Set(['per-capita-pre-census']), new Set(['per-capita-pre-census'])];
    expect(collectWarnings(() => warnColumnFlags('fn', 'gdp_per_capita', [2010, 2011], all)).warnings).toEqual([]);
  });
  it('relevantFlags lists the flags of the columns (and unknown ones), sorted', () => {
    const rows = [new Set(['va-derived', 'growth-nominal']), new Set(['my-own-flag', 'gdp-urban-district'])];
    expect(relevantFlags(rows, ['secondary_va'])).toBe('gdp-urban-district;my-own-flag;va-derived');
    expect(relevantFlags([], ['gdp'])).toBe('');
  });
});
