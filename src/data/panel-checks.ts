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

interface Cell { i: number; year: number; v: number; }

const fmt = (x: number): string => (Math.abs(x) >= 100 ? String(Math.round(x * 100) / 100) : String(Math.round(x * 1e4) / 1e4));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
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
  let rows: Record<string, unknown>[];
  let names: string[];
  if (Array.isArray(table)) {
    rows = (table as ReadonlyArray<Record<string, unknown>>).map((r, i) => {
      if (r === null || typeof r !== 'object') throw new DataError('invalid', `record is ${String(r)}, not an object`, { file, row: options.rowNumbers?.[i] ?? i + 1 });
      return r;
    });
    const seen = new Set<string>();
    names = [];
    for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); names.push(k); }
  } else {
    const t = asTable(table, file);
    names = t.columnNames();
    rows = t.objects() as Record<string, unknown>[];
  }
  const unitColumn = options.unitColumn ?? (names.includes('city_code') ? 'city_code' : 'unit');
  for (const c of ['year', unitColumn]) {
    if (!names.includes(c)) throw new DataError('missing-column', `column "${c}" is missing`, { file, row: 0, column: c }, 'the checks need one row per unit (city) and year');
  }
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
  const flags = rows.map((r) => flagsOf({ flags: typeof r.flags === 'string' ? r.flags : '' }));
  const known = (i: number, column: string): QualityFlag | undefined =>
    flags[i]!.find((f) => BREAK_FLAGS.includes(f) && (QUALITY_FLAGS[f]?.columns.includes(column) ?? false));
  const num = (i: number, c: string): number | null => {
    const v = rows[i]![c];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const label = (i: number): string => `${String(rows[i]![unitColumn])} ${String(rows[i]!.year)}`;
  const T = PANEL_CHECK_THRESHOLDS;

  // 1. each series against itself
  const byUnit = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = String(r[unitColumn]);
    if (!byUnit.has(k)) byUnit.set(k, []);
    byUnit.get(k)!.push(i);
  });
  for (const idx of byUnit.values()) {
    for (const c of [...PANEL_LEVEL_COLUMNS, ...PANEL_SHARE_COLUMNS]) {
      if (!names.includes(c)) continue;
      const share = PANEL_SHARE_COLUMNS.includes(c);
      const cells: Cell[] = idx.map((i) => ({ i, year: Number(rows[i]!.year), v: num(i, c) }))
        .filter((x): x is Cell => x.v !== null && x.v > 0 && Number.isFinite(x.year) && known(x.i, c) === undefined)
        .sort((a, b) => a.year - b.year);
      if (cells.length < 2) continue;
      const logMedian = Math.log(median(cells.map((x) => x.v)));
      for (let k = 1; k < cells.length; k++) {
        const a = cells[k - 1]!;
        const b = cells[k]!;
        if (b.year !== a.year + 1) continue;
        if (share && Math.max(a.v, b.v) < 1) continue;
        const ratio = b.v / a.v;
        if (ratio < T.jump && ratio > 1 / T.jump) continue;
        const [suspect, other] = Math.abs(Math.log(b.v) - logMedian) >= Math.abs(Math.log(a.v) - logMedian) ? [b, a] : [a, b];
        const times = suspect.v / other.v;
        emit({ code: 'series-jump', file, row: rowOf(suspect.i), column: c,
          message: `${label(suspect.i)}: ${c} = ${fmt(suspect.v)} is ${times >= 1 ? `${fmt(times)}×` : `1/${fmt(1 / times)} of`} the neighbouring year's ${fmt(other.v)} (row ${rowOf(other.i)}); ` +
            `a jump of this size between two years is a unit or scale slip, not growth (${share ? 'a fraction 0.13 for 13 %, or an Excel cell formatted as percent' : 'e.g. 万元 for 亿元 is 10 000×'}); kept as given`,
          advice: share ? 'write shares in percent (13 for 13 %)' : 'check the unit of this cell against the column\'s declared unit and convert it' });
      }
    }
  }

  // 2. each row against its own identities
  const pops = ['population_resident', 'population_registered', 'population'].filter((c) => names.includes(c));
  rows.forEach((_, i) => {
    const gdp = num(i, 'gdp');
    const pc = num(i, 'gdp_per_capita');
    if (gdp !== null && pc !== null && gdp > 0 && pc > 0 && known(i, 'gdp_per_capita') === undefined && known(i, 'gdp') === undefined) {
      const p = pops.map((c) => ({ c, v: num(i, c) })).filter((x): x is { c: string; v: number } => x.v !== null && x.v > 0);
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
    for (const group of PANEL_SHARE_GROUPS) {
      const s = group.map((c) => num(i, c));
      if (!s.every((x) => x !== null)) continue;
      const total = (s as number[]).reduce((a, b) => a + b, 0);
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
  });

  // 3. each year against the cross-section of cities
  const byYear = new Map<number, number[]>();
  rows.forEach((r, i) => {
    const y = Number(r.year);
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y)!.push(i);
  });
  for (const [year, idx] of byYear) {
    for (const c of PANEL_LEVEL_COLUMNS) {
      if (!names.includes(c)) continue;
      const cells = idx.map((i) => ({ i, v: num(i, c) })).filter((x): x is { i: number; v: number } => x.v !== null && x.v > 0 && known(x.i, c) === undefined);
      if (cells.length < 5) continue;
      const m = median(cells.map((x) => x.v));
      for (const x of cells) {
        const q = x.v / m;
        if (q < T.crossSection && q > 1 / T.crossSection) continue;
        emit({ code: 'outside-city-range', file, row: rowOf(x.i), column: c,
          message: `${label(x.i)}: ${c} = ${fmt(x.v)} is ${q >= 1 ? `${fmt(q)}× the` : `1/${fmt(1 / q)} of the`} median ${fmt(m)} of the ${cells.length} cities in ${year}, ` +
            'outside the range any city reaches: a unit or scale slip (万元 for 亿元 is 10 000×); kept as given',
          advice: 'check the unit of this cell against the column\'s declared unit and convert it' });
      }
    }
  }
  // 4. each level against the range of the 21 bundled cities that year
  const range = options.compareWithBundledRange ?? unitColumn === 'city_code';
  if (range !== false) {
    rows.forEach((r, i) => {
      const year = Number(r.year);
      if (!Number.isFinite(year)) return;
      if (range === 'uncovered-years' && year >= PANEL_YEARS.defaultFrom && year <= PANEL_YEARS.last) return;
      for (const c of PANEL_LEVEL_COLUMNS) {
        const v = num(i, c);
        if (v === null || !(v > 0) || known(i, c) !== undefined) continue;
        const m = bundledRangeOf(c, year);
        if (!m || (v <= m.max * T.bundledRange && v >= m.min / T.bundledRange)) continue;
        emit({ code: 'outside-city-range', file, row: rowOf(i), column: c,
          message: `${label(i)}: ${c} = ${fmt(v)} is ${v > m.max ? `${fmt(v / m.max)}× the largest` : `1/${fmt(m.min / v)} of the smallest`} value of the 21 bundled cities in ${m.year}${m.year !== year ? ' (the nearest bundled year)' : ''} ` +
            `(range ${fmt(m.min)}–${fmt(m.max)}): a unit or scale slip (万元 for 亿元 is 10 000×); kept as given`,
          advice: 'check the unit of this cell against the column\'s declared unit and convert it' });
      }
    });
  }
  return warnings;
}
