/**
 * Self-consistency checks of a city-year panel: each series against itself, each row against
 * its own identities, and each year against the cross-section of cities. They catch scale and
 * unit slips (a GDP typed in 万元 instead of 亿元, a share typed as a fraction, an Excel cell
 * formatted as percent) in years the bundled data do not cover, where no reference exists.
 *
 * Every finding is a recorded {@link DataWarning} with `code`, `file`, `row`, `column`,
 * `message` and `advice`; nothing is changed. Rows flagged with a known break (see
 * {@link QUALITY_FLAGS}) are not reported for the columns the flag concerns.
 *
 * No library was used: arquero, simple-statistics and the other kept libraries offer medians
 * and ratios but no panel-aware rules; the rules are a few lines each and written here.
 * @module
 */
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { flagsOf, QUALITY_FLAGS } from './flags.js';
import { loadGuangdongPanel, PANEL_YEARS } from './panel.js';
import type { QualityFlag } from './schema.js';
import { asTable, type TableInput } from './table-input.js';

/** Level columns (亿元, 元, 万人) checked for jumps between neighbouring years and against the cross-section. */
export const PANEL_LEVEL_COLUMNS: readonly string[] = Object.freeze([
  'gdp', 'gdp_per_capita', 'gdp_per_capita_csmar', 'primary_va', 'secondary_va', 'tertiary_va',
  'population', 'population_registered', 'population_resident', 'population_census', 'employment',
]);

/**
 * Share columns (%) checked for jumps between neighbouring years (when one of the pair is ≥ 1 %).
 * Employment shares are left out: the bundled employment series changes basis around 1997–2001
 * (the primary share falls from 20–56 % to 0.2–1.8 % from one year to the next in eight cities,
 * consistent with a switch to urban-unit employment), so a jump there is not a slip. Their
 * row sum is checked instead.
 */
export const PANEL_SHARE_COLUMNS: readonly string[] = Object.freeze(['primary_share', 'secondary_share', 'tertiary_share']);

/** Groups of shares that add up to 100 % on each row. */
export const PANEL_SHARE_GROUPS: readonly (readonly string[])[] = Object.freeze([
  Object.freeze(['primary_share', 'secondary_share', 'tertiary_share']),
  Object.freeze(['employment_primary_share', 'employment_secondary_share', 'employment_tertiary_share']),
]);

/**
 * Thresholds of {@link checkPanelConsistency}. Chosen against the bundled panel 1990–2021: the
 * largest unflagged ratio between neighbouring years is 13.3 (employment, 河源 2000→2001), the
 * largest per-capita identity gap 4.6 (东莞, registered vs resident population), the largest
 * level 29× from its year's median (深圳 primary value added); sector shares add up to 100 ± 0.1,
 * employment shares to 100 ± 2.2.
 * A unit slip is a factor 100 (percent) or 10 000 (万元/亿元), far outside all of them.
 */
export const PANEL_CHECK_THRESHOLDS = Object.freeze({
  /** A level or share that is this many times (or this fraction of) the neighbouring year's. */
  jump: 30,
  /** GDP ÷ per-capita GDP off every population column by this factor. */
  perCapita: 10,
  /** A level this many times above or below the median of the cities that year (≥ 5 cities). */
  crossSection: 300,
  /** A level this many times above the largest, or below the smallest, bundled city value of the year. */
  bundledRange: 10,
  /** Shares of a group adding up to 100 ± more than this many points. */
  shareSum: 3,
});

/** Flags that mark a known break or defect of a value (the checks stay silent on them). */
const BREAK_FLAGS: readonly QualityFlag[] = [
  'gdp-urban-district', 'gdp-misassigned-suspect', 'per-capita-basis-2001', 'per-capita-inconsistent', 'growth-level-mismatch',
];

/** Options of {@link checkPanelConsistency}. */
export interface PanelCheckOptions {
  /** File name or label for the warnings (default `records`). */
  file?: string;
  /** 1-based input row of each table row (default: position + 1). */
  rowNumbers?: readonly number[];
  /** Column identifying the series (default `city_code`, else `unit`). */
  unitColumn?: string;
  /**
   * Compare each level with the range of the 21 bundled cities in the same year (the nearest
   * bundled year, 1994–2021, for other years): default true when the unit column is `city_code`.
   * `'uncovered-years'`: only for years outside 1994–2021 (what `readPanel` uses, since it
   * already compares covered years with the same city-year of the bundled panel).
   */
  compareWithBundledRange?: boolean | 'uncovered-years';
  /** Receives each warning (they also go through the library's warning handler). */
  onWarning?: (w: DataWarning) => void;
}

let bundledRange: Map<string, { min: number; max: number }> | undefined;
/** Min and max over the 21 bundled cities of a level column in a year (rows flagged with a known break left out). */
function bundledRangeOf(column: string, year: number): { min: number; max: number; year: number } | undefined {
  if (!bundledRange) {
    bundledRange = new Map();
    const rows = loadGuangdongPanel({ from: PANEL_YEARS.defaultFrom }).objects() as Record<string, unknown>[];
    for (const r of rows) {
      const f = flagsOf({ flags: String(r.flags ?? '') });
      for (const c of PANEL_LEVEL_COLUMNS) {
        const v = r[c];
        if (typeof v !== 'number' || !(v > 0)) continue;
        if (f.some((x) => BREAK_FLAGS.includes(x) && QUALITY_FLAGS[x].columns.includes(c))) continue;
        const k = `${c}|${String(r.year)}`;
        const m = bundledRange.get(k);
        if (!m) bundledRange.set(k, { min: v, max: v });
        else { m.min = Math.min(m.min, v); m.max = Math.max(m.max, v); }
      }
    }
  }
  const y = Math.min(PANEL_YEARS.last, Math.max(PANEL_YEARS.defaultFrom, year));
  const m = bundledRange.get(`${column}|${y}`);
  return m ? { ...m, year: y } : undefined;
}

const fmt = (x: number): string => (Math.abs(x) >= 100 ? String(Math.round(x * 100) / 100) : String(Math.round(x * 1e4) / 1e4));

/** Median of the values (sorted in place: pass a copy). */
function median(s: Float64Array): number {
  s.sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Check a city-year panel against itself and return one warning per suspicious cell, naming
 * the file, the 1-based input row and the column (codes below). Nothing is modified.
 *
 * Rules (thresholds in {@link PANEL_CHECK_THRESHOLDS}):
 * - `series-jump`: a level ({@link PANEL_LEVEL_COLUMNS}) or share ({@link PANEL_SHARE_COLUMNS},
 *   when one of the two values is ≥ 1 %) is ≥ 30× or ≤ 1/30 of the same city's value in the
 *   neighbouring year. The row named is the one further (in log scale) from the city's median
 *   of that column; the message names both rows.
 * - `per-capita-mismatch`: GDP (亿元) × 10 000 ÷ per-capita GDP (元) gives a population (万人)
 *   more than 10× away from every population column of the row (resident and registered
 *   differ by up to 4.6× in PRD cities, so the tolerance is wide: it catches unit slips only).
 * - `outside-city-range`: a level more than 300× above or below the median of the cities that
 *   year (years with ≥ 5 cities).
 * - `outside-city-range` (bundled): a level more than 10× above the largest or below the smallest
 *   of the 21 bundled cities in the same year (nearest bundled year outside 1994–2021), when the
 *   panel is keyed by `city_code` (`compareWithBundledRange`). This catches a single row.
 * - `percent-as-fraction` (row): the three sector shares add up to about 1, not 100;
 *   `share-sum`: they add up to 100 ± more than 2.
 *
 * Known breaks are not reported: a row flagged `gdp-urban-district` (1992–93),
 * `gdp-misassigned-suspect` (1998–99), `per-capita-basis-2001`, `per-capita-inconsistent`
 * (2021) or `growth-level-mismatch` is skipped for the columns that flag concerns (see
 * `QUALITY_FLAGS`). The census revision (2019/2020) and the pre-census per-capita basis stay
 * far below the thresholds (a ratio of 1.3) and need no exemption.
 *
 * @param table the panel (arquero table, records or DataFrame), with `year` and `city_code`
 *   (or `options.unitColumn`) and any of the columns above, in the bundled panel's units.
 * @throws DataError `invalid` when `table` is null/undefined, `missing-column` without year or unit column.
 * @example
 * ```ts
 * checkPanelConsistency([
 *   { city_code: 440100, year: 2022, gdp: 28839 },
 *   { city_code: 440100, year: 2023, gdp: 300355000 }, // typed in 万元
 * ]).map((w) => [w.code, w.row, w.column]) // [['series-jump', 2, 'gdp']]
 * ```
 */
export function checkPanelConsistency(table: TableInput, options: PanelCheckOptions = {}): DataWarning[] {
  options ??= {};
  const file = options.file ?? 'records';
  if (table === null || table === undefined) {
    throw new DataError('invalid', `checkPanelConsistency: argument "table" is ${String(table)}`, { file }, 'pass an arquero table or an array of records');
  }
  // Records are read as given (union of their keys); arquero's `from` would take the first record's keys only.
  // The checks read whole columns (fetched once, on first use), not one object per row.
  let names: string[];
  let n: number;
  let fetch: (c: string) => ArrayLike<unknown>;
  if (Array.isArray(table)) {
    const rows = table as ReadonlyArray<Record<string, unknown>>;
    const seenNames = new Set<string>();
    names = [];
    rows.forEach((r, i) => {
      if (r === null || typeof r !== 'object') throw new DataError('invalid', `record is ${String(r)}, not an object`, { file, row: options.rowNumbers?.[i] ?? i + 1 });
      for (const k of Object.keys(r)) if (!seenNames.has(k)) { seenNames.add(k); names.push(k); }
    });
    n = rows.length;
    fetch = (c) => rows.map((r) => r[c]);
  } else {
    const t = asTable(table, file);
    names = t.columnNames();
    n = t.numRows();
    fetch = (c) => t.array(c) as unknown[];
  }
  return checkColumns(names, n, fetch, file, options);
}

/**
 * The panel checks on whole columns: {@link checkPanelConsistency} for a table given as one
 * array per column (`readPanel` passes the columns it has just built, with no table copy).
 * @internal
 */
export function checkPanelColumns(columns: Readonly<Record<string, ArrayLike<unknown>>>, n: number, options: PanelCheckOptions = {}): DataWarning[] {
  return checkColumns(Object.keys(columns), n, (c) => columns[c]!, options.file ?? 'records', options);
}

function checkColumns(names: readonly string[], n: number, fetch: (c: string) => ArrayLike<unknown>, file: string, options: PanelCheckOptions): DataWarning[] {
  const unitColumn = options.unitColumn ?? (names.includes('city_code') ? 'city_code' : 'unit');
  for (const c of ['year', unitColumn]) {
    if (!names.includes(c)) throw new DataError('missing-column', `column "${c}" is missing`, { file, row: 0, column: c }, 'the checks need one row per unit (city) and year');
  }
  const fetched = new Map<string, ArrayLike<unknown> | undefined>();
  const col = (c: string): ArrayLike<unknown> | undefined => {
    if (!fetched.has(c)) fetched.set(c, names.includes(c) ? fetch(c) : undefined);
    return fetched.get(c);
  };
  const rowOf = (i: number): number => options.rowNumbers?.[i] ?? i + 1;
  const warnings: DataWarning[] = [];
  const seen = new Set<string>();
  const emit = (w: DataWarning): void => {
    const k = `${w.code}|${w.row}|${w.column}`;
    if (seen.has(k)) return;
    seen.add(k);
    warnings.push(warn(w));
    options.onWarning?.(w);
  };
  // Columns a row's known-break flags exempt (null: none); computed once per distinct flags text.
  const flagCol = col('flags');
  const exemptOf = new Map<string, Set<string> | null>();
  const exempt = new Array<Set<string> | null>(n);
  for (let i = 0; i < n; i++) {
    const f = flagCol?.[i];
    const text = typeof f === 'string' ? f : '';
    let e = exemptOf.get(text);
    if (e === undefined) {
      const set = new Set<string>();
      for (const flag of flagsOf({ flags: text })) {
        if (BREAK_FLAGS.includes(flag)) for (const c of QUALITY_FLAGS[flag]?.columns ?? []) set.add(c);
      }
      e = set.size > 0 ? set : null;
      exemptOf.set(text, e);
    }
    exempt[i] = e;
  }
  const known = (i: number, column: string): boolean => exempt[i]?.has(column) ?? false;
  const numAt = (values: ArrayLike<unknown> | undefined, i: number): number | null => {
    const v = values?.[i];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const unitValues = col(unitColumn)!;
  const yearValues = col('year')!;
  const years = new Float64Array(n);
  for (let i = 0; i < n; i++) years[i] = Number(yearValues[i]);
  const label = (i: number): string => `${String(unitValues[i])} ${String(yearValues[i])}`;
  const T = PANEL_CHECK_THRESHOLDS;

  // 1. each series against itself
  const byUnit = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = String(unitValues[i]);
    const idx = byUnit.get(k);
    if (idx === undefined) byUnit.set(k, [i]);
    else idx.push(i);
  }
  const seriesColumns = [...PANEL_LEVEL_COLUMNS, ...PANEL_SHARE_COLUMNS].filter((c) => names.includes(c)).map((c) => [c, col(c)!, PANEL_SHARE_COLUMNS.includes(c)] as const);
  const cells: number[] = [];
  for (const idx of byUnit.values()) {
    for (const [c, values, share] of seriesColumns) {
      cells.length = 0;
      let sorted = true;
      for (const i of idx) {
        const v = numAt(values, i);
        if (v === null || !(v > 0) || !Number.isFinite(years[i]!) || known(i, c)) continue;
        if (cells.length > 0 && years[cells[cells.length - 1]!]! > years[i]!) sorted = false;
        cells.push(i);
      }
      if (cells.length < 2) continue;
      if (!sorted) cells.sort((a, b) => years[a]! - years[b]!);
      let logMedian: number | undefined;
      for (let k = 1; k < cells.length; k++) {
        const a = cells[k - 1]!;
        const b = cells[k]!;
        if (years[b] !== years[a]! + 1) continue;
        const av = values[a] as number;
        const bv = values[b] as number;
        if (share && Math.max(av, bv) < 1) continue;
        const ratio = bv / av;
        if (ratio < T.jump && ratio > 1 / T.jump) continue;
        logMedian ??= Math.log(median(Float64Array.from(cells, (i) => values[i] as number)));
        const [suspect, sv, other, ov] = Math.abs(Math.log(bv) - logMedian) >= Math.abs(Math.log(av) - logMedian) ? [b, bv, a, av] : [a, av, b, bv];
        const times = sv / ov;
        emit({ code: 'series-jump', file, row: rowOf(suspect), column: c,
          message: `${label(suspect)}: ${c} = ${fmt(sv)} is ${times >= 1 ? `${fmt(times)}×` : `1/${fmt(1 / times)} of`} the neighbouring year's ${fmt(ov)} (row ${rowOf(other)}); ` +
            `a jump of this size between two years is a unit or scale slip, not growth (${share ? 'a fraction 0.13 for 13 %, or an Excel cell formatted as percent' : 'e.g. 万元 for 亿元 is 10 000×'}); kept as given`,
          advice: share ? 'write shares in percent (13 for 13 %)' : 'check the unit of this cell against the column\'s declared unit and convert it' });
      }
    }
  }

  // 2. each row against its own identities
  const pops = ['population_resident', 'population_registered', 'population'].filter((c) => names.includes(c)).map((c) => [c, col(c)!] as const);
  const gdpValues = col('gdp');
  const pcValues = col('gdp_per_capita');
  // A group with a column absent never has all its shares on a row.
  const groups = PANEL_SHARE_GROUPS.filter((g) => g.every((c) => names.includes(c))).map((g) => [g, g.map((c) => col(c)!)] as const);
  if ((gdpValues && pcValues && pops.length > 0) || groups.length > 0) {
    for (let i = 0; i < n; i++) {
      const gdp = numAt(gdpValues, i);
      const pc = numAt(pcValues, i);
      if (gdp !== null && pc !== null && gdp > 0 && pc > 0 && !known(i, 'gdp_per_capita') && !known(i, 'gdp')) {
        const p = pops.map(([c, values]) => ({ c, v: numAt(values, i) })).filter((x): x is { c: string; v: number } => x.v !== null && x.v > 0);
        if (p.length > 0) {
          const implied = (gdp * 1e4) / pc;
          const off = p.reduce((m, x) => Math.min(m, Math.max(implied / x.v, x.v / implied)), Number.POSITIVE_INFINITY);
          if (off > T.perCapita) {
            emit({ code: 'per-capita-mismatch', file, row: rowOf(i), column: 'gdp_per_capita',
              message: `${label(i)}: gdp ${fmt(gdp)} 亿元 ÷ gdp_per_capita ${fmt(pc)} 元 implies ${fmt(implied)} 万人, ${fmt(off)}× away from ${p.map((x) => `${x.c} ${fmt(x.v)}`).join(' and ')}: ` +
                'one of GDP (亿元), per-capita GDP (元) or population (万人) is in another unit; kept as given',
              advice: 'check the units of gdp, gdp_per_capita and the population on this row' });
          }
        }
      }
      for (const [group, values] of groups) {
        let total = 0;
        let all = true;
        for (const v of values) {
          const x = numAt(v, i);
          if (x === null) { all = false; break; }
          total += x;
        }
        if (!all) continue;
        if (total > 0.9 && total < 1.1) {
          emit({ code: 'percent-as-fraction', file, row: rowOf(i), column: group[0],
            message: `${label(i)}: ${group.join(' + ')} add up to ${fmt(total)}, not 100: they look like fractions (0.37 for 37 %) or Excel cells formatted as percent; kept as given`,
            advice: 'multiply the shares of this row by 100' });
        } else if (Math.abs(total - 100) > T.shareSum) {
          emit({ code: 'share-sum', file, row: rowOf(i), column: group[0],
            message: `${label(i)}: ${group.join(' + ')} add up to ${fmt(total)} %, not 100 ± ${T.shareSum}; kept as given`,
            advice: 'check the share cells of this row (a typo, a fraction such as 0.13 for 13 %, or a share of another total)' });
        }
      }
    }
  }

  // 3. each year against the cross-section of cities
  const levelColumns = PANEL_LEVEL_COLUMNS.filter((c) => names.includes(c)).map((c) => [c, col(c)!] as const);
  if (levelColumns.length > 0) {
    const byYear = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const y = years[i]!;
      const idx = byYear.get(y);
      if (idx === undefined) byYear.set(y, [i]);
      else idx.push(i);
    }
    for (const [year, idx] of byYear) {
      for (const [c, values] of levelColumns) {
        cells.length = 0;
        for (const i of idx) {
          const v = numAt(values, i);
          if (v !== null && v > 0 && !known(i, c)) cells.push(i);
        }
        if (cells.length < 5) continue;
        const m = median(Float64Array.from(cells, (i) => values[i] as number));
        for (const i of cells) {
          const v = values[i] as number;
          const q = v / m;
          if (q < T.crossSection && q > 1 / T.crossSection) continue;
          emit({ code: 'outside-city-range', file, row: rowOf(i), column: c,
            message: `${label(i)}: ${c} = ${fmt(v)} is ${q >= 1 ? `${fmt(q)}× the` : `1/${fmt(1 / q)} of the`} median ${fmt(m)} of the ${cells.length} cities in ${year}, ` +
              'outside the range any city reaches: a unit or scale slip (万元 for 亿元 is 10 000×); kept as given',
            advice: 'check the unit of this cell against the column\'s declared unit and convert it' });
        }
      }
    }
  }
  // 4. each level against the range of the 21 bundled cities that year
  const range = options.compareWithBundledRange ?? unitColumn === 'city_code';
  if (range !== false && levelColumns.length > 0) {
    for (let i = 0; i < n; i++) {
      const year = years[i]!;
      if (!Number.isFinite(year)) continue;
      if (range === 'uncovered-years' && year >= PANEL_YEARS.defaultFrom && year <= PANEL_YEARS.last) continue;
      for (const [c, values] of levelColumns) {
        const v = numAt(values, i);
        if (v === null || !(v > 0) || known(i, c)) continue;
        const m = bundledRangeOf(c, year);
        if (!m || (v <= m.max * T.bundledRange && v >= m.min / T.bundledRange)) continue;
        emit({ code: 'outside-city-range', file, row: rowOf(i), column: c,
          message: `${label(i)}: ${c} = ${fmt(v)} is ${v > m.max ? `${fmt(v / m.max)}× the largest` : `1/${fmt(m.min / v)} of the smallest`} value of the 21 bundled cities in ${m.year}${m.year !== year ? ' (the nearest bundled year)' : ''} ` +
            `(range ${fmt(m.min)}–${fmt(m.max)}): a unit or scale slip (万元 for 亿元 is 10 000×); kept as given`,
          advice: 'check the unit of this cell against the column\'s declared unit and convert it' });
      }
    }
  }
  return warnings;
}
