/**
 * Helpers a report notebook calls: each shows something to the reader and hands a record to
 * the assembler through {@link emit}. Notebooks stay thin: parameters, a few library calls,
 * then `say`, `table`, `figure`, `headline`, `finding`.
 * @module
 */
import { escapeHtml } from './escape.js';
import { formatThousands } from '../charts/format.js';
import { htmlTable, isVegaLiteSpec } from '../charts/html.js';
import { renderSvg } from '../charts/render.js';
import { renderMarkdown } from './markdown.js';
import { normaliseSvgIds } from './svg-ids.js';
import { emit, FINDING_SECTIONS } from './protocol.js';
import { inKernel } from './protocol.js';
import type { CitedSource, FindingSection, TableRecord, WarningRecord } from './protocol.js';
import { setWarningHandler } from '../core/warnings.js';
import type { DataWarning } from '../core/warnings.js';
import { existsSync, readFileSync } from 'node:fs';
import type { ColumnTable } from 'arquero';
import { loadGuangdongPanel } from '../data/panel.js';
import { PANEL_YEARS } from '../data/panel.js';
import { readPanel } from '../data/read-panel.js';
import type { ReportInputFile, ReportInputRole } from './inputs.js';

/** Parameters every notebook reads from the environment (set by `prd-report`). */
export interface ReportParameters {
  /** Last year the report covers (`REPORT_YEAR`); `null` = the latest year in the data. */
  year: number | null;
  /** Label language (`REPORT_LANG`): `zh` (default) or `en`. */
  lang: 'zh' | 'en';
  /** A user's own panel directory (`REPORT_DATA_DIR`); `null` = the bundled data. */
  dataDir: string | null;
  /** The user's panel file inside it (`REPORT_PANEL_FILE`, CSV or XLSX); `null` = the bundled panel. */
  panelFile: string | null;
  /** Region grouping (`REPORT_REGIONS`); only the official four regions (`official4`) exist. */
  regions: 'official4';
  /**
   * The office's own files of this run (`REPORT_PARKS`, `REPORT_INDUSTRY`, `REPORT_FIRMS`,
   * `REPORT_TRANSFERS`, set by `prd-report` after validating them); `null` = not given.
   */
  inputs: Record<Exclude<ReportInputRole, 'panel'>, string | null>;
  /** What each input file of the run is (name, rows, SHA-256; `REPORT_INPUTS`, JSON). */
  inputFiles: Omit<ReportInputFile, 'path'>[];
  /** The run uses the synthetic example files (`--example`, `REPORT_EXAMPLE=1`): every page says 示意数据. */
  example: boolean;
  /** Reward fund for output moved out, 亿元 (`REPORT_FUND`); `null` = no allocation. */
  fund: number | null;
  /** Largest share of the fund one city may receive, 0–1 (`REPORT_CAP`); `null` = no cap. */
  cap: number | null;
  /** Park rule set (`REPORT_RULES`: `gd-2011`, `gd-2014` or a rules JSON file); `null` = by year (gd-2014 from 2014). */
  rules: string | null;
}

/**
 * Read the report parameters from `process.env`, emit them (the notebook prints them) and
 * return them typed.
 * @throws {TypeError} when `REPORT_YEAR` is not an integer year, `REPORT_LANG` not zh/en, or
 * `REPORT_REGIONS` not `official4`.
 * @example
 * // REPORT_YEAR=2020 REPORT_LANG=zh
 * reportParameters() // { year: 2020, lang: 'zh', dataDir: null, regions: 'official4' }
 */
export function reportParameters(env: Readonly<Record<string, string | undefined>> = process.env): ReportParameters {
  const yearText = env['REPORT_YEAR']?.trim() ?? '';
  let year: number | null = null;
  if (yearText !== '') {
    year = Number(yearText);
    if (!Number.isInteger(year) || year < 1978 || year > 2100) {
      throw new TypeError(`REPORT_YEAR="${yearText}" is not a year; pass --year 2020 or leave it unset for the latest year`);
    }
  }
  const lang = (env['REPORT_LANG']?.trim() || 'zh') as string;
  if (lang !== 'zh' && lang !== 'en') throw new TypeError(`REPORT_LANG="${lang}" must be zh or en`);
  const regions = (env['REPORT_REGIONS']?.trim() || 'official4') as string;
  if (regions !== 'official4') throw new TypeError(`REPORT_REGIONS="${regions}": only the official four-region grouping (official4) exists`);
  const dataDir = env['REPORT_DATA_DIR']?.trim() || null;
  const panelFile = env['REPORT_PANEL_FILE']?.trim() || null;
  const inputs = {
    parks: env['REPORT_PARKS']?.trim() || null,
    industry: env['REPORT_INDUSTRY']?.trim() || null,
    firms: env['REPORT_FIRMS']?.trim() || null,
    transfers: env['REPORT_TRANSFERS']?.trim() || null,
  };
  const inputFiles = parseInputFiles(env['REPORT_INPUTS']);
  const example = env['REPORT_EXAMPLE']?.trim() === '1';
  const fund = optionalNumber(env, 'REPORT_FUND', 0, Number.POSITIVE_INFINITY);
  const cap = optionalNumber(env, 'REPORT_CAP', 0, 1);
  const rules = env['REPORT_RULES']?.trim() || null;
  const params: ReportParameters = { year, lang, dataDir, panelFile, regions, inputs, inputFiles, example, fund, cap, rules };
  const values: Record<string, string> = {
    year: year === null ? 'latest' : String(year),
    lang,
    dataDir: dataDir ?? 'bundled',
    panelFile: panelFile ?? 'bundled',
    regions,
  };
  for (const f of inputFiles) values[f.role] = `${f.file} (${f.rows} rows, sha256 ${f.sha256.slice(0, 12)}${f.synthetic ? ', SYNTHETIC' : ''})`;
  if (example) values['example'] = 'SYNTHETIC example data (示意数据)';
  if (fund !== null) values['fund'] = `${fund} 亿元`;
  if (cap !== null) values['cap'] = String(cap);
  if (rules !== null) values['rules'] = rules;
  emit({ kind: 'parameters', values }, { 'text/plain': Object.entries(values).map(([k, v]) => `${k} = ${v}`).join('\n') });
  recordWarnings();
  return params;
}

/** Handlers installed by {@link recordWarnings} (so a second call does not wrap twice). */
const recorders = new WeakSet<(w: DataWarning) => void>();
/** Most warning records one notebook emits; the rest are counted in one closing record. */
const MAX_WARNING_RECORDS = 2000;

/** The protocol record of a library warning (absent fields left out). */
export function warningRecord(w: DataWarning): WarningRecord {
  const r: WarningRecord = { kind: 'warning', code: w.code, message: w.message };
  if (w.file !== undefined) r.file = w.file;
  if (w.row !== undefined) r.row = w.row;
  if (w.column !== undefined) r.column = w.column;
  if (w.advice !== undefined) r.advice = w.advice;
  return r;
}

/**
 * From now on, every library warning (`warn()`, a {@link DataWarning}) raised in this kernel is
 * also written to the notebook as a `warning` record, so the report prints it in the chapter's
 * 数据警示 box and in the appendix (and `prd-report --strict` fails on it). The previous handler
 * (the console printer) still runs. {@link reportParameters} calls it; calling it again is a no-op.
 * Outside a tslab kernel nothing is recorded (the console printer alone runs).
 * @example
 * recordWarnings(); // then readPanel(...) warnings land in the chapter
 */
export function recordWarnings(): void {
  let emitted = 0;
  let left = 0;
  const recorder = (w: DataWarning): void => {
    if (inKernel()) {
      if (emitted < MAX_WARNING_RECORDS) {
        emitted++;
        emit(warningRecord(w));
      } else if (++left % 1000 === 1) {
        emit({ kind: 'warning', code: 'warnings-truncated', message: `more than ${MAX_WARNING_RECORDS} warnings in this notebook; ${left} further warning(s) not itemised (the console lists them)` });
      }
    }
    prev(w);
  };
  const prev = setWarningHandler(recorder);
  if (recorders.has(prev)) {
    setWarningHandler(prev);
    return;
  }
  recorders.add(recorder);
}

/**
 * Cite sources: the appendix lists every cited source once (id, title, grade, URL); a table cell
 * then prints only the short `id` (a column of raw URLs squeezes every other column).
 * @throws {TypeError} when an id is empty or not file-name-safe, or a title or URL is empty.
 * @example
 * cite([{ id: 'gd-yb-2021', title: '广东统计年鉴2021', url: 'http://stats.gd.gov.cn/gdtjnj/', grade: 'A' }]);
 * table('02-facts', '事实', [{ key: 'source', label: '来源' }], [{ source: 'gd-yb-2021' }]);
 */
export function cite(sources: readonly CitedSource[]): void {
  const clean: CitedSource[] = [];
  for (const s of sources) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s.id)) throw new TypeError(`cite: source id "${s.id}" must be short and file-name-safe (letters, digits, . _ : -)`);
    if (!s.title.trim() || !s.url.trim()) throw new TypeError(`cite: source "${s.id}" needs a title and a URL`);
    clean.push(s.grade === undefined ? { id: s.id, title: s.title, url: s.url } : { id: s.id, title: s.title, url: s.url, grade: s.grade });
  }
  emit({ kind: 'sources', sources: clean }, { 'text/markdown': clean.map((s) => `- [${s.id}] ${s.title}${s.grade ? ` (${s.grade})` : ''}: ${s.url}`).join('\n') });
}

/** A headline recorded by an earlier chapter of this report run (see {@link priorHeadline}). */
export interface PriorHeadline {
  value: number;
  label: string;
  unit: string;
  digits: number;
  /** Two-digit number of the chapter that emitted it. */
  chapter: string;
}

/**
 * Every headline the chapters before this one recorded in this report run, by key. `prd-report`
 * writes them to a JSON file after each notebook and passes its path in `REPORT_HEADLINES`.
 * @throws {Error} when `REPORT_HEADLINES` is unset or its file is missing (the notebook is not
 * running under `prd-report`).
 * @example
 * Object.keys(priorHeadlines()) // ['growthGap.province.2010', ...]
 */
export function priorHeadlines(env: Readonly<Record<string, string | undefined>> = process.env): Record<string, PriorHeadline> {
  const path = env['REPORT_HEADLINES']?.trim() ?? '';
  if (path === '') throw new Error('priorHeadlines: REPORT_HEADLINES is not set; run this chapter through prd-report (npm run report), which records the headlines of earlier chapters');
  if (!existsSync(path)) throw new Error(`priorHeadlines: REPORT_HEADLINES=${path} does not exist`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, PriorHeadline>;
}

/**
 * One headline an earlier chapter recorded, to quote the same number with the same label (the
 * summary and the chapters then state one figure, never two recomputations).
 * @throws {Error} naming the key and the known keys when no earlier chapter recorded it.
 * @example
 * const gap = priorHeadline('growthGap.province.2010'); // { value: 3.2, label: '…', unit: '百分点', digits: 1, chapter: '01' }
 */
export function priorHeadline(key: string, env: Readonly<Record<string, string | undefined>> = process.env): PriorHeadline {
  const all = priorHeadlines(env);
  const h = all[key];
  if (h === undefined) {
    const known = Object.keys(all).sort();
    throw new Error(`priorHeadline("${key}"): no earlier chapter recorded this headline; known keys: ${known.length ? known.join(', ') : '(none)'}`);
  }
  return h;
}

/**
 * The latest headline of a yearly series an earlier chapter recorded: among keys `${prefix}.${year}`
 * the one with the greatest year not after `upTo` (`null` = any year); `null` when there is none
 * (e.g. a census share when the report stops before 2020).
 * @example
 * latestPriorHeadline('growthGap.province', 2015) // { key: 'growthGap.province.2010', year: 2010, value: 3, … } when 2010 is the last one up to 2015
 */
export function latestPriorHeadline(
  prefix: string,
  upTo: number | null,
  env: Readonly<Record<string, string | undefined>> = process.env,
): (PriorHeadline & { key: string; year: number }) | null {
  const all = priorHeadlines(env);
  let best: (PriorHeadline & { key: string; year: number }) | null = null;
  for (const [key, h] of Object.entries(all)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const rest = key.slice(prefix.length + 1);
    if (!/^\d{4}$/.test(rest)) continue;
    const year = Number(rest);
    if (upTo !== null && year > upTo) continue;
    if (best === null || year > best.year) best = { ...h, key, year };
  }
  return best;
}

/** A headline an earlier chapter recorded, or `null` when none did (unlike {@link priorHeadline}, which throws). */
export function optionalPriorHeadline(key: string, env: Readonly<Record<string, string | undefined>> = process.env): PriorHeadline | null {
  return priorHeadlines(env)[key] ?? null;
}

function optionalNumber(env: Readonly<Record<string, string | undefined>>, name: string, min: number, max: number): number | null {
  const text = env[name]?.trim() ?? '';
  if (text === '') return null;
  const v = Number(text);
  if (!Number.isFinite(v) || v < min || v > max) throw new TypeError(`${name}="${text}" must be a number in [${min}, ${max === Number.POSITIVE_INFINITY ? '∞' : max}]`);
  return v;
}

function parseInputFiles(text: string | undefined): Omit<ReportInputFile, 'path'>[] {
  if (text === undefined || text.trim() === '') return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new TypeError('REPORT_INPUTS must be a JSON array of input descriptions (set by prd-report)');
  return parsed as Omit<ReportInputFile, 'path'>[];
}

/**
 * The city-year panel a report chapter works on: the user's panel (`--data`, read and validated
 * by `readPanel`) or the bundled one, up to the report year.
 * @throws DataError from `readPanel` when the user's panel is invalid.
 * @example
 * const panel = await reportPanel(reportParameters()); // bundled 1994–2021 by default
 */
export async function reportPanel(params: ReportParameters): Promise<ColumnTable> {
  const to = params.year ?? PANEL_YEARS.last;
  if (params.panelFile === null) return loadGuangdongPanel({ to: Math.min(to, PANEL_YEARS.last) });
  const t = await readPanel(params.panelFile);
  return params.year === null ? t : t.params({ to }).filter((d: { year: number }, $: { to: number }) => d.year <= $.to);
}

/**
 * Show a narrative paragraph (restricted Markdown, numbers already filled in) and hand it to the report.
 * @example
 * say(`2010年珠三角占全省GDP的**${formatPercent(79.0)}**。`)
 */
export function say(markdown: string): void {
  emit({ kind: 'text', markdown }, { 'text/markdown': markdown, 'text/html': renderMarkdown(markdown) });
}

/**
 * Show and record a headline number (pinned by the golden test, quotable in findings).
 * @returns the value, for use in the narrative.
 * @example
 * headline('cities', 21, '城市数', '个', 0) // 21
 */
export function headline(key: string, value: number, label: string, unit = '', digits = 2): number {
  emit(
    { kind: 'headline', key, value, label, unit, digits },
    { 'text/markdown': `**${label}**: ${formatHeadlineValue({ key, value, unit, digits })} ${unit}`.trim() },
  );
  return value;
}

/**
 * Record a point for the summary page (一、基本情况 … 四、对策建议); the assembler numbers it and
 * adds this chapter as its reference.
 * @example
 * finding('achievement', '2010—2020年粤东西北人均GDP增速高于珠三角。')
 */
export function finding(section: FindingSection, text: string): void {
  emit({ kind: 'finding', section, text }, { 'text/markdown': `> ${FINDING_SECTIONS[section].zh}: ${text}` });
}

/**
 * Print a headline's value with its own `digits`; a year (unit `年`/`year`, or a key ending in
 * `year`, and an integer value) prints without a thousands separator: 1994, not 1,994.
 * @example
 * formatHeadlineValue({ key: 'a', value: 21, unit: '个', digits: 0 }) // '21'
 * formatHeadlineValue({ key: 'panel.lastYear', value: 2021, unit: '', digits: 0 }) // '2021'
 */
export function formatHeadlineValue(h: { key: string; value: number; unit: string; digits: number }): string {
  const isYear = /^(年|year|years?)$/i.test(h.unit.trim()) || /(^|[._])(year|from|to)$/i.test(h.key) || /Year$/.test(h.key);
  if (isYear && Number.isInteger(h.value)) return String(h.value);
  return formatThousands(h.value, { digits: h.digits });
}

/** A column of {@link table}. */
export interface TableColumn {
  key: string;
  label: string;
  /** Decimals for numbers (default 2). */
  digits?: number;
  /** `year`: printed without thousands separators (default for keys `year`, `from`, `to` and keys ending in `_year` or `Year`). */
  kind?: 'year' | 'number';
}

/**
 * Format one table cell as text: numbers with the column's decimals through the charts layer's
 * one number formatter (`formatThousands`: halves away from zero, no "-0.0", NaN refused),
 * years without separators, missing values empty.
 * @throws RangeError for NaN or ±Infinity.
 */
export function formatCell(value: string | number | null | undefined, column: { key: string; digits?: number; kind?: 'year' | 'number' }): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return value;
  const isYear = column.kind === 'year' || (column.kind === undefined && /^(year|from|to)$|_year$|[a-z]Year$/.test(column.key));
  if (isYear && Number.isInteger(value)) return String(value);
  return formatThousands(value, { digits: column.digits ?? 2 });
}

/**
 * Show a table (HTML, every label escaped) and hand it to the report.
 * @param rows - plain records; values that are not string/number become strings, `null` stays empty.
 * @example
 * table('00-coverage', '数据覆盖', [{ key: 'year', label: '年份', digits: 0 }], [{ year: 2010 }])
 */
export function table(
  id: string,
  title: string,
  columns: readonly TableColumn[],
  rows: readonly object[],
  note?: string,
): void {
  const clean = rows.map((r) => {
    const o: Record<string, string | number | null> = {};
    for (const c of columns) {
      const v = (r as Record<string, unknown>)[c.key];
      o[c.key] = v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
    }
    return o;
  });
  const record: TableRecord = { kind: 'table', id, title, columns: columns.map((c) => ({ ...c })), rows: clean };
  if (note !== undefined) record.note = note;
  emit(record, { 'text/html': tableHtml(record) });
}

/** Render a table record as an HTML table (the charts layer's one table renderer; all content escaped). */
export function tableHtml(t: Omit<TableRecord, 'kind'>): string {
  const rows = t.rows.map((r) => t.columns.map((c) => ({ text: formatCell(r[c.key], c), numeric: typeof r[c.key] === 'number' })));
  const note = t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : '';
  // URLs may break anywhere (class url), long Latin tokens too (class long); short words never (class short); checksums break in the appendix's .hashes block; every other cell keeps its words whole (CSS keep-all).
  const html = htmlTable({ className: 'data', caption: t.title, header: t.columns.map((c) => c.label), rows })
    .replace(/<td>(https?:\/\/)/g, '<td class="url">$1')
    // a cell holding a long Latin token (a key, a list of flags joined without spaces) may break it
    .replace(/<t([dh])>([^<]*)<\/t[dh]>/g, (m: string, tag: string, text: string) => {
      const plain = text.replace(/&[a-z]+;/g, '&');
      if (/[!-~\u00c0-\u024f]{17}/.test(plain) && !/^[0-9a-f]{32,}$/.test(plain)) return `<t${tag} class="long">${text}</t${tag}>`;
      // a short word or label (up to 8 characters, no space) is never wrapped inside
      if (plain !== '' && !/\s/.test(plain) && Array.from(plain).length <= 8) return `<t${tag} class="short">${text}</t${tag}>`;
      return m;
    });
  return html + note;
}

/**
 * Show a chart (SVG inline) and hand its spec to the report, which renders `figures/<id>.svg` and `.png`.
 * @param spec - a vega-lite `TopLevelSpec` built by the charts layer.
 * @throws TypeError when `spec` is not a vega-lite spec.
 * @example
 * await figure('01-growth-gap', '人均GDP增幅与GDP增幅差距', growthGapChart(gapTable))
 */
export async function figure(id: string, title: string, spec: object, note?: string): Promise<void> {
  if (!isVegaLiteSpec(spec)) throw new TypeError(`figure("${id}"): the spec is not a vega-lite spec (build it with the charts layer)`);
  const svg = normaliseSvgIds(await renderSvg(spec));
  const b64 = Buffer.from(svg, 'utf8').toString('base64');
  const human: Record<string, unknown> = {
    'text/plain': `[figure ${id}] ${title}`,
    'text/html': `<figure><img alt="${escapeHtml(title)}" src="data:image/svg+xml;base64,${b64}"><figcaption>${escapeHtml(title)}</figcaption></figure>`,
  };
  const spec2 = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  emit(note === undefined ? { kind: 'figure', id, title, spec: spec2 } : { kind: 'figure', id, title, spec: spec2, note }, human);
}
