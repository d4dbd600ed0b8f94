/**
 * The park-year table users fill in (`data/templates/parks.csv` / `.xlsx`): its schema,
 * its reader and its conversion to the rules engine's records.
 * @module
 */
import { DataError } from '../core/errors.js';
import type { DataWarning } from '../core/warnings.js';
import { findCity, readTabular, validateRecords, type RecordSchema, type TabularData } from '../data/index.js';
import { suggestCity } from '../data/cities.js';
import { parksDataPath } from './bundled.js';
import { checkMaxScore } from './rule-set.js';
import type { ParkEvaluationRecord } from './evaluate.js';

/** Park categories: 示范园 (demonstration), 专业园 (specialised), 一般 (general). */
export type ParkCategory = 'demonstration' | 'specialised' | 'general';

/** Chinese labels of the categories (accepted in files, as are the English ids). */
export const PARK_CATEGORY_LABELS: Readonly<Record<ParkCategory, string>> = Object.freeze({
  demonstration: '示范园', specialised: '专业园', general: '一般',
});

/** Status names accepted in `status_start` (ids of the bundled rule sets and their Chinese labels). */
const STATUS_NAMES: Readonly<Record<string, string>> = Object.freeze({
  demonstration: 'demonstration', 示范园: 'demonstration', 省示范园: 'demonstration',
  ordinary: 'ordinary', 非示范园: 'ordinary',
  disqualified: 'disqualified', 取消资格: 'disqualified',
  provincial: 'provincial', 省产业园: 'provincial',
  revoked: 'revoked', 撤销: 'revoked',
});

/** One park-year of the template. Money in 亿元, growth in % (8.5 means 8.5 %). */
export interface ParkYearRow {
  park_id: string;
  park_name: string;
  /** Host prefecture (Chinese short name, e.g. 河源). */
  host_city: string;
  /** PRD partner city (Chinese short name), null for parks without one. */
  partner_city: string | null;
  category: ParkCategory;
  year: number;
  /** Status at the start of the year (a rule-set status id), null when not given. */
  status_start: string | null;
  /** Fixed-asset investment, actual and target, 亿元. */
  fai_actual: number | null;
  fai_target: number | null;
  /** Above-scale industrial value added, 亿元, and its growth and target growth, %. */
  va_above_scale: number | null;
  va_growth_pct: number | null;
  va_growth_target_pct: number | null;
  /** Tax (全口径), 亿元, and its growth and target growth, %. */
  tax: number | null;
  tax_growth_pct: number | null;
  tax_growth_target_pct: number | null;
  /** Land-use intensity (output per unit of land, e.g. 万元/亩) and its target. */
  land_intensity: number | null;
  land_intensity_target: number | null;
  /** Environmental compliance (是/否), null when not assessed. */
  env_compliant: boolean | null;
  /** Number of projects transferred in during the year. */
  transfer_projects: number | null;
  /** Composite score, if given (0 to `maxScore`). */
  score: number | null;
}

/** Columns of the park template, in order. */
export const PARK_COLUMNS: readonly (keyof ParkYearRow)[] = Object.freeze([
  'park_id', 'park_name', 'host_city', 'partner_city', 'category', 'year', 'status_start',
  'fai_actual', 'fai_target', 'va_above_scale', 'va_growth_pct', 'va_growth_target_pct',
  'tax', 'tax_growth_pct', 'tax_growth_target_pct', 'land_intensity', 'land_intensity_target',
  'env_compliant', 'transfer_projects', 'score',
]);

/** Column documentation (English, Chinese), used by the template builder and the README. */
export const PARK_COLUMN_DOCS: Readonly<Record<keyof ParkYearRow, string>> = Object.freeze({
  park_id: 'stable park id, required / 园区编号',
  park_name: 'park name, required / 园区名称',
  host_city: 'host prefecture, one of the 21 cities, required / 所在地级市',
  partner_city: 'PRD partner city, empty if none / 共建珠三角城市',
  category: '示范园 | 专业园 | 一般 (or demonstration | specialised | general), required / 园区类别',
  year: 'evaluation year, required / 年度',
  status_start: 'status at the start of the year: demonstration | ordinary | provincial (or 省示范园 | 非示范园 | 省产业园), may be empty / 年初状态',
  fai_actual: 'fixed-asset investment, 亿元 / 固定资产投资完成额',
  fai_target: 'fixed-asset investment target, 亿元, > 0 / 固定资产投资目标',
  va_above_scale: 'above-scale industrial value added, 亿元 / 规上工业增加值',
  va_growth_pct: 'growth of value added, % (8.5 = 8.5 %) / 增速',
  va_growth_target_pct: 'target growth of value added, % / 目标增速',
  tax: 'all-caliber tax, 亿元 / 全口径税收',
  tax_growth_pct: 'tax growth, % / 税收增速',
  tax_growth_target_pct: 'target tax growth, % / 目标增速',
  land_intensity: 'land-use intensity, e.g. output 万元 per 亩 / 节约集约用地指标',
  land_intensity_target: 'land-use intensity target, > 0 / 目标值',
  env_compliant: '是 | 否 (yes | no), environmental compliance / 环保达标',
  transfer_projects: 'projects transferred in, count / 转移项目数',
  score: 'composite score, 0 to the rubric maximum (default 100) / 综合得分',
});

/** Options of {@link readParks}. */
export interface ReadParksOptions {
  /** Maximum score of the rubric the scores come from (default 100). */
  maxScore?: number;
  /** XLSX worksheet (default the first). */
  sheet?: string | number;
  /** Receives each warning. */
  onWarning?: (w: DataWarning) => void;
  /** Growth columns whose every value is within ±1: warn `percent-as-fraction` (default) or multiply by 100 (`'convert'`, warning `percent-converted`). */
  percentFractions?: 'warn' | 'convert';
}

/** What {@link readParks} returns. */
export interface ParkTable {
  file: string;
  rows: ParkYearRow[];
  /** 1-based file row of each entry of `rows`. */
  rowNumbers: number[];
  /** Rows whose first cell starts with `#` (comments, e.g. the template's example row), skipped and counted. */
  commentRows: number;
  /** True when a comment row marks the file as illustrative (contains "ILLUSTRATIVE" or "示例数据"). */
  illustrative: boolean;
  warnings: DataWarning[];
}


function schema(maxScore: number): RecordSchema {
  const money = { type: 'number', unit: '亿元', min: 0, plausible: [0, 5000] } as const;
  const pct = { type: 'number', unit: '%', kind: 'growth', min: -100 } as const;
  return {
    columns: {
      park_id: { type: 'string', required: true, nullable: false, aliases: ['园区编号'] },
      park_name: { type: 'string', required: true, nullable: false, aliases: ['园区名称'] },
      host_city: { type: 'string', required: true, nullable: false, aliases: ['所在市'] },
      partner_city: { type: 'string', aliases: ['共建城市'] },
      category: { type: 'string', required: true, nullable: false, aliases: ['类别'],
        values: ['示范园', '专业园', '一般', 'demonstration', 'specialised', 'general'] },
      year: { type: 'integer', required: true, nullable: false, min: 2005, max: 2100, aliases: ['年度', '年份'] },
      status_start: { type: 'string', values: Object.keys(STATUS_NAMES), aliases: ['年初状态'] },
      fai_actual: money,
      fai_target: { ...money, positive: true },
      va_above_scale: money,
      va_growth_pct: pct,
      va_growth_target_pct: pct,
      tax: money,
      tax_growth_pct: pct,
      tax_growth_target_pct: pct,
      land_intensity: { type: 'number', min: 0 },
      land_intensity_target: { type: 'number', positive: true },
      // yes/no texts of BOOLEAN_TEXTS (是/否, yes/no, true/false, 1/0, 达标/不达标), case-insensitive
      env_compliant: { type: 'boolean', aliases: ['环保达标'] },
      transfer_projects: { type: 'integer', min: 0 },
      score: { type: 'number', min: 0, max: maxScore },
    },
    keys: ['park_id', 'year'],
    extra: 'refuse',
  };
}

function cityName(value: unknown, file: string, row: number, column: string, prdOnly: boolean): string {
  const c = findCity(String(value));
  if (!c) {
    const s = suggestCity(String(value));
    throw new DataError('unknown-city', `"${String(value)}" is not one of Guangdong's 21 cities`, { file, row, column }, s ? `did you mean ${s.city_zh}?` : 'use the Chinese short name, e.g. 河源');
  }
  if (prdOnly && c.region !== 'PRD') {
    throw new DataError('unknown-city', `partner city ${c.city_zh} is not a Pearl River Delta city`, { file, row, column }, 'the partner (共建) city is the PRD city that co-builds the park');
  }
  return c.city_zh;
}

/**
 * Validate park-year rows (from a file or in memory) into typed {@link ParkYearRow}s.
 * Same rules as {@link readParks}; used by it.
 * @throws {DataError} see {@link readParks}.
 */
export function parkRowsFromRecords(input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>, file = 'records', options: ReadParksOptions = {}): ParkTable {
  if (input === null || input === undefined || typeof input !== 'object') {
    throw new DataError('invalid', `parkRowsFromRecords: argument "input" is ${input === null || input === undefined ? String(input) : typeof input}`, { file }, 'pass the rows of readTabular or an array of records');
  }
  options ??= {};
  const maxScore = checkMaxScore(options.maxScore);
  // Comment rows: first cell starting with '#'.
  let commentRows = 0;
  let illustrative = false;
  let data: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>> = input;
  const isComment = (v: unknown) => typeof v === 'string' && v.trim().startsWith('#');
  const markIllustrative = (v: unknown) => { if (typeof v === 'string' && /ILLUSTRATIVE|示例数据/i.test(v)) illustrative = true; };
  if ('rows' in input && 'header' in input) {
    const rows = input.rows.filter((r) => {
      if (isComment(r.values[0])) { commentRows++; r.values.forEach(markIllustrative); return false; }
      return true;
    });
    data = { ...input, rows };
  } else if (Array.isArray(input)) {
    data = input.filter((r) => {
      const first = Object.values(r)[0];
      if (isComment(first)) { commentRows++; Object.values(r).forEach(markIllustrative); return false; }
      return true;
    });
  }
  const v = validateRecords(data, schema(maxScore), file, {
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    ...(options.percentFractions ? { percentFractions: options.percentFractions } : {}),
  });
  const warnings = [...v.warnings];
  if (v.records.length === 0) throw new DataError('empty', 'no park-year rows (only a header or comments)', { file }, 'fill in one row per park and year');
  const rows = v.records.map((r, i): ParkYearRow => {
    const row = v.rowNumbers[i]!;
    const num = (k: keyof ParkYearRow) => (r[k] === undefined || r[k] === null ? null : (r[k] as number));
    const env = typeof r.env_compliant === 'boolean' ? r.env_compliant : null;
    const cat = String(r.category);
    const category = (Object.entries(PARK_CATEGORY_LABELS).find(([id, zh]) => cat === id || cat === zh)![0]) as ParkCategory;
    return {
      park_id: String(r.park_id).trim(),
      park_name: String(r.park_name).trim(),
      host_city: cityName(r.host_city, file, row, 'host_city', false),
      partner_city: r.partner_city === undefined || r.partner_city === null || r.partner_city === '' ? null : cityName(r.partner_city, file, row, 'partner_city', true),
      category,
      year: r.year as number,
      status_start: r.status_start === undefined || r.status_start === null || r.status_start === '' ? null : STATUS_NAMES[String(r.status_start)]!,
      fai_actual: num('fai_actual'), fai_target: num('fai_target'),
      va_above_scale: num('va_above_scale'), va_growth_pct: num('va_growth_pct'), va_growth_target_pct: num('va_growth_target_pct'),
      tax: num('tax'), tax_growth_pct: num('tax_growth_pct'), tax_growth_target_pct: num('tax_growth_target_pct'),
      land_intensity: num('land_intensity'), land_intensity_target: num('land_intensity_target'),
      env_compliant: env, transfer_projects: num('transfer_projects'), score: num('score'),
    };
  });
  // Percentages given as fractions (0.3 for 30 %) are warned by validateRecords (kind 'growth', `percent-as-fraction`).
  return { file, rows, rowNumbers: v.rowNumbers, commentRows, illustrative, warnings };
}

/**
 * Read a park-year table (CSV or XLSX, the layout of `data/templates/parks.csv`) and validate it.
 *
 * Rules (same as `readPanel`): a header with the template's columns (Chinese aliases accepted:
 * 园区编号, 园区名称, 所在市, 类别, 年度…; unknown columns refused); one row per park and year;
 * numbers as numbers, money in 亿元 ≥ 0, growth in % (8.5 for 8.5 %); category 示范园/专业园/一般;
 * targets > 0; score within [0, maxScore]; host city one of the 21 and partner city a PRD city.
 * Rows whose first cell starts with `#` are comments and are skipped (the template's example
 * row is one); a comment saying ILLUSTRATIVE / 示例数据 sets `illustrative`.
 *
 * @throws {DataError} (file, row, column) unreadable file, missing column, duplicate park-year
 *   (`duplicate-key`), unknown category (`unknown-category`), a target of zero or a score above
 *   the maximum (`out-of-range`), a non-number, an unknown city.
 * Warns (`percent-as-fraction`, with the first row and advice) when a growth column looks like
 * fractions (0.3 for 30 %); converts under `percentFractions: 'convert'` (warning `percent-converted`).
 * @example
 * ```ts
 * const t = await readParks('data/examples/parks-illustrative.csv');
 * [t.illustrative, t.rows[0].park_id]; // → [true, 'P01']
 * ```
 */
export async function readParks(path: string, options: ReadParksOptions = {}): Promise<ParkTable> {
  if (typeof path !== 'string' || path === '') {
    throw new DataError('invalid', `readParks: argument "path" is ${path === '' ? 'empty' : String(path)}, not a file path`, { column: 'path' }, 'pass the path of a CSV or XLSX file');
  }
  options ??= {};
  const t = await readTabular(path, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  return parkRowsFromRecords(t, t.file, options);
}

/**
 * The bundled illustrative park panel (`data/examples/parks-illustrative.csv`): invented
 * numbers for worked examples, labelled `illustrative: true`. Never real figures.
 * @example
 * ```ts
 * (await loadIllustrativeParks()).illustrative; // → true
 * ```
 */
export async function loadIllustrativeParks(): Promise<ParkTable> {
  const t = await readParks(parksDataPath('examples/parks-illustrative.csv'));
  if (!t.illustrative) throw new DataError('invalid', 'the illustrative panel has lost its ILLUSTRATIVE comment row', { file: 'data/examples/parks-illustrative.csv' }, 'reinstall the package');
  return t;
}

/**
 * Turn park-year rows into the rules engine's records: `score`, `status` (from status_start),
 * `category`, and per-indicator outcomes derived as actual vs target — investment (fai),
 * valueAdded (growth vs target growth), tax (growth vs target growth), land (intensity vs
 * target) — plus `environment` from env_compliant. Indicators without both numbers are left
 * out (a rule set that needs them then says so). `ignoreStatus` drops status_start (e.g. to
 * apply gd-2014, whose statuses differ, to a table written with gd-2011 statuses).
 * @throws {DataError} a row without a score (the engine ranks by score).
 * @example
 * ```ts
 * parkEvaluationRecords((await loadIllustrativeParks()).rows)[0].indicators?.investment; // → { actual: 32, target: 30 }
 * ```
 */
export function parkEvaluationRecords(rows: ReadonlyArray<ParkYearRow>, options: { ignoreStatus?: boolean } = {}): ParkEvaluationRecord[] {
  if (!Array.isArray(rows)) {
    throw new DataError('invalid', `parkEvaluationRecords: argument "rows" is ${rows === null || rows === undefined ? String(rows) : 'not an array'}`, { function: 'parkEvaluationRecords', input: 'rows' }, 'pass the rows of readParks (…).rows');
  }
  options ??= {};
  return rows.map((r, i) => {
    if (r.score === null) throw new DataError('missing-column', `park ${r.park_id} ${r.year} has no score`, { input: 'rows', row: i + 1, column: 'score' }, 'score the park first (e.g. scoreParks) or fill in the score column');
    const indicators: Record<string, { actual: number; target: number }> = {};
    const pair = (id: string, actual: number | null, target: number | null) => { if (actual !== null && target !== null) indicators[id] = { actual, target }; };
    pair('investment', r.fai_actual, r.fai_target);
    pair('valueAdded', r.va_growth_pct, r.va_growth_target_pct);
    pair('tax', r.tax_growth_pct, r.tax_growth_target_pct);
    pair('land', r.land_intensity, r.land_intensity_target);
    const rec: ParkEvaluationRecord = { parkId: r.park_id, year: r.year, category: r.category, score: r.score, indicators };
    if (r.status_start !== null && !options.ignoreStatus) rec.status = r.status_start;
    if (r.env_compliant !== null) rec.passes = { environment: r.env_compliant };
    return rec;
  });
}
