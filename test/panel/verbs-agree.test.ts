import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { loadGuangdongPanel } from '../../src/data/index.js';
import { regionShares, regionSharesLoop } from '../../src/panel/growth/region-shares.js';
import { transferSharesInput, transferSharesLoop, transferSharesVerbs } from '../../src/panel/disparity/transfer-table.js';
import { syntheticPanel } from '../../bench/panel-data.js';
import { collectWarnings } from './helpers.js';

/** Same columns, same order, and every cell identical (Object.is: bit-for-bit numbers, -0 ≠ 0). */
function expectIdentical(a: aq.ColumnTable, b: aq.ColumnTable): void {
  expect(a.columnNames()).toEqual(b.columnNames());
  expect(a.numRows()).toBe(b.numRows());
  for (const c of a.columnNames()) {
    const x = a.array(c) as unknown[];
    const y = b.array(c) as unknown[];
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(x[i], y[i]) && JSON.stringify(x[i]) !== JSON.stringify(y[i])) {
        throw new Error(`column ${c}, row ${i}: ${String(x[i])} ≠ ${String(y[i])}`);
      }
    }
  }
}

const bundled = loadGuangdongPanel();
const bench = aq.table(syntheticPanel(300));
// A bench panel with holes: every 7th row dropped, every 11th value null.
const holes = bench
  .derive({ i: () => aq.op.row_number() })
  .filter((d: { i: number }) => d.i % 7 !== 0)
  .derive({ gdp: (d: { i: number; gdp: number }) => (d.i % 11 === 0 ? null : d.gdp) });

describe('the arquero-verb panel tables give exactly the loop versions’ answers', () => {
  it('regionShares on the bundled panel, the bench panel and a bench panel with holes', () => {
    for (const t of [bundled, bench, holes]) {
      for (const variable of ['gdp', 'secondary_va', 'population_registered']) {
        const { result: verbs } = collectWarnings(() => regionShares(t, { variable }));
        expectIdentical(verbs, regionSharesLoop(t, { variable }));
      }
    }
    const { result: some } = collectWarnings(() => regionShares(bundled, { variable: 'gdp', year: [2000, 2010] }));
    expectIdentical(some, regionSharesLoop(bundled, { variable: 'gdp', year: [2000, 2010] }));
    expect(some.numRows()).toBe(8);
    // A region without any row in a year, and a city without a row in one year.
    const gappy = aq.from([
      { city_zh: 'A', region: 'PRD', year: 2010, gdp: 60.1 }, { city_zh: 'B', region: 'PRD', year: 2010, gdp: 20.2 },
      { city_zh: 'A', region: 'PRD', year: 2011, gdp: 61.3 }, { city_zh: 'C', region: 'North', year: 2011, gdp: 20.7 },
      { city_zh: 'B', region: 'PRD', year: 2012, gdp: 21.1 }, { city_zh: 'C', region: 'North', year: 2012, gdp: null },
    ]);
    const g = regionShares(gappy, { variable: 'gdp' });
    expectIdentical(g, regionSharesLoop(gappy, { variable: 'gdp' }));
    expect(g.rows().map((r) => [r.year, r.region, r.complete, r.note])).toEqual([
      [2010, 'PRD', true, 'provincial total incomplete: no gdp for C (North)'], [2010, 'North', false, 'no gdp for C'],
      [2011, 'PRD', false, 'no gdp for B'], [2011, 'North', true, 'provincial total incomplete: no gdp for B (PRD)'],
      [2012, 'PRD', false, 'no gdp for A'], [2012, 'North', false, 'no gdp for C'],
    ]);
    // The holes reach the output: some region-years incomplete, with the missing cities named.
    const { result: holed } = collectWarnings(() => regionShares(holes, { variable: 'gdp' }));
    expect((holed.array('complete') as boolean[]).filter((c) => !c).length).toBeGreaterThan(0);
  });
  it('transferTable shares on the bundled panel, the bench panel and a bench panel with holes', () => {
    const cases: Array<[aq.ColumnTable, string, number[]]> = [
      [bundled, 'secondary_va', [2000, 2005, 2010, 2015, 2020]], [bundled, 'gdp', [1995, 2020]], [bundled, 'population_registered', [2010]],
      [bench, 'secondary_va', [2000, 2005, 2010, 2015, 2020]], [holes, 'gdp', [1995, 2000, 2005, 2010, 2015, 2020]],
    ];
    for (const [t, variable, years] of cases) {
      for (const groups of ['region', 'prd-vs-periphery'] as const) {
        const ctx = transferSharesInput(t, { variable, years, groups });
        const a = aq.table(transferSharesVerbs(ctx));
        expectIdentical(a, aq.table(transferSharesLoop(ctx)));
        expect(a.numRows()).toBe(years.length * (groups === 'region' ? 4 : 2));
      }
    }
    const holed = aq.table(transferSharesVerbs(transferSharesInput(holes, { variable: 'gdp', years: [1995, 2020] })));
    expect((holed.array('share') as unknown[]).every((x) => x === null)).toBe(true);
  });
});
