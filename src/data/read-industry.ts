/**
 * The city-industry table users fill in (`data/templates/industry.csv` / `.xlsx`): value added
 * (or gross output, stated) by city, year and GB/T 4754 industry, in long form, or the
 * yearbook's wide form (one sheet per year, industries as rows, cities as columns) when the
 * sheet declares it. Schema, readers and the checks every share computed from it relies on.
 * @module
 */
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { requireCity } from './cities.js';
import { divisionsOf, gbtSection, INDUSTRY_EDITIONS, type IndustryEdition } from './industry-sections.js';
import { readTabular, type CellValue, type TabularData, type TabularRow } from './read-tabular.js';
import { parseNumberCell, validateRecords, type RecordSchema } from './validate-records.js';

/** Coverage of the figures: 规模以上 (above-scale enterprises) or 全部 (all units). */
export type IndustryScope = 'above-scale' | 'all';
/** What the value measures: 增加值 (value added, default) or 总产值 (gross output). */
export type IndustryIndicator = 'value-added' | 'gross-output';
/** Money units accepted. */
export type IndustryUnit = '亿元' | '万元';

/** The code of a total row: its value is the denominator of every share of that city-year. */
export const INDUSTRY_TOTAL_CODE = 'TOTAL';

/** One city-year-industry value of the template, typed. */
export interface IndustryRow {
  /** Chinese short name of the city, e.g. 广州. */
  city: string;
  /** GB/T 2260 code of the city. */
  city_code: number;
  year: number;
  /** `TOTAL`, a section letter (门类, A–T) or a 2–4 digit division/group code, as given (a 1-digit number is padded: 6 → `06`). */
  industry_code: string;
  industry_name: string | null;
  /** GB/T 4754 edition the codes follow. */
  edition: IndustryEdition;
  scope: IndustryScope;
  indicator: IndustryIndicator;
  /** The value as given, in `unit`. */
  value: number;
  unit: IndustryUnit;
  /** The value in 亿元 (万元 ÷ 10 000). */
  value_yi: number;
}

/** Where a row came from (for error messages downstream). */
export interface IndustryRowSource {
  /** File label (with `[sheet]` for a wide workbook). */
  file: string;
  /** 1-based data row of the file or sheet. */
  row: number;
}

/** What {@link readIndustry} returns. */
export interface IndustryTable {
  file: string;
  /** `long` (one value a row) or `wide` (one sheet per year, cities as columns). */
  form: 'long' | 'wide';
  rows: IndustryRow[];
  /** Source of each entry of `rows`. */
  sources: IndustryRowSource[];
  /** Rows whose first cell starts with `#` (comments), skipped and counted. */
  commentRows: number;
  /** True when a comment marks the file as synthetic or illustrative (SYNTHETIC, ILLUSTRATIVE, 示意数据, 示例数据). */
  synthetic: boolean;
  warnings: DataWarning[];
}

/** Options of {@link readIndustry} and {@link industryRowsFromRecords}. */
export interface ReadIndustryOptions {
  /** XLSX worksheet of a long-form file (default the first). A wide workbook is read sheet by sheet. */
  sheet?: string | number;
  /**
   * Allowed excess of the industries over a TOTAL row, as a fraction of the total (default
   * 1e-9: floating-point noise only). Published tables rounded to 0.01 may need e.g. 1e-4.
   */
  tolerance?: number;
  /** Receives each warning. */
  onWarning?: (w: DataWarning) => void;
}

/** Columns of the long template, in order. */
export const INDUSTRY_COLUMNS = Object.freeze(['city', 'year', 'industry_code', 'industry_name', 'edition', 'scope', 'indicator', 'value', 'unit'] as const);

/** Column documentation (English / Chinese) for the templates. */
export const INDUSTRY_COLUMN_DOCS: Readonly<Record<(typeof INDUSTRY_COLUMNS)[number], string>> = Object.freeze({
  city: 'one of the 21 cities (name or GB/T 2260 code), required / 城市',
  year: 'statistical year, required / 年份',
  industry_code: 'GB/T 4754 code: manufacturing by 2-digit division (大类, e.g. 39), services by section letter (门类, e.g. J); finer codes accepted; TOTAL for the total row, required / 行业代码',
  industry_name: 'industry name, optional / 行业名称',
  edition: 'GB/T 4754 edition of the codes: 2002 | 2011 | 2017, required / 行业分类版本',
  scope: 'above-scale | all (规模以上 | 全部), required / 统计口径',
  indicator: 'value-added | gross-output (增加值 | 总产值); empty = value-added / 指标',
  value: 'the value, ≥ 0, required / 数值',
  unit: '亿元 | 万元, required / 单位',
});

const SCOPES: Readonly<Record<string, IndustryScope>> = Object.freeze({
  'above-scale': 'above-scale', 规模以上: 'above-scale', 规上: 'above-scale', 规模以上工业: 'above-scale',
  all: 'all', 全部: 'all', 全口径: 'all',
});
const INDICATORS: Readonly<Record<string, IndustryIndicator>> = Object.freeze({
  'value-added': 'value-added', 增加值: 'value-added', 'gross-output': 'gross-output', 总产值: 'gross-output',
});
const TOTALS = new Set(['TOTAL', 'total', '合计', '总计']);
const SYNTHETIC = /SYNTHETIC|ILLUSTRATIVE|示意数据|示例数据/i;

const SCHEMA: RecordSchema = {
  columns: {
    city: { type: 'string', required: true, nullable: false, aliases: ['城市', '地区', '地市'] },
    year: { type: 'integer', required: true, nullable: false, min: 1949, max: 2100, aliases: ['年份', '年度'] },
    industry_code: { type: 'string', required: true, nullable: false, aliases: ['行业代码', '代码'] },
    industry_name: { type: 'string', aliases: ['行业名称', '行业'] },
    edition: { type: 'string', required: true, nullable: false, aliases: ['行业分类版本', '版本'] },
    scope: { type: 'string', required: true, nullable: false, aliases: ['统计口径', '口径'], values: Object.keys(SCOPES) },
    indicator: { type: 'string', aliases: ['指标'], values: Object.keys(INDICATORS) },
    value: { type: 'number', required: true, nullable: false, min: 0, aliases: ['数值', '值'] },
    unit: { type: 'string', required: true, nullable: false, aliases: ['单位'], values: ['亿元', '万元'] },
  },
  extra: 'refuse',
};

/** Parse an edition cell (`2011`, `GB/T 4754-2011`, `2011版`). */
function parseEdition(v: unknown, where: { file: string; row: number; column: string }): IndustryEdition {
  const m = /(2002|2011|2017)/.exec(String(v ?? ''));
  if (!m) {
    throw new DataError('unknown-category', `"${String(v)}" is not a GB/T 4754 edition`, where, `use one of ${INDUSTRY_EDITIONS.join(', ')}`);
  }
  return m[1] as IndustryEdition;
}

/** Normalise an industry code cell; throws on a code that is none of TOTAL, a section letter, 2–4 digits. */
function parseCode(v: unknown, edition: IndustryEdition, where: { file: string; row: number; column: string }): string {
  let c = typeof v === 'number' ? String(v) : String(v ?? '').trim();
  if (TOTALS.has(c)) return INDUSTRY_TOTAL_CODE;
  if (/^\d$/.test(c)) c = `0${c}`;
  if (/^[A-Ta-t]\d{2,4}$/.test(c)) c = c.slice(1);
  if (/^[A-Ta-t]$/.test(c)) {
    const up = c.toUpperCase();
    if (!gbtSection(edition, up)) throw new DataError('invalid', `section ${up} does not exist in GB/T 4754-${edition}`, where, 'check the edition column');
    return up;
  }
  if (/^\d{2,4}$/.test(c)) return c;
  throw new DataError('invalid', `"${String(v)}" is not an industry code`, where,
    'write TOTAL, a section letter (门类, e.g. J) or a 2–4 digit GB/T 4754 code (e.g. 39)');
}

const sectionDivisions = new Map<string, Set<string>>();
/** The 2-digit divisions of a section letter in an edition (cached). */
function divisionSet(edition: IndustryEdition, section: string): Set<string> {
  const k = `${edition}${section}`;
  let set = sectionDivisions.get(k);
  if (!set) sectionDivisions.set(k, (set = new Set(divisionsOf(edition, section))));
  return set;
}

/** Two codes of one city-year count the same value (same code, one nested in the other, or a section and one of its divisions). */
function nested(edition: IndustryEdition, a: string, b: string): boolean {
  if (a === INDUSTRY_TOTAL_CODE || b === INDUSTRY_TOTAL_CODE) return false;
  const la = a.length === 1;
  const lb = b.length === 1;
  if (la && lb) return a === b;
  if (la) return divisionSet(edition, a).has(b.slice(0, 2));
  if (lb) return divisionSet(edition, b).has(a.slice(0, 2));
  return a.startsWith(b) || b.startsWith(a);
}

/** Key of a city-year-scope-indicator group. */
export function industryGroupKey(r: Pick<IndustryRow, 'city' | 'year' | 'scope' | 'indicator'>): string {
  return `${r.city}\u0000${r.year}\u0000${r.scope}\u0000${r.indicator}`;
}

/**
 * Check typed industry rows as a whole: within each city, year, scope and indicator one
 * edition, no code twice or nested in another (a section and one of its divisions, 39 and
 * 391), at most one TOTAL, and the industries not summing to more than the TOTAL.
 * @throws DataError naming the file and row at fault.
 */
export function checkIndustryRows(rows: ReadonlyArray<IndustryRow>, sources: ReadonlyArray<IndustryRowSource>, tolerance = 1e-9): void {
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = industryGroupKey(r);
    const g = groups.get(k);
    if (g) g.push(i); else groups.set(k, [i]);
  });
  for (const idx of groups.values()) {
    const first = rows[idx[0]!]!;
    const label = `${first.city} ${first.year} (${first.scope}, ${first.indicator})`;
    for (const i of idx) {
      const r = rows[i]!;
      if (r.edition !== first.edition) {
        throw new DataError('invalid', `${label} mixes GB/T 4754-${first.edition} and -${r.edition} codes`, { ...sources[i], column: 'edition' },
          'one city-year must use one edition');
      }
    }
    for (let a = 0; a < idx.length; a++) {
      for (let b = 0; b < a; b++) {
        const ra = rows[idx[a]!]!;
        const rb = rows[idx[b]!]!;
        if (ra.industry_code === rb.industry_code) {
          throw new DataError('duplicate-key', `${label}: industry ${ra.industry_code} appears twice (first at row ${sources[idx[b]!]!.row})`,
            { ...sources[idx[a]!], column: 'industry_code' }, 'keep one row per industry');
        }
        if (nested(first.edition, ra.industry_code, rb.industry_code)) {
          throw new DataError('invalid', `${label}: industry ${ra.industry_code} and ${rb.industry_code} (row ${sources[idx[b]!]!.row}) overlap, so a value would be counted twice`,
            { ...sources[idx[a]!], column: 'industry_code' }, 'give either the section (门类) or its divisions (大类), either a division or its groups');
        }
      }
    }
    const total = idx.find((i) => rows[i]!.industry_code === INDUSTRY_TOTAL_CODE);
    if (total !== undefined) {
      const t = rows[total]!.value_yi;
      let parts = 0;
      for (const i of idx) if (i !== total) parts += rows[i]!.value_yi;
      if (parts > t * (1 + tolerance) + 1e-12) {
        throw new DataError('out-of-range', `${label}: the industries sum to ${round(parts)} 亿元, more than the TOTAL ${round(t)} 亿元`,
          { ...sources[total], column: 'value' }, 'a total cannot be smaller than its parts: check the total, the units and for an industry counted twice');
      }
    }
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Validate long-form industry rows (from a file or in memory) into typed {@link IndustryRow}s.
 * Same rules as {@link readIndustry}; rows whose first cell starts with `#` are comments.
 * @throws DataError (file, row, column): see {@link readIndustry}.
 * @example
 * ```ts
 * industryRowsFromRecords([{ city: '广州', year: 2010, industry_code: '39', edition: '2002', scope: 'all', value: 5, unit: '亿元' }]).rows[0].value_yi; // → 5
 * ```
 */
export function industryRowsFromRecords(
  input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>,
  file = 'records',
  options: ReadIndustryOptions = {},
): IndustryTable {
  let commentRows = 0;
  let synthetic = false;
  const isComment = (v: unknown) => typeof v === 'string' && v.trim().startsWith('#');
  const mark = (v: unknown) => { if (typeof v === 'string' && SYNTHETIC.test(v)) synthetic = true; };
  let data: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>;
  if (!Array.isArray(input)) {
    const t = input as TabularData;
    data = { ...t, rows: t.rows.filter((r) => (isComment(r.values[0]) ? (commentRows++, r.values.forEach(mark), false) : true)) };
  } else {
    data = input.filter((r) => {
      const first = Object.values(r)[0];
      return isComment(first) ? (commentRows++, Object.values(r).forEach(mark), false) : true;
    });
  }
  const v = validateRecords(data, SCHEMA, file, options.onWarning ? { onWarning: options.onWarning } : {});
  if (v.records.length === 0) throw new DataError('empty', 'no industry rows (only a header or comments)', { file }, 'fill in one row per city, year and industry');
  const header = (data as TabularData).header;
  const colName = (c: string) => (header ? header[v.columns.indexOf(c)] ?? c : c);
  const rows: IndustryRow[] = [];
  const sources: IndustryRowSource[] = [];
  v.records.forEach((r, i) => {
    const row = v.rowNumbers[i]!;
    const at = (c: string) => ({ file, row, column: colName(c) });
    const city = requireCity(r.city as string, at('city'));
    const edition = parseEdition(r.edition, at('edition'));
    const value = r.value as number;
    const unit = r.unit as IndustryUnit;
    rows.push({
      city: city.city_zh,
      city_code: city.city_code,
      year: r.year as number,
      industry_code: parseCode(r.industry_code, edition, at('industry_code')),
      industry_name: r.industry_name === undefined || r.industry_name === null ? null : String(r.industry_name),
      edition,
      scope: SCOPES[r.scope as string]!,
      indicator: r.indicator === undefined || r.indicator === null ? 'value-added' : INDICATORS[r.indicator as string]!,
      value,
      unit,
      value_yi: unit === '万元' ? value / 10000 : value,
    });
    sources.push({ file, row });
  });
  checkIndustryRows(rows, sources, options.tolerance ?? 1e-9);
  return { file, form: 'long', rows, sources, commentRows, synthetic, warnings: [...v.warnings] };
}

/** Keys a wide sheet's declaration may use (English and Chinese). */
const DECL_KEYS: Readonly<Record<string, 'year' | 'edition' | 'scope' | 'unit' | 'indicator' | 'form'>> = Object.freeze({
  year: 'year', 年份: 'year', edition: 'edition', 版本: 'edition', 行业分类版本: 'edition', scope: 'scope', 口径: 'scope', 统计口径: 'scope',
  unit: 'unit', 单位: 'unit', indicator: 'indicator', 指标: 'indicator', form: 'form', 表式: 'form',
});

/** Whether a comment cell declares the wide form: `# form=wide …` or `# 表式=宽表 …`. */
export function declaresWideForm(cell: unknown): boolean {
  return typeof cell === 'string' && /^\s*#/.test(cell) && /(form|表式)\s*[=:：]\s*(wide|宽表)/i.test(cell);
}

function parseDeclaration(text: string): Partial<Record<'year' | 'edition' | 'scope' | 'unit' | 'indicator' | 'form', string>> {
  const out: Partial<Record<'year' | 'edition' | 'scope' | 'unit' | 'indicator' | 'form', string>> = {};
  for (const m of text.matchAll(/([A-Za-z_\u4e00-\u9fa5]+)\s*[=:：]\s*([^\s;,，；]+)/g)) {
    const k = DECL_KEYS[m[1]!];
    if (k) out[k] = m[2]!;
  }
  return out;
}

/**
 * Turn one wide sheet (industries as rows, cities as columns, a `# form=wide` declaration row)
 * into long-form tabular rows, parsing every value cell where it stands so that an error names
 * the sheet, row and city column. An empty cell means "no value for this city" (no row).
 */
function wideToLong(t: TabularData, sheetName: string | undefined): TabularData {
  const file = t.file;
  const declRow = t.rows.find((r) => declaresWideForm(r.values[0]));
  if (!declRow) throw new DataError('invalid', 'the sheet has no "# form=wide" declaration row', { file }, 'add a row whose first cell reads e.g. "# form=wide year=2010 edition=2002 scope=all unit=亿元"');
  const decl = parseDeclaration(String(declRow.values[0]));
  const where = { file, row: declRow.row, column: t.header[0]! };
  const year = decl.year ?? (sheetName && /^\d{4}$/.test(sheetName.trim()) ? sheetName.trim() : undefined);
  for (const [k, v] of [['year', year], ['edition', decl.edition], ['scope', decl.scope], ['unit', decl.unit]] as const) {
    if (v === undefined) throw new DataError('missing-column', `the wide-form declaration does not say ${k}`, where, `add ${k}=… to the declaration row (year may also be the sheet name)`);
  }
  const lower = t.header.map((h) => h.toLowerCase());
  const codeCol = lower.findIndex((h) => h === 'industry_code' || h === '行业代码' || h === '代码');
  if (codeCol < 0) throw new DataError('missing-column', 'a wide sheet needs an industry_code (行业代码) column', { file, row: 0, column: 'industry_code' }, `the columns found are: ${t.header.join(', ')}`);
  const nameCol = lower.findIndex((h) => h === 'industry_name' || h === '行业名称' || h === '行业');
  const cityCols = t.header.map((_, j) => j).filter((j) => j !== codeCol && j !== nameCol);
  if (cityCols.length === 0) throw new DataError('missing-column', 'a wide sheet needs one column per city', { file, row: 0 }, 'name each column after a city, e.g. 广州');
  for (const j of cityCols) requireCity(t.header[j]!, { file, row: 0, column: t.header[j]! });
  const header = [...INDUSTRY_COLUMNS];
  const rows: TabularRow[] = [];
  for (const r of t.rows) {
    const first = r.values[0];
    if (typeof first === 'string' && first.trim().startsWith('#')) continue;
    for (const j of cityCols) {
      const raw = r.values[j] ?? null;
      const n = parseNumberCell(raw, ['', '-', '—', '…'], { file, row: r.row, column: t.header[j]! });
      if (n === null) continue;
      const values: CellValue[] = [t.header[j]!, year!, r.values[codeCol] ?? null, nameCol >= 0 ? r.values[nameCol] ?? null : null,
        decl.edition!, decl.scope!, decl.indicator ?? null, n, decl.unit!];
      rows.push({ row: r.row, values });
    }
  }
  return { file, format: t.format, encoding: t.encoding, header, rows };
}

/**
 * Read a city-industry table (CSV in UTF-8/GBK or XLSX) and validate it.
 *
 * Long form (the template `data/templates/industry.csv`): columns city, year, industry_code,
 * industry_name, edition (GB/T 4754 2002|2011|2017), scope (above-scale|all), indicator
 * (value-added|gross-output, empty = value-added), value (≥ 0), unit (亿元|万元); Chinese
 * headers accepted (城市, 年份, 行业代码, 行业名称, 行业分类版本, 统计口径, 指标, 数值, 单位).
 * Manufacturing by 2-digit division (大类), services by section letter (门类); finer codes are
 * accepted. `TOTAL` (合计) gives the total of a city-year: the denominator of its shares.
 *
 * Wide form (a yearbook table): industries as rows (industry_code, optional industry_name),
 * one column per city, and a row whose first cell declares the sheet, e.g.
 * `# form=wide year=2010 edition=2002 scope=all unit=亿元` (or `# 表式=宽表 年份=2010 版本=2002
 * 口径=全部 单位=亿元`); in a workbook every sheet is one year (the year may be the sheet name)
 * and sheets named README/说明 or starting with `#` are skipped. An empty cell is no value.
 * The first sheet decides: a declaration there means a wide workbook.
 *
 * Checks: known city, integer year, a code that exists (section letters per edition), one
 * edition per city-year, no industry twice or nested in another (39 and 391, J and 66), at most
 * one TOTAL, the industries not above the TOTAL (beyond `tolerance`), values ≥ 0. Rows whose
 * first cell starts with `#` are comments; one saying SYNTHETIC / 示意数据 sets `synthetic`.
 * Values are kept as given; `value_yi` is the value in 亿元.
 *
 * @throws DataError (file — with `[sheet]` for a wide workbook —, row, column) for each failure.
 * @example
 * ```ts
 * const t = await readIndustry('data/examples/industry-synthetic.csv');
 * [t.synthetic, t.rows[0].city, t.rows[0].edition]; // → [true, '广州', '2002']
 * ```
 */
export async function readIndustry(path: string, options: ReadIndustryOptions = {}): Promise<IndustryTable> {
  const common = options.onWarning ? { onWarning: options.onWarning } : {};
  const first = await readTabular(path, { ...common, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
  const wide = first.rows.some((r) => declaresWideForm(r.values[0]));
  if (!wide) return industryRowsFromRecords(first, first.file, options);
  const sheets: Array<{ t: TabularData; name: string | undefined }> = [];
  if (first.format === 'xlsx' && options.sheet === undefined) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    for (const ws of wb.worksheets) {
      const name = ws.name;
      if (/^(README|说明)$/i.test(name.trim()) || name.trim().startsWith('#')) continue;
      sheets.push({ t: await readTabular(path, { ...common, sheet: name, label: `${first.file} [${name}]` }), name });
    }
  } else {
    sheets.push({ t: first, name: typeof options.sheet === 'string' ? options.sheet : undefined });
  }
  const longs = sheets.map(({ t, name }) => ({ t: wideToLong(t, name), comments: t.rows.filter((r) => typeof r.values[0] === 'string' && (r.values[0] as string).trim().startsWith('#')) }));
  const rows: IndustryRow[] = [];
  const sources: IndustryRowSource[] = [];
  const warnings: DataWarning[] = [];
  let commentRows = 0;
  let synthetic = false;
  for (const { t, comments } of longs) {
    commentRows += comments.length;
    if (comments.some((c) => c.values.some((v) => typeof v === 'string' && SYNTHETIC.test(v)))) synthetic = true;
    if (t.rows.length === 0) {
      const w = warn({ code: 'empty-sheet', file: t.file, message: `${t.file}: the wide sheet has no values` });
      options.onWarning?.(w);
      warnings.push(w);
      continue;
    }
    const part = industryRowsFromRecords(t, t.file, { ...options, tolerance: Number.POSITIVE_INFINITY });
    for (const r of part.rows) rows.push(r);
    for (const r of part.sources) sources.push(r);
    for (const w of part.warnings) warnings.push(w);
  }
  if (rows.length === 0) throw new DataError('empty', 'no values in any wide sheet', { file: first.file });
  checkIndustryRows(rows, sources, options.tolerance ?? 1e-9);
  return { file: first.file, form: 'wide', rows, sources, commentRows, synthetic, warnings };
}
