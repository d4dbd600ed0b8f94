/**
 * The years a city panel's real GDP growth cannot be used: no value at all, or nominal.
 * @module
 */
import { panelCoverage } from '../../data/coverage.js';
import { SERIES_BREAKS } from '../../data/flags.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { flagSets, yearColumn } from '../access.js';

/** Result of {@link growthDataGaps}. */
export interface GrowthDataGaps {
  /** Years of the table in which no row has a real GDP growth (`gdp_real_growth`), ascending. */
  readonly no_growth_years: readonly number[];
  /** Years whose published "real" growth is nominal, ascending (see `nominal_basis`). */
  readonly nominal_years: readonly number[];
  /** `flags`: read from rows flagged `growth-nominal`; `series-breaks`: the table has no `flags` column, so the known breaks of the bundled panel are used. */
  readonly nominal_basis: 'flags' | 'series-breaks';
}

const FN = 'growthDataGaps';

/**
 * Years in which a panel's real GDP growth is unusable: the years with no `gdp_real_growth` value
 * in any row, and the years whose source growth is nominal (CSMAR 2013).
 *
 * Formula: `no_growth_years` = years of the table where every row's `gdp_real_growth` is empty
 * (as `panelCoverage(table, ['gdp_real_growth'])[0].missing_years`); `nominal_years` = years of
 * rows flagged `growth-nominal`, or, when the table has no `flags` column, the years of the
 * `growth-nominal` entry of `SERIES_BREAKS`.
 *
 * Convention: years only; it says where aggregate real growth cannot be formed, it does not
 * repair anything. Units: calendar years.
 *
 * Reference: src/data/flags.ts (SERIES_BREAKS, growth-2013-nominal); CSMAR city series.
 *
 * @throws DataError when the table has no `year` or `gdp_real_growth` column, a year is not an
 *   integer, or a unit-year is repeated (see {@link panelCoverage}).
 * @example
 * ```ts
 * growthDataGaps([
 *   { city_code: 1, year: 2012, gdp_real_growth: 8, flags: '' },
 *   { city_code: 1, year: 2013, gdp_real_growth: null, flags: 'growth-nominal' },
 * ]) // { no_growth_years: [2013], nominal_years: [2013], nominal_basis: 'flags' }
 * ```
 */
export function growthDataGaps(table: TableInput): GrowthDataGaps {
  const t = asTable(table, FN);
  const [growth] = panelCoverage(t, ['gdp_real_growth']);
  if (!t.columnNames().includes('flags')) {
    const years = SERIES_BREAKS.filter((b) => b.flag === 'growth-nominal').flatMap((b) => b.years ?? []);
    return { no_growth_years: growth!.missing_years, nominal_years: [...new Set(years)].sort((a, b) => a - b), nominal_basis: 'series-breaks' };
  }
  const years = yearColumn(t, FN);
  const flags = flagSets(t);
  const nominal = new Set<number>();
  for (let i = 0; i < years.length; i++) if (flags[i]!.has('growth-nominal')) nominal.add(years[i]!);
  return { no_growth_years: growth!.missing_years, nominal_years: [...nominal].sort((a, b) => a - b), nominal_basis: 'flags' };
}
