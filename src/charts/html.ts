/**
 * HTML output for notebooks and the report: escaping, tables with Chinese number formats,
 * and charts as inline images.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../core/errors.js';
import { formatThousands, formatPercent, formatPp, formatWan, formatYi, MISSING } from './format.js';
import { renderSvg, svgToPng } from './render.js';
import type { RowsInput } from './types.js';

/**
 * Escape text for HTML element content and quoted attribute values (`& < > " '`);
 * `null`/`undefined` become the empty string. Exported from the package as `escapeHtml` (alias `htmlEscape`).
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: unknown): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** How a table column is formatted. */
export type ColumnFormat = 'text' | 'number' | 'integer' | 'year' | 'yi' | 'wan' | 'percent' | 'fraction-percent' | 'pp';

/** One column of an HTML table. */
export interface HtmlTableColumn {
  /** Field name in the rows. */
  name: string;
  /** Header text (default: the field name). */
  label?: string;
  /** Format (default: `year` for a column named `year`, `integer` for whole numbers, `number` with 2 decimals otherwise, `text` for the rest). */
  format?: ColumnFormat;
  /** Decimals (formatter default otherwise). */
  digits?: number;
}

/** Options of {@link tableToHtml}. */
export interface TableHtmlOptions {
  /** Columns in order (default: every column of the first row, formats inferred). */
  columns?: readonly HtmlTableColumn[];
  /** Caption above the table. */
  caption?: string;
  /** A note under the table (e.g. the source); the rounding rule is always stated. */
  note?: string;
  /** Language of the rounding note (default 'zh'). */
  lang?: 'zh' | 'en';
}

function isTableLike(x: unknown): x is { objects(): Record<string, unknown>[] } {
  return typeof x === 'object' && x !== null && typeof (x as { objects?: unknown }).objects === 'function';
}

function inferFormat(name: string, values: unknown[]): ColumnFormat {
  if (name === 'year') return 'year';
  const nums = values.filter((v) => v !== null && v !== undefined);
  if (nums.length > 0 && nums.every((v) => typeof v === 'number')) {
    return nums.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  }
  return 'text';
}

function formatCell(v: unknown, format: ColumnFormat, digits: number | undefined, where: { column: string; row: number }): string {
  if (v === null || v === undefined) return MISSING;
  if (format === 'text') return String(v);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new DataError('not-a-number', `expected a finite number for format "${format}", got ${JSON.stringify(v)}`,
      { function: 'tableToHtml', row: where.row, column: where.column }, 'use null for a missing value, or format the column as text');
  }
  const o = digits === undefined ? {} : { digits };
  switch (format) {
    case 'year': return String(v);
    case 'integer': return formatThousands(v, { digits: 0, ...o });
    case 'number': return formatThousands(v, { digits: 2, ...o });
    case 'yi': return formatYi(v, o);
    case 'wan': return formatWan(v, o);
    case 'percent': return formatPercent(v, o);
    case 'fraction-percent': return formatPercent(v, { ...o, fraction: true });
    case 'pp': return formatPp(v, o);
  }
}

/** A cell of {@link htmlTable}: the text as shown (escaped by the renderer) and whether it is a number (right-aligned). */
export interface HtmlTableCell {
  text: string;
  numeric: boolean;
}

/** What {@link htmlTable} draws. */
export interface HtmlTableParts {
  /** CSS class of the `<table>`. */
  className: string;
  /** Caption (left out when empty). */
  caption?: string;
  header: readonly string[];
  rows: readonly (readonly HtmlTableCell[])[];
}

/**
 * The one HTML table renderer of the library (used by {@link tableToHtml} and by the report's
 * tables): caption, header and cells HTML-escaped; numeric cells carry `class="num"`.
 * @example
 * ```ts
 * htmlTable({ className: 'data', header: ['城市'], rows: [[{ text: '<b>', numeric: false }]] })
 * // '<table class="data"><thead><tr><th>城市</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>'
 * ```
 */
export function htmlTable(t: HtmlTableParts): string {
  const caption = t.caption ? `<caption>${escapeHtml(t.caption)}</caption>` : '';
  const head = t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = t.rows.map((r) => '<tr>' + r.map((c) => `<td${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.text)}</td>`).join('') + '</tr>').join('');
  return `<table class="${escapeHtml(t.className)}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * An HTML `<table>` of the rows with Chinese number formats; every header and cell is
 * HTML-escaped; numeric cells are right-aligned; a note states the rounding rule.
 * @throws DataError when a numeric column holds a non-number (null is written "—").
 * @example
 * ```ts
 * tableToHtml([{ city: '广州', gdp: 28231.97 }], { columns: [{ name: 'city' }, { name: 'gdp', format: 'yi' }] })
 * // '<table class="prd-table">…<td class="num">28,232.0 亿元</td>…</table>…'
 * ```
 */
export function tableToHtml(rows: RowsInput<object>, options: TableHtmlOptions = {}): string {
  const data = (isTableLike(rows) ? rows.objects() : (rows as readonly Record<string, unknown>[])) as readonly Record<string, unknown>[];
  const names = options.columns?.map((c) => c.name) ?? Object.keys(data[0] ?? {});
  const cols = names.map((name, j) => {
    const given = options.columns?.[j];
    return {
      name,
      label: given?.label ?? name,
      format: given?.format ?? inferFormat(name, data.map((r) => r[name])),
      digits: given?.digits,
    };
  });
  const lang = options.lang ?? 'zh';
  const rowsOut = data.map((r, i) => cols.map((c) => ({
    text: formatCell(r[c.name], c.format, c.digits, { column: c.name, row: i + 1 }),
    numeric: c.format !== 'text',
  })));
  const rounding = lang === 'zh'
    ? '注：数值按显示位数四舍五入（五入远离零）；“—”表示无数据。'
    : 'Note: values rounded half away from zero to the digits shown; "—" means no data.';
  const note = options.note ? `${escapeHtml(options.note)} ` : '';
  return [
    '<div class="prd-table-wrap">',
    '<style>.prd-table{border-collapse:collapse;font-size:13px}.prd-table th,.prd-table td{border:1px solid #ccc;padding:2px 6px}.prd-table td.num{text-align:right;font-variant-numeric:tabular-nums}.prd-table-note{font-size:12px;color:#555}</style>',
    htmlTable({ className: 'prd-table', ...(options.caption ? { caption: options.caption } : {}), header: cols.map((c) => c.label), rows: rowsOut }),
    `<p class="prd-table-note">${note}${escapeHtml(rounding)}</p>`,
    '</div>',
  ].join('\n');
}

/** True when `x` looks like a vega-lite spec rather than a table. */
export function isVegaLiteSpec(x: unknown): x is TopLevelSpec {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || isTableLike(x)) return false;
  const o = x as Record<string, unknown>;
  return ['mark', 'layer', 'facet', 'hconcat', 'vconcat', 'concat', 'repeat', 'spec'].some((k) => k in o)
    || (typeof o.$schema === 'string' && o.$schema.includes('vega-lite'));
}

/** Options of {@link toHtml} and `display`. */
export interface ToHtmlOptions extends TableHtmlOptions {
  /** For charts: also embed a PNG as fallback for viewers that cannot show SVG (default true). */
  pngFallback?: boolean;
  /** PNG pixel density (default 2). */
  scale?: number;
  /** Alternative text of a chart (default: the spec's title). */
  alt?: string;
}

function specTitle(spec: TopLevelSpec): string {
  const t = (spec as { title?: unknown }).title;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && 'text' in t) return String((t as { text: unknown }).text);
  return 'chart';
}

/**
 * HTML for a chart (SVG as a base64 `data:` image, so nbconvert keeps it, inside a `<picture>`
 * whose `<img>` is a PNG fallback) or for a table ({@link tableToHtml}).
 * @example
 * ```ts
 * await toHtml(growthGapChart(rows)) // '<figure class="prd-chart"><picture><source type="image/svg+xml" srcset="data:image/svg+xml;base64,…'
 * ```
 */
export async function toHtml(specOrTable: TopLevelSpec | RowsInput<object>, options: ToHtmlOptions = {}): Promise<string> {
  if (!isVegaLiteSpec(specOrTable)) return tableToHtml(specOrTable as RowsInput<object>, options);
  const spec = specOrTable;
  const alt = escapeHtml(options.alt ?? specTitle(spec));
  const svg = await renderSvg(spec);
  const svgUri = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  if (options.pngFallback === false) {
    return `<figure class="prd-chart"><img alt="${alt}" src="${svgUri}"></figure>`;
  }
  const png = await svgToPng(svg, { scale: options.scale ?? 2 });
  const pngUri = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const width = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1];
  const w = width ? ` width="${escapeHtml(width)}"` : '';
  return `<figure class="prd-chart"><picture><source type="image/svg+xml" srcset="${svgUri}"><img alt="${alt}"${w} src="${pngUri}"></picture></figure>`;
}
