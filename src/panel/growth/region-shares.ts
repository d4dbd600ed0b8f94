/**
 * Each region's share of the provincial total by year — the basis of the transfer analysis.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { sum } from '../../core/validate.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { REGIONS } from '../../data/schema.js';
import { QUALITY_FLAGS } from '../../data/flags.js';
import { flagSets, numberColumn, requireColumns, warnRelevantFlags, yearColumn } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import { UnitYearIndex, isCityPanel, panelUnits, regionKeys, type Columns } from './panel-access.js';

/** Options of {@link regionShares}. */
export interface RegionSharesOptions {
  /** An additive column: `gdp`, `primary_va`, `population_registered`, `employment`… */
  variable: string;
  /** One year or several (default: every year in the table). */
  year?: number | readonly number[];
}

/** One output row of {@link regionShares} (read them with `.rows()`). */
export interface RegionSharesRow {
  region: string;
  year: number;
  /** Σ variable over the region's cities (null when a city lacks it). */
  value: number | null;
  /** Σ over all cities in the table (null when any city lacks it). */
  total: number | null;
  /** value / total, a fraction (null when either is). */
  share: number | null;
  /** Cities of the region with a value / cities of the region in the table. */
  n_cities: number;
  n_expected: number;
  /** True when every city of the region has a value this year. */
  complete: boolean;
  note: string;
}

const FN = 'regionShares';

/** Output columns of {@link regionShares}, in order. */
export const REGION_SHARES_COLUMNS = ['region', 'year', 'value', 'total', 'share', 'n_cities', 'n_expected', 'complete', 'note'] as const satisfies ReadonlyArray<keyof RegionSharesRow>;

const makeTable = tableKind<RegionSharesRow>(FN, REGION_SHARES_COLUMNS);

/** Empty output columns, in output order. */
function emptyColumns(): Columns<RegionSharesRow> {
  return { region: [], year: [], value: [], total: [], share: [], n_cities: [], n_expected: [], complete: [], note: [] };
}

/** Append one output row to the columns. */
function pushRow(out: Columns<RegionSharesRow>, r: RegionSharesRow): void {
  out.region.push(r.region);
  out.year.push(r.year);
  out.value.push(r.value);
  out.total.push(r.total);
  out.share.push(r.share);
  out.n_cities.push(r.n_cities);
  out.n_expected.push(r.n_expected);
  out.complete.push(r.complete);
  out.note.push(r.note);
}

/**
 * Each region's share of the provincial total of an additive variable, by year (e.g. the
 * PRD's share of GDP — about 79 % of the 21-city sum in 2010).
 *
 * Formula: `share_R,t = Σ_{i∈R} x_i,t / Σ_i x_i,t`, the total being the sum over every city in
 * the table (the 21-city sum, which can differ from the provincial statistical total — see
 * data/SOURCES.md on vintages).
 *
 * Convention: shares are **fractions**; over a complete partition they add up to 1. A city
 * without a value makes its region `complete: false` with null value and share, and the total
 * null for that year (so no share of an unknown total is shown); `note` names the missing
 * cities. Refuses non-additive variables (shares, growth rates, per-capita levels). Warns once
 * when GDP rows flagged `gdp-urban-district` (1992–93) are used.
 *
 * Units: fraction; `value` and `total` in the variable's unit.
 *
 * Reference: 广东省人民政府 (2008) 关于推进产业转移和劳动力转移的决定 — the four-region frame.
 *
 * @throws DataError on a missing or non-additive variable, a missing region column, duplicate
 *   city-years or non-numeric cells.
 * @example
 * ```ts
 * regionShares([{ city_zh: '广州', region: 'PRD', year: 2010, gdp: 3 },
 *   { city_zh: '汕头', region: 'East', year: 2010, gdp: 1 }], { variable: 'gdp' }).array('share')
 * // [0.75, 0.25]
 * ```
 */
export function regionShares(table: TableInput, options: RegionSharesOptions): PanelTable<RegionSharesRow> {
  const t = asTable(table, FN);
  const variable = options?.variable;
  if (typeof variable !== 'string' || variable.length === 0) {
    throw new DataError('invalid', 'variable must name a column', { function: FN }, "pass { variable: 'gdp' }");
  }
  if (/(_share|growth|per_capita)/.test(variable) || variable === 'year') {
    throw new DataError('invalid', `"${variable}" is not additive across cities, so regional shares of it mean nothing`, { function: FN, column: variable },
      'use a level such as gdp, secondary_va, population_registered or employment');
  }
  if (!isCityPanel(t)) {
    throw new DataError('missing-column', 'regionShares needs a city-year panel (a city column)', { function: FN, column: 'city_zh' }, 'pass loadGuangdongPanel() or your own city panel');
  }
  requireColumns(t, FN, [variable]);
  const years = yearColumn(t, FN);
  const regions = regionKeys(t, FN);
  const units = panelUnits(t, years, true, FN);
  const x = numberColumn(t, variable, FN);
  const flags = flagSets(t);
  const wanted =
    options.year === undefined ? null : new Set(typeof options.year === 'number' ? [options.year] : options.year);

  const citiesOf = new Map<string, Set<number>>();
  regions.forEach((r, i) => {
    let s = citiesOf.get(r);
    if (!s) citiesOf.set(r, (s = new Set<number>()));
    s.add(units.unitOf[i]!);
  });
  const outYears = [...new Set(years)].filter((y) => !wanted || wanted.has(y)).sort((a, b) => a - b);
  const order = [...REGIONS.filter((r) => citiesOf.has(r)), ...[...citiesOf.keys()].filter((r) => !(REGIONS as readonly string[]).includes(r)).sort()];
  const out = emptyColumns();
  const index = new UnitYearIndex(units);
  // Flag sets of the rows used: few distinct sets (rows with the same flags text share one), so a set of sets.
  const used = new Set<Set<string>>();
  for (const year of outYears) {
    const perRegion = order.map((region) => {
      const vals: number[] = [];
      const missing: string[] = [];
      for (const u of citiesOf.get(region)!) {
        const i = index.row(u, year);
        const v = i < 0 ? null : x[i]!;
        if (i >= 0) used.add(flags[i]!);
        if (v === null) missing.push(units.labels[u]!);
        else vals.push(v);
      }
      return { region, vals, missing, n: citiesOf.get(region)!.size };
    });
    const allMissing = perRegion.flatMap((r) => r.missing.map((m) => `${m} (${r.region})`));
    const total = allMissing.length === 0 ? sum(perRegion.flatMap((r) => r.vals)) : null;
    for (const r of perRegion) {
      const complete = r.missing.length === 0;
      const value = complete ? sum(r.vals) : null;
      const share = value !== null && total !== null && total !== 0 ? value / total : null;
      pushRow(out, {
        region: r.region, year, value, total, share,
        n_cities: r.n - r.missing.length, n_expected: r.n, complete,
        note: !complete ? `no ${variable} for ${r.missing.join(', ')}`
          : total === null ? `provincial total incomplete: no ${variable} for ${allMissing.join(', ')}` : '',
      });
    }
  }
  warnRelevantFlags(FN, used, (['gdp-urban-district', 'gdp-misassigned-suspect'] as const).filter((f) => QUALITY_FLAGS[f].columns.includes(variable)));
  return makeTable(out);
}
