/**
 * Regional shares of the provincial total and their change: the core measure of industry
 * moving out of the Pearl River Delta, with a sector shift-share of each region against the province.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { sum } from '../../core/validate.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { shiftShare } from '../../measures/shift-share/shift-share.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, selectYears, warnColumnFlags } from '../access.js';
import * as aq from 'arquero';
import { csum, registerCompensatedSum, tableKind, type PanelTable } from '../table.js';
const { op } = aq;
import {
  PERIPHERY_GROUP, cityLabels, groupLabels, groupOfRows, requireGrouping, requirePositive, requireUniqueCityYears,
  type DisparityGroupLabel, type DisparityGrouping,
} from './access.js';

const FN = 'transferTable';

/** Sector value-added columns used for the shift-share, in order. */
export const TRANSFER_SECTOR_COLUMNS = ['primary_va', 'secondary_va', 'tertiary_va'] as const;


/** Options of {@link transferTable}. */
export interface TransferTableOptions {
  /** Level column to share out, e.g. `'secondary_va'` (亿元), `'gdp'`, `'population_registered'`. Values ≥ 0. */
  variable: string;
  /** Years to report (at least one); changes are measured against the first. */
  years: readonly number[];
  /** Grouping; default `'region'` (PRD, East, West, North). */
  groups?: DisparityGrouping;
}

/** One row of {@link TransferTables.shares} (read them with `.rows()`): a group's share of the provincial total in a year. */
export interface TransferShareRow {
  year: number;
  /** `PRD`, `East`, `West`, `North`, or `PRD`, `periphery`. */
  group: DisparityGroupLabel;
  /** Sum of the group's cities, unit of the variable (null when the year is incomplete). */
  value: number | null;
  /** Sum of all cities = the provincial total used (null when the year is incomplete). */
  total: number | null;
  /** % of the total. */
  share: number | null;
  /** Percentage points since the first year. */
  change_pp: number | null;
  /** Percentage points since the previous listed year. */
  change_pp_previous: number | null;
  n_cities: number;
  n_missing: number;
  missing_cities: string;
  flags: string;
  note: string;
}

/** One row of {@link TransferTables.shiftShare} (read them with `.rows()`): a Dunn shift-share of one scope and sector between two years. */
export interface ShiftShareRow {
  from: number;
  to: number;
  /** A group label, or `periphery` (East + West + North) under `groups: 'region'`. */
  scope: DisparityGroupLabel;
  sector: 'primary' | 'secondary' | 'tertiary' | 'total';
  /** Change of value added, 亿元 (current prices). */
  growth: number;
  national_share: number;
  industrial_mix: number;
  regional_shift: number;
}

/** Output columns of {@link TransferTables.shares}, in order. */
export const TRANSFER_SHARE_COLUMNS = ['year', 'group', 'value', 'total', 'share', 'change_pp', 'change_pp_previous', 'n_cities', 'n_missing',
  'missing_cities', 'flags', 'note'] as const satisfies ReadonlyArray<keyof TransferShareRow>;
/** Output columns of {@link TransferTables.shiftShare}, in order. */
export const SHIFT_SHARE_COLUMNS = ['from', 'to', 'scope', 'sector', 'growth', 'national_share', 'industrial_mix', 'regional_shift'] as const satisfies ReadonlyArray<keyof ShiftShareRow>;

const makeShares = tableKind<TransferShareRow>(FN, TRANSFER_SHARE_COLUMNS);
const makeShiftShare = tableKind<ShiftShareRow>(FN, SHIFT_SHARE_COLUMNS);

/** Result of {@link transferTable}: two typed arquero tables. */
export interface TransferTables {
  /**
   * One row per year × group: `year`, `group`, `value` (sum of the group's cities, unit of the
   * variable), `total` (sum of all cities = the provincial total used), `share` (% of total),
   * `change_pp` (percentage points since the first year), `change_pp_previous` (since the previous
   * listed year), `n_cities`, `n_missing`, `missing_cities`, `flags`, `note`. When any city lacks a
   * value in a year, that year's shares are null (a partial sum would fake a transfer) and `note` says so.
   */
  shares: PanelTable<TransferShareRow>;
  /**
   * Dunn shift-share of each group (and, under `'region'`, the periphery = East + West + North)
   * against the province by sector (primary, secondary, tertiary value added, 亿元), for each pair of
   * consecutive years and, with more than two years, first → last. One row per
   * `from`, `to`, `scope`, `sector` (`'primary'`, `'secondary'`, `'tertiary'`, `'total'`) with
   * `growth`, `national_share`, `industrial_mix`, `regional_shift` (sum to growth). Empty, with a
   * warning, when the table has no complete sector value added for a pair.
   */
  shiftShare: PanelTable<ShiftShareRow>;
}

/**
 * Industrial transfer between Guangdong's regions: each region's share of the provincial total of
 * a variable (e.g. secondary-industry value added) by year and its change in percentage points,
 * plus a sector shift-share of each region against the province.
 *
 * Formula: share_g,y = 100 · Σ_{c∈g} x_c,y / Σ_c x_c,y; change_pp = share_g,y − share_g,y0.
 * Shift-share: `shiftShare` (Dunn) with the group's sector value added as the region and the
 * 21-city sum as the nation (the nation includes the region).
 *
 * Conventions: the provincial total is the sum of the cities in the table, not the published
 * provincial figure (the two differ by vintage; see data/SOURCES.md). Value added is at current
 * prices: the shift-share splits nominal change. Warnings (through `warn`) for known series
 * breaks and quality flags concerning the variable (e.g. 1998–99 suspect city values, derived
 * sector value added).
 *
 * @throws DataError for a missing column, a non-numeric or negative value (naming the row), two
 *   rows for one city and year (`duplicate-key`), an unknown region, an empty `years` or a year
 *   absent from the table.
 * @example
 * ```ts
 * const { shares } = transferTable(loadGuangdongPanel(), { variable: 'secondary_va', years: [2005, 2010, 2015, 2020] });
 * shares.rows().filter((r) => r.group === 'PRD').map((r) => r.change_pp) // PRD share change since 2005, pp
 * ```
 */
export function transferTable(table: TableInput, options: TransferTableOptions): TransferTables {
  const t = asTable(table, FN);
  const { variable } = options;
  const grouping = requireGrouping(options.groups ?? 'region', FN);
  if (!Array.isArray(options.years) || options.years.length === 0) {
    throw new DataError('invalid', 'years must list at least one year', { function: FN, column: 'year' });
  }
  requireColumns(t, FN, ['year', variable], DISPARITY_WORDING);
  const year = numberColumn(t, 'year', FN, DISPARITY_WORDING);
  const value = numberColumn(t, variable, FN, DISPARITY_WORDING);
  const city = cityLabels(t, FN);
  const group = groupOfRows(t, grouping, FN);
  const flags = flagSets(t);
  const years = selectYears(year as number[], options.years, FN);
  const reported = new Set(years);
  requireUniqueCityYears(city, year, FN, (i) => reported.has(year[i]!));
  // Rows of each reported year in table order, found in one pass (not one scan of the table per year).
  const rowsOfYear = new Map<number, number[]>(years.map((y) => [y, []]));
  for (let i = 0; i < year.length; i++) rowsOfYear.get(year[i]!)?.push(i);
  const labels = groupLabels(grouping);

  const ctx: SharesContext = { variable, years, rowsOfYear, year, value, city, group, flags, labels };
  // Checks and warnings, in year order and table order within a year.
  const usedFlags: Array<Set<string>> = [];
  let incompleteYears = 0;
  for (const y of years) {
    const idx = rowsOfYear.get(y)!;
    let present = 0;
    for (const i of idx) {
      if (value[i] === null) continue;
      requirePositive(value[i]!, FN, i, variable, false);
      usedFlags.push(flags[i]!);
      present++;
    }
    if (present < idx.length || present === 0) incompleteYears++;
  }
  const shareColumns = transferSharesVerbs(ctx);
  if (incompleteYears > 0) {
    warn({ code: 'incomplete-year', file: FN, column: variable,
      message: `${FN}: ${incompleteYears} of ${years.length} years lack ${variable} for some cities; their shares are null (see the note column)` });
  }
  warnColumnFlags(FN, variable, years, usedFlags);

  // Shift-share by sector.
  const ssRows: Record<string, unknown>[] = [];
  const hasSectors = TRANSFER_SECTOR_COLUMNS.every((c) => t.columnNames().includes(c));
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < years.length; k++) pairs.push([years[k]!, years[k + 1]!]);
  if (years.length > 2) pairs.push([years[0]!, years[years.length - 1]!]);
  const scopes: DisparityGroupLabel[] = grouping === 'region' ? [...labels, PERIPHERY_GROUP] : labels;
  const inScope = (scope: string, g: string): boolean => (scope === PERIPHERY_GROUP ? g !== 'PRD' : g === scope);
  if (!hasSectors) {
    if (pairs.length > 0) warn({ code: 'no-sector-data', file: FN, message: `${FN}: the table has no ${TRANSFER_SECTOR_COLUMNS.join('/')} columns, so no sector shift-share was computed` });
  } else {
    const sectors = TRANSFER_SECTOR_COLUMNS.map((c) => numberColumn(t, c, FN, DISPARITY_WORDING));
    const skipped: string[] = [];
    for (const [y0, y1] of pairs) {
      const rows0 = rowsOfYear.get(y0)!;
      const rows1 = rowsOfYear.get(y1)!;
      const cities0 = new Set(rows0.map((i) => city[i]));
      const sameCities = rows1.length === rows0.length && rows1.every((i) => cities0.has(city[i]));
      const complete = sameCities && [...rows0, ...rows1].every((i) => sectors.every((s) => s[i] !== null));
      if (!complete) {
        skipped.push(`${y0}→${y1}`);
        continue;
      }
      [...rows0, ...rows1].forEach((i) => sectors.forEach((s, j) => requirePositive(s[i]!, FN, i, TRANSFER_SECTOR_COLUMNS[j]!, false)));
      const totals = (rows: number[], pick: (i: number) => boolean): number[] => sectors.map((s) => sum(rows.filter(pick).map((i) => s[i]!)));
      const nationBase = totals(rows0, () => true);
      const nationFinal = totals(rows1, () => true);
      for (const scope of scopes) {
        const pick = (i: number): boolean => inScope(scope, group[i]!);
        const r = shiftShare({ regionBase: totals(rows0, pick), regionFinal: totals(rows1, pick), nationBase, nationFinal });
        const names = ['primary', 'secondary', 'tertiary'];
        r.industries.forEach((x, j) => ssRows.push({
          from: y0, to: y1, scope, sector: names[j], growth: x.growth, national_share: x.nationalShare, industrial_mix: x.industrialMix, regional_shift: x.regionalShift,
        }));
        ssRows.push({ from: y0, to: y1, scope, sector: 'total', growth: r.growth, national_share: r.nationalShare, industrial_mix: r.industrialMix, regional_shift: r.regionalShift });
      }
    }
    if (skipped.length > 0) {
      warn({ code: 'no-sector-data', file: FN, message: `${FN}: sector value added is incomplete for ${skipped.join(', ')}; no shift-share for these pairs` });
    }
    for (const c of TRANSFER_SECTOR_COLUMNS) warnColumnFlags(FN, c, years, usedFlags);
  }
  const columns = (rows: Record<string, unknown>[], cols: readonly string[]): Record<string, unknown[]> => {
    const out: Record<string, unknown[]> = {};
    for (const c of cols) out[c] = rows.map((r) => r[c] ?? null);
    return out;
  };
  return { shares: makeShares(shareColumns, TRANSFER_SHARE_COLUMNS), shiftShare: makeShiftShare(columns(ssRows, SHIFT_SHARE_COLUMNS)) };
}

/** What the shares part of {@link transferTable} reads, checked. */
interface SharesContext {
  variable: string;
  years: number[];
  rowsOfYear: Map<number, number[]>;
  year: ReadonlyArray<number | null>;
  value: ReadonlyArray<number | null>;
  city: readonly string[];
  group: readonly string[];
  flags: ReadonlyArray<Set<string>>;
  labels: readonly string[];
}

/**
 * The shares table with arquero's verbs: compensated-sum rollups of the reported years' rows (in
 * table order, as the loop added them) by year and group and by year; every group × year from a
 * cross join (a group without a city in a year is a row with zero cities); shares and their
 * changes by `derive` over each group ordered by year (`op.first_value`, `op.lag`: the previous
 * listed year, which is the previous row since every group has every year). arquero treats null
 * as 0 in arithmetic and skips it in aggregates: every formula checks its operands for null first.
 * Measured (bench/panel-verbs.ts, 3,000 × 30, five reported years, 5 alternating runs per side in
 * their own processes, load ≈ 19): 208 ms CPU median against 76 ms for {@link transferSharesLoop},
 * 2.75× — within the 3× of issue 11, so the verbs serve `transferTable`.
 * @internal
 */
export function transferSharesVerbs(ctx: SharesContext): Record<string, unknown[]> {
  registerCompensatedSum();
  const reported = new Set(ctx.years);
  const base = aq.table({ year: ctx.year, value: ctx.value, city: ctx.city, group: ctx.group, flags: ctx.flags })
    .filter(aq.escape((d: { year: number | null }) => d.year !== null && reported.has(d.year)))
    .derive({
      miss: (d: { value: number | null; city: string }) => (d.value === null ? d.city : null),
      used: (d: { value: number | null; flags: Set<string> }) => (d.value === null ? null : d.flags),
    });
  const byGroup = base.groupby('year', 'group')
    .rollup({ v: csum('value'), n_cities: op.count(), n_valid: op.valid('value'), missing: op.array_agg('miss'), used: op.array_agg('used') });
  const byYear = base.groupby('year')
    .rollup({ total: csum('value'), n_year: op.count(), n_year_valid: op.valid('value'), missing_year: op.array_agg('miss') });
  const cells = aq.table({ group: ctx.labels, g: ctx.labels.map((_, j) => j) })
    .cross(aq.table({ year: ctx.years, k: ctx.years.map((_, j) => j) }))
    .join_left(byGroup, [['year', 'group'], ['year', 'group']])
    .join(byYear, 'year')
    .derive({
      // == null also catches the left join's absent values (no `undefined` in arquero expressions)
      n_cities: (d: { n_cities: number | null }) => (d.n_cities == null ? 0 : d.n_cities),
      n_valid: (d: { n_valid: number | null }) => (d.n_valid == null ? 0 : d.n_valid),
      v: (d: { v: number | null }) => (d.v == null ? 0 : d.v),
      complete: (d: { n_year: number; n_year_valid: number }) => d.n_year_valid === d.n_year && d.n_year_valid > 0,
    })
    .derive({
      share: (d: { complete: boolean; total: number; v: number }) => (d.complete && d.total > 0 ? (100 * d.v) / d.total : null),
    })
    .groupby('group')
    .orderby('k')
    .derive({ first: (d: { share: number | null }) => op.first_value(d.share), prev: (d: { share: number | null }) => op.lag(d.share) })
    .derive({
      change_pp: (d: { share: number | null; first: number | null }) => (d.share !== null && d.first !== null ? d.share - d.first : null),
      change_pp_previous: (d: { k: number; share: number | null; prev: number | null }) =>
        (d.k > 0 && d.share !== null && d.prev !== null ? d.share - d.prev : null),
    })
    .ungroup()
    .orderby('k', 'g');
  const n = cells.numRows();
  const col = <T>(c: string) => cells.array(c) as T[];
  const complete = col<boolean>('complete');
  const v = col<number>('v');
  const total = col<number>('total');
  const missing = col<string[] | null>('missing');
  const used = col<Array<Set<string>> | null>('used');
  const missingYear = col<string[]>('missing_year');
  const nYear = col<number>('n_year');
  const yearCol = col<number>('year');
  const nCities = col<number>('n_cities');
  const nValid = col<number>('n_valid');
  const out: Record<string, unknown[]> = Object.fromEntries(TRANSFER_SHARE_COLUMNS.map((c) => [c, new Array<unknown>(n)]));
  for (let i = 0; i < n; i++) {
    out.year![i] = yearCol[i];
    out.group![i] = col<string>('group')[i];
    out.value![i] = complete[i] ? v[i] : null;
    out.total![i] = complete[i] ? total[i] : null;
    out.share![i] = col<number | null>('share')[i];
    out.change_pp![i] = col<number | null>('change_pp')[i];
    out.change_pp_previous![i] = col<number | null>('change_pp_previous')[i];
    out.n_cities![i] = nCities[i];
    out.n_missing![i] = nCities[i]! - nValid[i]!;
    out.missing_cities![i] = (missing[i] ?? []).join(',');
    out.flags![i] = relevantFlags(used[i] ?? [], [ctx.variable]);
    out.note![i] = complete[i] ? '' : `${missingYear[i]!.length} of ${nYear[i]} cities lack ${ctx.variable} in ${yearCol[i]} (${missingYear[i]!.join(',')}): shares not computed`;
  }
  return out;
}

/** The former hand-written loop of the shares table, kept to check the verb version against and to benchmark it. @internal */
export function transferSharesLoop(ctx: SharesContext): Record<string, unknown[]> {
  const { variable, years, rowsOfYear, value, city, group, flags, labels } = ctx;
  const shareRows: Record<string, unknown>[] = [];
  const firstShare = new Map<string, number | null>();
  const prevShare = new Map<string, number | null>();
  years.forEach((y, k) => {
    const idx = rowsOfYear.get(y)!;
    const missing = idx.filter((i) => value[i] === null).map((i) => city[i]!);
    const present = idx.filter((i) => value[i] !== null);
    const total = sum(present.map((i) => value[i]!));
    const complete = missing.length === 0 && present.length > 0;
    for (const g of labels) {
      const gi = idx.filter((i) => group[i] === g);
      const gPresent = gi.filter((i) => value[i] !== null);
      const v = sum(gPresent.map((i) => value[i]!));
      const share = complete && total > 0 ? (100 * v) / total : null;
      if (k === 0) firstShare.set(g, share);
      const first = firstShare.get(g) ?? null;
      const prev = prevShare.get(g) ?? null;
      shareRows.push({
        year: y,
        group: g,
        value: complete ? v : null,
        total: complete ? total : null,
        share,
        change_pp: share !== null && first !== null ? share - first : null,
        change_pp_previous: k > 0 && share !== null && prev !== null ? share - prev : null,
        n_cities: gi.length,
        n_missing: gi.length - gPresent.length,
        missing_cities: gi.filter((i) => value[i] === null).map((i) => city[i]!).join(','),
        flags: relevantFlags(gPresent.map((i) => flags[i]!), [variable]),
        note: complete ? '' : `${missing.length} of ${idx.length} cities lack ${variable} in ${y} (${missing.join(',')}): shares not computed`,
      });
      prevShare.set(g, share);
    }
  });
  const out: Record<string, unknown[]> = {};
  for (const c of TRANSFER_SHARE_COLUMNS) out[c] = shareRows.map((r) => r[c] ?? null);
  return out;
}

/** The checked input of the shares part of {@link transferTable}, for the agreement test and the benchmark. @internal */
export function transferSharesInput(table: TableInput, options: TransferTableOptions): SharesContext {
  const t = asTable(table, FN);
  const grouping = requireGrouping(options.groups ?? 'region', FN);
  const year = numberColumn(t, 'year', FN, DISPARITY_WORDING);
  const years = selectYears(year as number[], options.years, FN);
  const rowsOfYear = new Map<number, number[]>(years.map((y) => [y, []]));
  for (let i = 0; i < year.length; i++) rowsOfYear.get(year[i]!)?.push(i);
  return {
    variable: options.variable, years, rowsOfYear, year, value: numberColumn(t, options.variable, FN, DISPARITY_WORDING),
    city: cityLabels(t, FN), group: groupOfRows(t, grouping, FN), flags: flagSets(t), labels: groupLabels(grouping),
  };
}
