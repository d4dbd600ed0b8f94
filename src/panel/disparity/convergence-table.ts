/**
 * β- and σ-convergence of a per-capita variable across cities, for all cities and within groups.
 * @module
 */
import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import { DataError } from '../../core/errors.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { betaConvergence } from '../../measures/convergence/beta.js';
import { sigmaConvergence } from '../../measures/convergence/sigma.js';
import { DISPARITY_WORDING, flagSets, numberColumn, relevantFlags, requireColumns, warnColumnFlags } from '../access.js';
import { cityLabels, groupLabels, groupOfRows, requirePositive, type DisparityGrouping } from './access.js';

const FN = 'convergenceTable';

/** Options of {@link convergenceTable}. */
export interface ConvergenceTableOptions {
  /** Per-capita column, e.g. `'gdp_per_capita'` (元). Values must be > 0. */
  variable: string;
  /** First year (y_0). */
  from: number;
  /** Last year (y_T); T = to − from. */
  to: number;
  /** Also estimate within each group (four regions, or PRD vs the rest). Omitted: all cities only. */
  groups?: DisparityGrouping;
}

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
 *   an unknown region, `to` ≤ `from`, or years absent from the table.
 * @example
 * ```ts
 * convergenceTable(loadGuangdongPanel(), { variable: 'gdp_per_capita', from: 2005, to: 2019, groups: 'region' })
 * ```
 */
export function convergenceTable(table: TableInput, options: ConvergenceTableOptions): ColumnTable {
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
  const grouping = options.groups;
  const group = grouping ? groupOfRows(t, grouping, FN) : city.map(() => 'all');
  for (const y of [from, to]) {
    if (!year.includes(y)) throw new DataError('out-of-range', `year ${y} is not in the table`, { function: FN, column: 'year' });
  }
  const span: number[] = [];
  for (let y = from; y <= to; y++) span.push(y);

  // city → year → value (positive), group, flags
  const series = new Map<string, { group: string; values: Map<number, number>; flags: Array<Set<string>> }>();
  for (let i = 0; i < year.length; i++) {
    const y = year[i];
    if (y === null || y === undefined || y < from || y > to) continue;
    let s = series.get(city[i]!);
    if (!s) {
      s = { group: group[i]!, values: new Map(), flags: [] };
      series.set(city[i]!, s);
    }
    const v = value[i];
    if (v === null || v === undefined) continue;
    requirePositive(v, FN, i, variable, true);
    s.values.set(y, v);
    s.flags.push(flags[i]!);
  }

  const scopes = ['all', ...(grouping ? groupLabels(grouping) : [])];
  const rows: Record<string, unknown>[] = [];
  const usedFlags: Array<Set<string>> = [];
  for (const scope of scopes) {
    const members = [...series.entries()].filter(([, s]) => scope === 'all' || s.group === scope);
    const both = members.filter(([, s]) => s.values.has(from) && s.values.has(to));
    const excluded = members.filter(([, s]) => !(s.values.has(from) && s.values.has(to))).map(([c]) => c);
    const balanced = members.filter(([, s]) => span.every((y) => s.values.has(y)));
    const notes: string[] = [];
    const row: Record<string, unknown> = { scope, from, to, years: to - from, n_beta: both.length, excluded_cities: excluded.join(',') };
    if (both.length >= 3) {
      const b = betaConvergence(both.map(([, s]) => s.values.get(from)!), both.map(([, s]) => s.values.get(to)!), to - from);
      Object.assign(row, { alpha: b.alpha, beta: b.beta, standard_error: b.standardError, t: b.t, p: b.p, r_squared: b.rSquared, speed: b.speed, half_life: b.halfLife });
    } else {
      Object.assign(row, { alpha: null, beta: null, standard_error: null, t: null, p: null, r_squared: null, speed: null, half_life: null });
      notes.push(`β needs at least 3 cities with values in ${from} and ${to}, found ${both.length}`);
    }
    row.n_sigma = balanced.length;
    const sigmaOk = balanced.length >= 2 && balanced.some(([, s]) => s.values.get(to) !== balanced[0]![1].values.get(to));
    if (sigmaOk) {
      const sg = sigmaConvergence(span.map((y) => balanced.map(([, s]) => s.values.get(y)!)), { times: span });
      Object.assign(row, {
        sd_log_from: sg.sdLog[0], sd_log_to: sg.sdLog[sg.sdLog.length - 1], cv_from: sg.cv[0], cv_to: sg.cv[sg.cv.length - 1],
        sigma_f: sg.f, sigma_p: sg.p, sigma_trend: sg.trend,
      });
    } else {
      Object.assign(row, { sd_log_from: null, sd_log_to: null, cv_from: null, cv_to: null, sigma_f: null, sigma_p: null, sigma_trend: null });
      notes.push(`σ needs at least 2 cities with differing values in every year ${from}–${to}, found ${balanced.length}`);
    }
    const cells = members.flatMap(([, s]) => s.flags);
    usedFlags.push(...cells);
    row.flags = relevantFlags(cells, [variable]);
    row.note = notes.join('; ');
    rows.push(row);
  }
  warnColumnFlags(FN, variable, span, usedFlags);
  const columns = ['scope', 'from', 'to', 'years', 'n_beta', 'excluded_cities', 'alpha', 'beta', 'standard_error', 't', 'p', 'r_squared',
    'speed', 'half_life', 'n_sigma', 'sd_log_from', 'sd_log_to', 'cv_from', 'cv_to', 'sigma_f', 'sigma_p', 'sigma_trend', 'flags', 'note'];
  const out: Record<string, unknown[]> = {};
  for (const c of columns) out[c] = rows.map((r) => r[c] ?? null);
  return aq.table(out);
}
