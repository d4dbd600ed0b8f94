/**
 * Regional shares of the provincial total and their change: the core measure of industry
 * moving out of the Pearl River Delta, with a sector shift-share of each region against the province.
 * @module
 */
import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { sum } from '../../core/validate.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { shiftShare } from '../../measures/shift-share/shift-share.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, selectYears, warnColumnFlags } from '../access.js';
import { cityLabels, groupLabels, groupOfRows, requirePositive, type DisparityGrouping } from './access.js';

const FN = 'transferTable';

/** Sector value-added columns used for the shift-share, in order. */
export const TRANSFER_SECTOR_COLUMNS = ['primary_va', 'secondary_va', 'tertiary_va'] as const;

/** Label of the combined non-PRD regions in the shift-share under `groups: 'region'` (粤东西北). */
export const PERIPHERY_GROUP = 'periphery';

/** Options of {@link transferTable}. */
export interface TransferTableOptions {
  /** Level column to share out, e.g. `'secondary_va'` (亿元), `'gdp'`, `'population_registered'`. Values ≥ 0. */
  variable: string;
  /** Years to report (at least one); changes are measured against the first. */
  years: readonly number[];
  /** Grouping; default `'region'` (PRD, East, West, North). */
  groups?: DisparityGrouping;
}

/** Result of {@link transferTable}: two arquero tables. */
export interface TransferTables {
  /**
   * One row per year × group: `year`, `group`, `value` (sum of the group's cities, unit of the
   * variable), `total` (sum of all cities = the provincial total used), `share` (% of total),
   * `change_pp` (percentage points since the first year), `change_pp_previous` (since the previous
   * listed year), `n_cities`, `n_missing`, `missing_cities`, `flags`, `note`. When any city lacks a
   * value in a year, that year's shares are null (a partial sum would fake a transfer) and `note` says so.
   */
  shares: ColumnTable;
  /**
   * Dunn shift-share of each group (and, under `'region'`, the periphery = East + West + North)
   * against the province by sector (primary, secondary, tertiary value added, 亿元), for each pair of
   * consecutive years and, with more than two years, first → last. One row per
   * `from`, `to`, `scope`, `sector` (`'primary'`, `'secondary'`, `'tertiary'`, `'total'`) with
   * `growth`, `national_share`, `industrial_mix`, `regional_shift` (sum to growth). Empty, with a
   * warning, when the table has no complete sector value added for a pair.
   */
  shiftShare: ColumnTable;
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
 * @throws DataError for a missing column, a non-numeric or negative value (naming the row), an
 *   unknown region, an empty `years` or a year absent from the table.
 * @example
 * ```ts
 * const { shares } = transferTable(loadGuangdongPanel(), { variable: 'secondary_va', years: [2005, 2010, 2015, 2020] });
 * shares.filter((d) => d.group === 'PRD').array('change_pp') // PRD share change since 2005, pp
 * ```
 */
export function transferTable(table: TableInput, options: TransferTableOptions): TransferTables {
  const t = asTable(table, FN);
  const { variable } = options;
  const grouping = options.groups ?? 'region';
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
  const labels = groupLabels(grouping);

  const shareRows: Record<string, unknown>[] = [];
  const firstShare = new Map<string, number | null>();
  const prevShare = new Map<string, number | null>();
  const usedFlags: Array<Set<string>> = [];
  let incompleteYears = 0;
  years.forEach((y, k) => {
    const idx = year.flatMap((yy, i) => (yy === y ? [i] : []));
    const missing = idx.filter((i) => value[i] === null).map((i) => city[i]!);
    const present = idx.filter((i) => value[i] !== null);
    present.forEach((i) => requirePositive(value[i]!, FN, i, variable, false));
    usedFlags.push(...present.map((i) => flags[i]!));
    const total = sum(present.map((i) => value[i]!));
    const complete = missing.length === 0 && present.length > 0;
    if (!complete) incompleteYears++;
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
  const scopes = grouping === 'region' ? [...labels, PERIPHERY_GROUP] : labels;
  const inScope = (scope: string, g: string): boolean => (scope === PERIPHERY_GROUP ? g !== 'PRD' : g === scope);
  if (!hasSectors) {
    if (pairs.length > 0) warn({ code: 'no-sector-data', file: FN, message: `${FN}: the table has no ${TRANSFER_SECTOR_COLUMNS.join('/')} columns, so no sector shift-share was computed` });
  } else {
    const sectors = TRANSFER_SECTOR_COLUMNS.map((c) => numberColumn(t, c, FN, DISPARITY_WORDING));
    const skipped: string[] = [];
    for (const [y0, y1] of pairs) {
      const rows0 = year.flatMap((yy, i) => (yy === y0 ? [i] : []));
      const rows1 = year.flatMap((yy, i) => (yy === y1 ? [i] : []));
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
  const ssColumns = ['from', 'to', 'scope', 'sector', 'growth', 'national_share', 'industrial_mix', 'regional_shift'];
  const shareColumns = ['year', 'group', 'value', 'total', 'share', 'change_pp', 'change_pp_previous', 'n_cities', 'n_missing', 'missing_cities', 'flags', 'note'];
  const build = (rows: Record<string, unknown>[], cols: string[]): ColumnTable => {
    const out: Record<string, unknown[]> = {};
    for (const c of cols) out[c] = rows.map((r) => r[c] ?? null);
    return aq.table(out);
  };
  return { shares: build(shareRows, shareColumns), shiftShare: build(ssRows, ssColumns) };
}
