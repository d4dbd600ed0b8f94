/**
 * Read and validate a user's own city-year panel (CSV, GBK CSV or XLSX via {@link readPanel};
 * records, arquero tables or danfo DataFrames via {@link panelFromRecords}) and return an
 * arquero table with the bundled panel's column names and units.
 * @module
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { requireCity, requireSameCity } from './cities.js';
import { checkPanelColumns } from './panel-checks.js';
import { clipText } from './suggest.js';
import { loadGuangdongPanel } from './panel.js';
import { readTabular, type ReadTabularOptions, type TabularData } from './read-tabular.js';
import { asTable, type TableInput } from './table-input.js';
import { validateColumns, type ColumnSpec, type RecordSchema } from './validate-records.js';

const share = (aliases: string[] = []): ColumnSpec => ({ type: 'number', unit: '%', min: 0, max: 100, kind: 'share', aliases });
const yi = (aliases: string[] = []): ColumnSpec => ({ type: 'number', unit: '亿元', min: 0, kind: 'level', plausible: [0.1, 50000], aliases });
const pop = (aliases: string[] = []): ColumnSpec => ({ type: 'number', unit: '万人', positive: true, kind: 'population', plausible: [5, 5000], aliases });
const growth = (aliases: string[] = []): ColumnSpec => ({ type: 'number', unit: '%', min: -100, kind: 'growth', aliases });

/**
 * Declared columns of a city-year panel (names, units, bounds) — the bundled panel's contract.
 * Units: GDP and value added 亿元; per-capita GDP 元; population and employment 万人; shares
 * and growth %. Chinese and common English aliases are accepted in headers.
 */
export const PANEL_COLUMN_SPECS: Readonly<Record<string, ColumnSpec>> = {
  year: { type: 'integer', required: true, nullable: false, min: 1949, max: 2100, aliases: ['年份', '年', 'Sgnyea'] },
  region: { type: 'string', values: ['PRD', 'East', 'West', 'North'] },
  city_zh: { type: 'string' },
  city_en: { type: 'string' },
  gdp: yi(['地区生产总值', 'gdp_100m_cny']),
  gdp_real_growth: growth(['gdp_growth', 'GDP增速', '地区生产总值增速', 'GDP增长率']),
  gdp_growth_csmar: growth(),
  gdp_per_capita: { type: 'number', unit: '元', positive: true, kind: 'level', plausible: [500, 500000], aliases: ['人均地区生产总值', '人均GDP'] },
  gdp_per_capita_csmar: { type: 'number', unit: '元', positive: true, kind: 'level', plausible: [500, 500000] },
  gdp_per_capita_real_growth: growth(['人均GDP增速']),
  primary_share: share(['第一产业占比']),
  secondary_share: share(['第二产业占比']),
  tertiary_share: share(['第三产业占比']),
  primary_va: yi(['第一产业增加值']),
  secondary_va: yi(['第二产业增加值']),
  tertiary_va: yi(['第三产业增加值']),
  population: pop(['人口']),
  population_registered: pop(['户籍人口']),
  population_resident: pop(['常住人口', '年末常住人口']),
  population_census: pop(['普查人口']),
  employment: { type: 'number', unit: '万人', min: 0, kind: 'population', plausible: [0.5, 5000], aliases: ['就业人数', '从业人员'] },
  employment_primary_share: share(),
  employment_secondary_share: share(),
  employment_tertiary_share: share(),
  flags: { type: 'string' },
  sources: { type: 'string' },
};

/** Header names tried, in order, for the city key when `cityColumn` is not given. */
export const CITY_KEY_CANDIDATES = ['city_code', 'city', 'city_zh', 'city_en', '城市', '城市名称', '地市', '地区', 'Ctnm_id'] as const;

/** Options of {@link panelFromRecords}. */
export interface PanelFromRecordsOptions {
  /** Extra or overriding column declarations (merged over {@link PANEL_COLUMN_SPECS}). */
  columns?: Readonly<Record<string, ColumnSpec>>;
  /** Cell texts meaning "missing" (default `['']`), e.g. `['', 'n/a', '-']`. */
  missing?: readonly string[];
  /** Header of the city key column (codes or names); default: the first of {@link CITY_KEY_CANDIDATES} present. */
  cityColumn?: string;
  /**
   * `guangdong` (default): every city must be one of the 21 (unknown names are refused with
   * the nearest suggested) and `city_code`, `city_zh`, `city_en`, `region` are filled in.
   * `any`: units are kept as given in a `unit` column (no city lookup), e.g. for other provinces.
   */
  cities?: 'guangdong' | 'any';
  /** Compare levels with the bundled panel for the same city-year and warn at a factor ~10 000 (default true). */
  compareWithBundled?: boolean;
  /** Receives each warning (they also go through the library's warning handler). */
  onWarning?: (w: DataWarning) => void;
  /** Share and growth columns that look like fractions: warn (default) or convert to percent (see `ValidateOptions.percentFractions`). */
  percentFractions?: 'warn' | 'convert';
  /** Label for messages (default `records`). */
  label?: string;
}

/** Options of {@link readPanel}: file reading ({@link ReadTabularOptions}) plus validation. */
export interface ReadPanelOptions extends PanelFromRecordsOptions, Omit<ReadTabularOptions, 'onWarning' | 'label'> {}

const REFERENCE_COLUMNS = ['gdp', 'gdp_per_capita', 'primary_va', 'secondary_va', 'tertiary_va', 'population_registered', 'population_resident'] as const;
let reference: Map<string, Record<string, unknown>> | undefined;
function referenceRow(code: number, year: number): Record<string, unknown> | undefined {
  if (!reference) {
    reference = new Map();
    for (const r of loadGuangdongPanel({ from: 1994 }).objects() as Record<string, unknown>[]) {
      reference.set(`${String(r.city_code)}|${String(r.year)}`, r);
    }
  }
  return reference.get(`${code}|${year}`);
}

function buildPanel(input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>, header: readonly string[], file: string, options: PanelFromRecordsOptions): ColumnTable {
  const warnings: DataWarning[] = [];
  const onWarning = (w: DataWarning): void => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const lowerHeader = header.map((h) => h.trim().toLowerCase());
  const cityColumn = options.cityColumn ?? CITY_KEY_CANDIDATES.find((c) => lowerHeader.includes(c.toLowerCase()));
  if (cityColumn === undefined || !lowerHeader.includes(cityColumn.toLowerCase())) {
    throw new DataError('missing-column', `no city column${options.cityColumn ? ` "${options.cityColumn}"` : ''}`, { file, row: 0, column: options.cityColumn ?? 'city' },
      `name the city column one of ${CITY_KEY_CANDIDATES.join(', ')}, or pass { cityColumn: '<header>' }; the columns found are: ${header.join(', ')}`);
  }
  const cityKey = header[lowerHeader.indexOf(cityColumn.toLowerCase())]!.trim();
  const specs: Record<string, ColumnSpec> = { ...PANEL_COLUMN_SPECS, ...(options.columns ?? {}) };
  specs[cityKey] = { type: 'string', required: true, nullable: false };
  const schema: RecordSchema = { columns: specs, ...(options.missing ? { missing: options.missing } : {}) };
  const v = validateColumns(input, schema, file, { onWarning, ...(options.percentFractions ? { percentFractions: options.percentFractions } : {}) });
  const guangdong = (options.cities ?? 'guangdong') === 'guangdong';
  const compare = guangdong && options.compareWithBundled !== false;
  const warnedCells = new Set(warnings.map((w) => `${w.row}|${w.column}`));
  const skip = new Set<string>([cityKey, 'city_code', 'city_zh', 'city_en', 'region', 'year']);
  const rest = v.columns.filter((c) => !skip.has(c));
  const outColumns = guangdong ? ['city_code', 'city_zh', 'city_en', 'region', 'year', ...rest] : ['unit', 'year', ...v.columns.filter((c) => c !== cityKey && c !== 'year')];
  // Built column by column: the validated columns pass through as they are (they are new
  // arrays), only the key columns are made here, in one pass over the rows.
  const n = v.rowNumbers.length;
  const data = v.data;
  const rowNumbers = v.rowNumbers;
  const keyCol = data[cityKey]!;
  const yearCol = data.year!;
  const regionCol = data.region;
  const cols: Record<string, unknown[]> = {};
  const made = guangdong ? ['city_code', 'city_zh', 'city_en', 'region', 'year'] : ['unit', 'year'];
  for (const c of made) cols[c] = new Array<unknown>(n);
  for (const c of outColumns) if (!made.includes(c)) cols[c] = data[c]!;
  const otherCols = ['city_code', 'city_zh', 'city_en'].filter((c) => c !== cityKey && data[c] !== undefined).map((c) => [c, data[c]!] as const);
  const refCols = compare ? REFERENCE_COLUMNS.filter((c) => data[c] !== undefined).map((c) => [c, data[c]!] as const) : [];
  const cityCache = new Map<string, ReturnType<typeof requireCity>>();
  // Duplicate city-years: a numeric key (unit number × 65 536 + year) when the year is a whole
  // number in 0–65 535 (always, with the default year column), else a text key.
  const seen = new Map<number, number>();
  const seenText = new Map<string, number>();
  const unitIds = new Map<string, number>();
  const filled = (x: unknown): boolean => x !== undefined && x !== null && x !== '';
  for (let i = 0; i < n; i++) {
    const row = rowNumbers[i]!;
    const keyValue = keyCol[i];
    if (keyValue === null || keyValue === undefined || keyValue === '') {
      throw new DataError('missing-column', 'the city cell is empty', { file, row, column: cityKey }, 'fill in a city code or name');
    }
    const year = yearCol[i] as number;
    let unit: number;
    if (guangdong) {
      let others = false;
      for (const [, col] of otherCols) if (filled(col[i])) { others = true; break; }
      let city: ReturnType<typeof requireCity>;
      if (others) {
        city = requireSameCity([[cityKey, keyValue], ...otherCols.filter(([, col]) => filled(col[i])).map(([c, col]) => [c, col[i]] as const)], { file, row });
      } else {
        const text = String(keyValue);
        const cached = cityCache.get(text);
        city = cached ?? requireCity(text, { file, row, column: cityKey });
        if (cached === undefined) cityCache.set(text, city);
      }
      unit = city.city_code;
      const region = regionCol?.[i];
      if (region !== undefined && region !== null && region !== city.region) {
        onWarning(warn({ code: 'region-mismatch', file, row, column: 'region',
          message: `${city.city_zh} is in the official region ${city.region}, not ${String(region)}; the official region is used` }));
      }
      if (refCols.length > 0) {
        const ref = referenceRow(city.city_code, year);
        for (const [c, col] of refCols) {
          const x = col[i];
          const r = ref?.[c];
          if (typeof x !== 'number' || typeof r !== 'number' || r === 0 || x === 0 || warnedCells.has(`${row}|${c}`)) continue;
          const ratio = x / r;
          if ((ratio > 3000 && ratio < 30000) || (ratio < 1 / 3000 && ratio > 1 / 30000)) {
            const u = specs[c]?.unit ?? '';
            onWarning(warn({ code: 'unit-mismatch', file, row, column: c,
              message: `${x} is about ${ratio > 1 ? '10 000× larger' : '10 000× smaller'} than the bundled ${city.city_zh} ${year} value ${r} ${u}: ` +
                `the column is declared in ${u}${u === '亿元' ? ' (万元 values are 10 000× larger)' : ''}; check the unit — kept as given` }));
          }
        }
      }
      cols.city_code![i] = city.city_code;
      cols.city_zh![i] = city.city_zh;
      cols.city_en![i] = city.city_en;
      cols.region![i] = city.region;
    } else {
      const text = String(keyValue);
      let id = unitIds.get(text);
      if (id === undefined) { id = unitIds.size; unitIds.set(text, id); }
      unit = id;
      cols.unit![i] = keyValue;
    }
    cols.year![i] = year;
    let prev: number | undefined;
    if (Number.isInteger(year) && year >= 0 && year < 65536) {
      const k = unit * 65536 + year;
      prev = seen.get(k);
      if (prev === undefined) seen.set(k, row);
    } else {
      const k = `${unit}|${String(year)}`;
      prev = seenText.get(k);
      if (prev === undefined) seenText.set(k, row);
    }
    if (prev !== undefined) {
      throw new DataError('duplicate-key', `city ${clipText(String(keyValue))}, year ${year} appears twice (first at row ${prev})`, { file, row, column: cityKey },
        'keep one row per city and year (names and codes of the same city count as the same city)');
    }
  }
  const table = aq.table(cols);
  checkPanelColumns(cols, n, { file, rowNumbers, unitColumn: guangdong ? 'city_code' : 'unit', compareWithBundledRange: compare ? 'uncovered-years' : false, ...(options.onWarning ? { onWarning: options.onWarning } : {}) });
  return table;
}

/**
 * Validate a city-year panel given as records, an arquero table or a danfo DataFrame, and
 * return a new arquero table: one row per city-year, `city_code`, `city_zh`, `city_en`,
 * `region`, `year` first, then the other columns typed by {@link PANEL_COLUMN_SPECS} (units:
 * GDP 亿元, per-capita 元, population 万人, shares and growth %). The input is never modified.
 * @throws DataError (file = `options.label` or "records", row, column) for: no rows, missing
 *   key column, duplicate city-year, unknown city (nearest suggested), a number cell holding
 *   text (thousands separators such as "1,234.5" are accepted; "n/a" only if declared in
 *   `missing`), zero or negative population, a share outside 0–100, an unsafe header
 *   (`__proto__`, `constructor`, `prototype`).
 * Records warnings (not errors) for a growth that looks 100-based (e.g. 109.0 for 9.0 %),
 * a level about 10 000× off its declared unit (亿元 vs 万元), percent columns that look like
 * fractions, and the panel's own inconsistencies (`checkPanelConsistency`: a jump between
 * neighbouring years, per-capita GDP × population far from GDP, a level outside the cities'
 * range, shares not adding up to 100). Refuses a row whose city_code, city_zh and city_en name
 * different cities.
 * @example
 * ```ts
 * panelFromRecords([{ city: '广州市', year: 2010, gdp: '10,748.28' }]).objects()
 * // [{ city_code: 440100, city_zh: '广州', city_en: 'Guangzhou', region: 'PRD', year: 2010, gdp: 10748.28 }]
 * ```
 */
export function panelFromRecords(
  input: TableInput | ReadonlyArray<Readonly<Record<string, unknown>>>,
  options: PanelFromRecordsOptions = {},
): ColumnTable {
  const file = options.label ?? 'records';
  const records = Array.isArray(input) ? (input as ReadonlyArray<Readonly<Record<string, unknown>>>) : (asTable(input as TableInput, 'panelFromRecords').objects() as Record<string, unknown>[]);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (typeof r !== 'object' || r === null) continue;
    for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); header.push(k); }
  }
  if (records.length === 0) throw new DataError('empty', 'there are no rows', { file }, 'pass at least one record');
  return buildPanel(records, header, file, options);
}

/**
 * Read a user's city-year panel from a CSV (UTF-8 with or without BOM, or GBK/GB18030 as
 * Chinese Excel exports it — detected automatically) or an XLSX workbook (through exceljs;
 * formula cells are refused unless `formulas: 'cached'`), validate it like
 * {@link panelFromRecords} and return an arquero table.
 * @throws DataError with file, row and column — see {@link readTabular} and {@link panelFromRecords}.
 * @example
 * ```ts
 * const t = await readPanel('my-cities.xlsx', { missing: ['', '-'] });
 * t.columnNames().slice(0, 5) // ['city_code', 'city_zh', 'city_en', 'region', 'year']
 * ```
 */
export async function readPanel(path: string, options: ReadPanelOptions = {}): Promise<ColumnTable> {
  const tab = await readTabular(path, { ...options, onWarning: options.onWarning });
  return buildPanel(tab, tab.header, tab.file, { ...options, label: tab.file });
}
