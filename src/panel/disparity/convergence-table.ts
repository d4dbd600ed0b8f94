/**
 * β- and σ-convergence of a per-capita variable across cities, for all cities and within groups.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { betaConvergence } from '../../measures/convergence/beta.js';
import { sigmaConvergence } from '../../measures/convergence/sigma.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, warnColumnFlags } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import {
  cityLabels, groupLabels, groupOfRows, requireGrouping, requirePositive, requireUniqueCityYears,
  type DisparityGroupLabel, type DisparityGrouping,
} from './access.js';

const FN = 'convergenceTable';

/** Options of {@link convergenceTable}. */
export interface ConvergenceTableOptions {
  /** Per-capita column, e.g. `'gdp_per_capita'` (元). Values must be > 0. */
  variable: string;
  /** First year (y_0). */
  from: number;
  /** Last year (y_T); T = to − from. */
  to: number;
  /** Also estimate within each group (four regions, or the PRD and the periphery 粤东西北). Omitted: all cities only. */
  groups?: DisparityGrouping;
}

/** One output row of {@link convergenceTable} (read them with `.rows()`): one scope, β and σ results. */
export interface ConvergenceRow {
  /** `'all'`, or a group label (`PRD`, `East`, `West`, `North`, `periphery`). */
  scope: 'all' | DisparityGroupLabel;
  from: number;
  to: number;
  /** T = to − from. */
  years: number;
  /** Cities with a value in both `from` and `to`. */
  n_beta: number;
  /** Cities of the scope lacking one of the two values, comma-separated. */
  excluded_cities: string;
  alpha: number | null;
  beta: number | null;
  standard_error: number | null;
  t: number | null;
  /** Two-sided p of β (Student t, n − 2 df). */
  p: number | null;
  r_squared: number | null;
  /** λ = −ln(1 + Tβ)/T per year. */
  speed: number | null;
  /** Years; null without convergence. */
  half_life: number | null;
  /** Cities with a value in every year from `from` to `to`. */
  n_sigma: number;
  sd_log_from: number | null;
  sd_log_to: number | null;
  cv_from: number | null;
  cv_to: number | null;
  sigma_f: number | null;
  /** One-sided p (H1: the log variance fell). */
  sigma_p: number | null;
  /** Slope of the SD of logs per year. */
  sigma_trend: number | null;
  /** Quality flags concerning the variable on the rows used, `;`-joined. */
  flags: string;
  /** Why a part is null ('' when nothing is). */
  note: string;
}

/** Output columns of {@link convergenceTable}, in order. */
export const CONVERGENCE_COLUMNS = ['scope', 'from', 'to', 'years', 'n_beta', 'excluded_cities', 'alpha', 'beta', 'standard_error', 't', 'p',
  'r_squared', 'speed', 'half_life', 'n_sigma', 'sd_log_from', 'sd_log_to', 'cv_from', 'cv_to', 'sigma_f', 'sigma_p', 'sigma_trend', 'flags',
  'note'] as const satisfies ReadonlyArray<keyof ConvergenceRow>;

const makeTable = tableKind<ConvergenceRow>(FN, CONVERGENCE_COLUMNS);

/**
 * β- and σ-convergence of a per-capita variable between two years, for all cities and, when
 * asked, within each group.
 *
 * One row per scope (`'all'`, then each group), columns:
 * - `scope`, `from`, `to`, `years` (T);
 * - β (cities with a value in both `from` and `to`): `n_beta`, `excluded_cities` (cities lacking
 *   one of the two values, listed, not silently dropped), `alpha`, `beta`, `standard_error`, `t`,
 *   `p` (two-sided, Student t, n − 2 df), `r_squared`, `speed` (λ = −ln(1 + Tβ)/T per year),
 *   `half_life` (years; null without convergence) — see `betaConvergence`;
 * - σ (cities with a value in every year from `from` to `to`, a balanced panel): `n_sigma`,
 *   `sd_log_from`, `sd_log_to`, `cv_from`, `cv_to`, `sigma_f`, `sigma_p` (one-sided, H1: the
 *   log variance fell), `sigma_trend` (slope of the SD of logs per year) — see `sigmaConvergence`;
 * - `note`: why a part is null (fewer than 3 cities for β, fewer than 2 for σ); `flags`: quality
 *   flags concerning the variable on the rows used.
 *
 * Warnings (through `warn`) when from–to crosses a known break of the variable, e.g. the
 * 2019/2020 census revision of per-capita GDP: growth across it is partly a statistical artefact.
 *
 * @throws DataError for a missing column, a non-numeric or non-positive value (naming the row),
 *   two rows for one city and year in from–to (`duplicate-key`), an unknown region, `to` ≤ `from`,
 *   or years absent from the table.
 * @example
 * ```ts
 * convergenceTable(loadGuangdongPanel(), { variable: 'gdp_per_capita', from: 2005, to: 2019, groups: 'region' }).rows()
 *   .find((r) => r.scope === 'all')?.beta // β of the 21 cities
 * ```
 */
export function convergenceTable(table: TableInput, options: ConvergenceTableOptions): PanelTable<ConvergenceRow> {
  const t = asTable(table, FN);
  const { variable, from, to } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && to > from)) {
    throw new DataError('invalid', `"to" (${to}) must be a year after "from" (${from})`, { function: FN });
  }
  requireColumns(t, FN, ['year', variable], DISPARITY_WORDING);
  const year = numberColumn(t, 'year', FN, DISPARITY_WORDING);
  const value = numberColumn(t, variable, FN, DISPARITY_WORDING);
  const city = cityLabels(t, FN);
  const flags = flagSets(t);
  const grouping = options.groups === undefined ? undefined : requireGrouping(options.groups, FN);
  const group = grouping ? groupOfRows(t, grouping, FN) : city.map(() => 'all');
  for (const y of [from, to]) {
    if (!year.includes(y)) throw new DataError('out-of-range', `year ${y} is not in the table`, { function: FN, column: 'year' });
  }
  requireUniqueCityYears(city, year, FN, (i) => year[i] !== null && year[i]! >= from && year[i]! <= to);
  const span: number[] = [];
  for (let y = from; y <= to; y++) span.push(y);

  // Cities with a row in from–to (members), in first-seen order; their values in a dense
  // member × year matrix (NaN = no value) and their used rows (a value present) in row order.
  // Typed arrays rather than a Map per city: no object per city or per city-year.
  const T = to - from + 1;
  const memberOf = new Map<string, number>();
  const memberCity: string[] = [];
  const memberGroup: string[] = [];
  const rowMember = new Int32Array(year.length).fill(-1);
  for (let i = 0; i < year.length; i++) {
    const y = year[i];
    if (y === null || y === undefined || y < from || y > to) continue;
    let m = memberOf.get(city[i]!);
    if (m === undefined) {
      memberOf.set(city[i]!, (m = memberCity.length));
      memberCity.push(city[i]!);
      memberGroup.push(group[i]!);
    }
    const v = value[i];
    if (v === null || v === undefined) continue;
    requirePositive(v, FN, i, variable, true);
    rowMember[i] = m;
  }
  const M = memberCity.length;
  const values = new Float64Array(M * T).fill(NaN);
  // Used rows grouped by member (CSR: rowsStart[m]..rowsStart[m + 1] in rowsOrder), each member's in row order.
  const rowsStart = new Int32Array(M + 1);
  for (let i = 0; i < year.length; i++) if (rowMember[i]! >= 0) rowsStart[rowMember[i]! + 1]!++;
  for (let m = 0; m < M; m++) rowsStart[m + 1]! += rowsStart[m]!;
  const rowsOrder = new Int32Array(rowsStart[M]!);
  const fill = rowsStart.slice(0, M);
  for (let i = 0; i < year.length; i++) {
    const m = rowMember[i]!;
    if (m < 0) continue;
    rowsOrder[fill[m]!++] = i;
    const k = year[i]! - from;
    if (Number.isInteger(k)) values[m * T + k] = value[i]!;
  }
  const at = (m: number, y: number): number => values[m * T + (y - from)]!;

  const scopes: Array<ConvergenceRow['scope']> = ['all', ...(grouping ? groupLabels(grouping) : [])];
  const rows: Record<string, unknown>[] = [];
  const usedFlags: Array<Set<string>> = [];
  for (const scope of scopes) {
    const both: number[] = [];
    const excluded: string[] = [];
    const balanced: number[] = [];
    const cells = new Set<Set<string>>();
    for (let m = 0; m < M; m++) {
      if (scope !== 'all' && memberGroup[m] !== scope) continue;
      if (!Number.isNaN(at(m, from)) && !Number.isNaN(at(m, to))) both.push(m);
      else excluded.push(memberCity[m]!);
      let full = true;
      for (let k = 0; k < T && full; k++) full = !Number.isNaN(values[m * T + k]!);
      if (full) balanced.push(m);
      for (let r = rowsStart[m]!; r < rowsStart[m + 1]!; r++) {
        const f = flags[rowsOrder[r]!]!;
        usedFlags.push(f);
        cells.add(f);
      }
    }
    const notes: string[] = [];
    const row: Record<string, unknown> = { scope, from, to, years: to - from, n_beta: both.length, excluded_cities: excluded.join(',') };
    if (both.length >= 3) {
      const b = betaConvergence(both.map((m) => at(m, from)), both.map((m) => at(m, to)), to - from);
      Object.assign(row, { alpha: b.alpha, beta: b.beta, standard_error: b.standardError, t: b.t, p: b.p, r_squared: b.rSquared, speed: b.speed, half_life: b.halfLife });
    } else {
      Object.assign(row, { alpha: null, beta: null, standard_error: null, t: null, p: null, r_squared: null, speed: null, half_life: null });
      notes.push(`β needs at least 3 cities with values in ${from} and ${to}, found ${both.length}`);
    }
    row.n_sigma = balanced.length;
    const sigmaOk = balanced.length >= 2 && balanced.some((m) => at(m, to) !== at(balanced[0]!, to));
    if (sigmaOk) {
      const sg = sigmaConvergence(span.map((y) => balanced.map((m) => at(m, y))), { times: span });
      Object.assign(row, {
        sd_log_from: sg.sdLog[0], sd_log_to: sg.sdLog[sg.sdLog.length - 1], cv_from: sg.cv[0], cv_to: sg.cv[sg.cv.length - 1],
        sigma_f: sg.f, sigma_p: sg.p, sigma_trend: sg.trend,
      });
    } else {
      Object.assign(row, { sd_log_from: null, sd_log_to: null, cv_from: null, cv_to: null, sigma_f: null, sigma_p: null, sigma_trend: null });
      notes.push(`σ needs at least 2 cities with differing values in every year ${from}–${to}, found ${balanced.length}`);
    }
    // Flags pushed one by one into usedFlags above (never push(...cells): a spread of a long array overflows the call stack).
    row.flags = relevantFlags(cells, [variable]);
    row.note = notes.join('; ');
    rows.push(row);
  }
  warnColumnFlags(FN, variable, span, usedFlags);
  const out: Record<string, unknown[]> = {};
  for (const c of CONVERGENCE_COLUMNS) out[c] = rows.map((r) => r[c] ?? null);
  return makeTable(out);
}
