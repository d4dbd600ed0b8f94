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
import * as aq from 'arquero';
import { csum, registerCompensatedSum, tableKind, type PanelTable } from '../table.js';
const { op } = aq;
import { UnitYearIndex, isCityPanel, panelUnits, regionKeys, type Columns, type PanelUnits } from './panel-access.js';

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
  const inp = checkedInput(table, options);
  const out = verbShares(inp);
  warnRelevantFlags(FN, inp.used, (['gdp-urban-district', 'gdp-misassigned-suspect'] as const).filter((f) => QUALITY_FLAGS[f].columns.includes(inp.variable)));
  return makeTable(out);
}

/** The checked input of {@link regionShares}: the columns it reads, the units and the reported years. */
interface SharesInput {
  variable: string;
  years: number[];
  regions: string[];
  units: PanelUnits;
  x: Array<number | null>;
  outYears: number[];
  /** Flag sets of the rows of the reported years (few distinct sets, so a set of sets). */
  used: Set<Set<string>>;
}

function checkedInput(table: TableInput, options: RegionSharesOptions): SharesInput {
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
  const outYears = [...new Set(years)].filter((y) => !wanted || wanted.has(y)).sort((a, b) => a - b);
  const reported = new Set(outYears);
  const used = new Set<Set<string>>();
  for (let i = 0; i < years.length; i++) if (reported.has(years[i]!)) used.add(flags[i]!);
  return { variable, years, regions, units, x, outYears, used };
}

/** Regions in output order: the four official ones present, then any other, sorted. */
function regionOrder(regions: readonly string[]): string[] {
  const present = new Set(regions);
  return [...REGIONS.filter((r) => present.has(r)), ...[...present].filter((r) => !(REGIONS as readonly string[]).includes(r)).sort()];
}

/**
 * The shares with arquero's verbs: every (region, city) pair crossed with the reported years,
 * left-joined to the rows on (city, year), so that a city without a row in a year is a missing
 * value as much as a null cell; then a compensated-sum rollup by region-year and by year, in the
 * loop's summation order (regions in output order, each region's cities in first-seen order).
 * arquero skips nulls in aggregates and treats null as 0 in arithmetic: completeness is decided
 * by `op.valid(x) === op.count()` and the share is computed only from non-null, non-zero parts.
 */
function verbShares(inp: SharesInput): Columns<RegionSharesRow> {
  registerCompensatedSum();
  const { units, variable } = inp;
  const order = regionOrder(inp.regions);
  const rankOf = new Map(order.map((r, k) => [r, k]));
  const base = aq.table({
    region: inp.regions,
    rank: inp.regions.map((r) => rankOf.get(r)!),
    u: units.unitOf,
    year: inp.years,
    x: inp.x,
  });
  const members = base.select('region', 'rank', 'u').dedupe('region', 'u')
    .derive({ k: () => op.row_number(), label: aq.escape((d: { u: number }) => units.labels[d.u]!) });
  const grid = members
    .cross(aq.table({ year: inp.outYears }))
    .join_left(base.select('u', 'year', 'x'), [['u', 'year'], ['u', 'year']])
    .derive({ miss: aq.escape((d: { x: number | null | undefined; label: string; region: string }) => (d.x === null || d.x === undefined ? d.label : null)) })
    .orderby('year', 'rank', 'k');
  const byRegion = grid.groupby('year', 'rank', 'region')
    .rollup({ value: csum('x'), n_valid: op.valid('x'), n_expected: op.count(), missing: op.array_agg('miss') });
  const byYear = grid
    .derive({ miss_region: aq.escape((d: { miss: string | null; region: string }) => (d.miss === null ? null : `${d.miss} (${d.region})`)) })
    .groupby('year')
    .rollup({ total: csum('x'), t_valid: op.valid('x'), t_count: op.count(), all_missing: op.array_agg('miss_region') });
  const joined = byRegion.join(byYear, 'year').orderby('year', 'rank');
  const n = joined.numRows();
  const out = emptyColumns();
  const region = joined.array('region') as string[];
  const year = joined.array('year') as number[];
  const value = joined.array('value') as Array<number | null>;
  const nValid = joined.array('n_valid') as number[];
  const nExpected = joined.array('n_expected') as number[];
  const missing = joined.array('missing') as string[][];
  const total = joined.array('total') as Array<number | null>;
  const tValid = joined.array('t_valid') as number[];
  const tCount = joined.array('t_count') as number[];
  const allMissing = joined.array('all_missing') as string[][];
  for (let i = 0; i < n; i++) {
    // Null guards: a region (or the province) lacking any member has no sum, whatever arquero's sum of the rest is.
    const complete = nValid[i] === nExpected[i];
    const v = complete ? value[i]! : null;
    const tot = tValid[i] === tCount[i] ? total[i]! : null;
    pushRow(out, {
      region: region[i]!, year: year[i]!, value: v, total: tot,
      share: v !== null && tot !== null && tot !== 0 ? v / tot : null,
      n_cities: nValid[i]!, n_expected: nExpected[i]!, complete,
      note: !complete ? `no ${variable} for ${missing[i]!.join(', ')}`
        : tot === null ? `provincial total incomplete: no ${variable} for ${allMissing[i]!.join(', ')}` : '',
    });
  }
  return out;
}

/**
 * The former hand-written loop over a unit × year index, kept to check the verb version against
 * (test/panel/growth/region-shares-verbs.test.ts) and to benchmark it (bench/panel-verbs.ts).
 * @internal
 */
export function regionSharesLoop(table: TableInput, options: RegionSharesOptions): PanelTable<RegionSharesRow> {
  return makeTable(loopShares(checkedInput(table, options)));
}

/** Verb version without the flag warnings, for the benchmark. @internal */
export function regionSharesVerbs(table: TableInput, options: RegionSharesOptions): PanelTable<RegionSharesRow> {
  return makeTable(verbShares(checkedInput(table, options)));
}

function loopShares(inp: SharesInput): Columns<RegionSharesRow> {
  const { units, x, variable, outYears } = inp;
  const citiesOf = new Map<string, Set<number>>();
  inp.regions.forEach((r, i) => {
    let s = citiesOf.get(r);
    if (!s) citiesOf.set(r, (s = new Set<number>()));
    s.add(units.unitOf[i]!);
  });
  const order = regionOrder(inp.regions);
  const out = emptyColumns();
  const index = new UnitYearIndex(units);
  for (const year of outYears) {
    const perRegion = order.map((region) => {
      const vals: number[] = [];
      const missing: string[] = [];
      for (const u of citiesOf.get(region)!) {
        const i = index.row(u, year);
        const v = i < 0 ? null : x[i]!;
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
  return out;
}
