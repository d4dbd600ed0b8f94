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
 * The shares with arquero's verbs: a compensated-sum rollup of the rows by region-year and by
 * year, in the loop's summation order (regions in output order, cities by first appearance);
 * the cities each region expects are its distinct cities over the whole table, and only for an
 * incomplete region-year are they crossed with the year and anti-joined to the rows that have a
 * value, to name the missing ones (a city without a row counts as missing as much as a null cell).
 * arquero skips nulls in aggregates and treats null as 0 in arithmetic: completeness is decided
 * by counts (`op.valid` against the expected cities), and the share only from non-null parts.
 * Measured (bench/panel-verbs.ts, 3,000 × 30, 5 alternating runs per side in their own
 * processes, load ≈ 19): verbs 541 ms CPU median against 212 ms for the former loop
 * (`regionSharesLoop`), 2.55× — within the 3× of issue 11, so the verbs serve the public function.
 * Summation order assumes each city keeps one region (a city listed under two regions is summed
 * in first-seen city order, not first-seen-in-region order: the same values, the last bit may differ).
 */
function verbShares(inp: SharesInput): Columns<RegionSharesRow> {
  registerCompensatedSum();
  const { units, variable } = inp;
  const order = regionOrder(inp.regions);
  const rankOf = new Map(order.map((r, k) => [r, k]));
  const reported = new Set(inp.outYears);
  const base = aq.table({
    region: inp.regions,
    rank: inp.regions.map((r) => rankOf.get(r)!),
    u: units.unitOf,
    year: inp.years,
    x: inp.x,
  });
  const expected = base.groupby('region').rollup({ n_expected: op.distinct('u') });
  const rows = base.filter(aq.escape((d: { year: number }) => reported.has(d.year))).orderby('year', 'rank', 'u');
  const byRegion = rows.groupby('year', 'rank', 'region')
    .rollup({ value: csum('x'), n_valid: op.valid('x') })
    .join(expected, 'region')
    .derive({ complete: (d: { n_valid: number; n_expected: number }) => d.n_valid === d.n_expected });
  // A region may have no row at all in a reported year: add it as a region-year with nothing valid.
  const regionYears = expected.cross(aq.table({ year: inp.outYears }))
    .join_left(base.select('region', 'rank').dedupe('region'), 'region')
    .join_left(byRegion.select('year', 'region', 'value', 'n_valid', 'complete'), [['year', 'region'], ['year', 'region']])
    .derive({
      // (== null, not === undefined: arquero parses the expression's text, and a transpiler's `void 0` breaks it)
      n_valid: (d: { n_valid: number | null }) => (d.n_valid == null ? 0 : d.n_valid),
      complete: (d: { complete: boolean | undefined }) => d.complete === true,
    });
  const byYear = rows.groupby('year').rollup({ total: csum('x') })
    .join(regionYears.groupby('year').rollup({ n_incomplete: (d: { complete: boolean }) => op.sum(d.complete ? 0 : 1) }), 'year');
  const joined = regionYears.join(byYear, 'year').orderby('year', 'rank');
  // The missing cities, only where a region-year is incomplete.
  const incomplete = joined.filter((d: { complete: boolean }) => !d.complete).select('year', 'region');
  const missingOf = new Map<string, string[]>();
  if (incomplete.numRows() > 0) {
    const members = base.select('region', 'u').dedupe('region', 'u').derive({ k: () => op.row_number() });
    const absent = members.join(incomplete, 'region')
      .antijoin(rows.filter((d: { x: number | null }) => d.x !== null), [['u', 'year'], ['u', 'year']])
      .orderby('k');
    const ay = absent.array('year') as number[];
    const ar = absent.array('region') as string[];
    const au = absent.array('u') as number[];
    for (let i = 0; i < ay.length; i++) {
      const key = `${ay[i]}\u0000${ar[i]}`;
      let list = missingOf.get(key);
      if (!list) missingOf.set(key, (list = []));
      list.push(units.labels[au[i]!]!);
    }
  }
  const n = joined.numRows();
  const out = emptyColumns();
  const region = joined.array('region') as string[];
  const year = joined.array('year') as number[];
  const value = joined.array('value') as Array<number | null>;
  const nValid = joined.array('n_valid') as number[];
  const nExpected = joined.array('n_expected') as number[];
  const complete = joined.array('complete') as boolean[];
  const total = joined.array('total') as Array<number | null>;
  const nIncomplete = joined.array('n_incomplete') as number[];
  const allMissing = (y: number) => order.flatMap((r) => (missingOf.get(`${y}\u0000${r}`) ?? []).map((m) => `${m} (${r})`));
  for (let i = 0; i < n; i++) {
    // Null guards: a region (or the province) lacking any member has no sum, whatever arquero's sum of the rest is.
    const v = complete[i] ? value[i]! : null;
    const tot = nIncomplete[i] === 0 ? total[i]! : null;
    pushRow(out, {
      region: region[i]!, year: year[i]!, value: v, total: tot,
      share: v !== null && tot !== null && tot !== 0 ? v / tot : null,
      n_cities: nValid[i]!, n_expected: nExpected[i]!, complete: complete[i]!,
      note: !complete[i] ? `no ${variable} for ${missingOf.get(`${year[i]}\u0000${region[i]}`)!.join(', ')}`
        : tot === null ? `provincial total incomplete: no ${variable} for ${allMissing(year[i]!).join(', ')}` : '',
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
