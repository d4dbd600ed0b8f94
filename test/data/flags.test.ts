import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crossesBreak, flagsOf, hasFlag, QUALITY_FLAGS, SERIES_BREAKS } from '../../src/data/flags.js';
import { loadGuangdongPanel } from '../../src/data/panel.js';
import * as aq from 'arquero';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

let seen: DataWarning[] = [];
let previous: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  seen = [];
  previous = setWarningHandler((w) => seen.push(w));
});
afterEach(() => {
  setWarningHandler(previous);
});

describe('flagsOf / hasFlag', () => {
  it('parse the ;-separated flags cell', () => {
    expect(flagsOf({ flags: 'growth-nominal;growth-bulletin' })).toEqual(['growth-nominal', 'growth-bulletin']);
    expect(flagsOf({ flags: '' })).toEqual([]);
    expect(flagsOf({ flags: null })).toEqual([]);
    expect(flagsOf({})).toEqual([]);
    expect(hasFlag({ flags: 'va-derived' }, 'va-derived')).toBe(true);
    expect(hasFlag({ flags: 'va-derived' }, 'growth-nominal')).toBe(false);
  });
  it('every flag in the bundled panel is documented', () => {
    const all = loadGuangdongPanel({ from: 1990 }).array('flags') as string[];
    const used = new Set(all.flatMap((f) => flagsOf({ flags: f })));
    for (const f of used) expect(Object.keys(QUALITY_FLAGS)).toContain(f);
    expect(used.has('gdp-urban-district')).toBe(true);
  });
  it('flags are queryable with arquero', () => {
    const t = loadGuangdongPanel().filter(aq.escape((d: { flags: string }) => d.flags.split(';').includes('per-capita-inconsistent')));
    expect(t.numRows()).toBe(19);
    const esc = loadGuangdongPanel().filter(aq.escape((d: { flags: string }) => hasFlag(d, 'growth-index-corrected')));
    expect(esc.objects()).toMatchObject([{ city_zh: '汕头', year: 2014, gdp_real_growth: 9 }]);
  });
});

describe('crossesBreak', () => {
  it('warns once per break an analysis crosses, with what to do', () => {
    const w = crossesBreak([2018, 2019, 2020], 'gdp_per_capita');
    expect(w.map((x) => x.code)).toEqual(['series-break:per-capita-census-2020']);
    expect(w[0]!.message).toMatch(/2019\/2020/);
    expect(seen).toHaveLength(1);
  });
  it('returns nothing for a clean span', () => {
    expect(crossesBreak([2014, 2015, 2016], 'gdp')).toEqual([]);
    expect(crossesBreak([2002, 2019], 'gdp_per_capita')).toEqual([]);
    expect(crossesBreak([], 'gdp')).toEqual([]);
    expect(seen).toHaveLength(0);
  });
  it('knows the 2001/2002 per-capita basis break', () => {
    expect(crossesBreak([2001, 2019], 'gdp_per_capita').map((w) => w.code)).toEqual(['series-break:per-capita-basis-2001']);
  });
  it('knows the 1992–93 GDP break, 2013 growth and 2021 per capita', () => {
    expect(crossesBreak([1990, 1991, 1992, 1993, 1994], 'gdp').map((x) => x.code)).toEqual(['series-break:gdp-urban-district']);
    expect(crossesBreak([2012, 2013, 2014], 'gdp_real_growth').map((x) => x.code)).toEqual(['series-break:growth-2013-nominal']);
    expect(crossesBreak([2021], 'gdp_per_capita').map((x) => x.code)).toEqual(['series-break:per-capita-2021-withheld']);
    expect(crossesBreak([2015, 2020], 'population_resident').map((x) => x.code)).toEqual(['series-break:resident-census-2020']);
  });
  it('each break names a documented flag', () => {
    for (const b of SERIES_BREAKS) expect(Object.keys(QUALITY_FLAGS)).toContain(b.flag);
  });
});
