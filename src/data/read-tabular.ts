/**
 * Low-level reader of users' tabular files: CSV (UTF-8 with or without BOM, UTF-16 with BOM,
 * GBK/GB18030 — what Chinese Excel exports — detected automatically) and XLSX (through
 * `exceljs`; the `xlsx` package is never used). Returns the header and the raw rows with their
 * row numbers, after the checks every table needs: not empty, safe and unique header names,
 * no ragged rows, no formula cells. Typed validation is {@link validateRecords}'s job.
 * @module
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { clipText } from './suggest.js';

/** A raw cell: what the file holds, before typing. */
export type CellValue = string | number | boolean | Date | null;

/** One data row with its 1-based row number (the header is row 0). */
export interface TabularRow {
  readonly row: number;
  readonly values: readonly CellValue[];
}

/** What {@link readTabular} returns. */
export interface TabularData {
  /** File name as given (used in every error and warning). */
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  /** Encoding used to decode a CSV file (`utf-8`, `utf-16le`, `gb18030`…); undefined for XLSX. */
  readonly encoding: string | undefined;
  /** Header names, trimmed. */
  readonly header: readonly string[];
  /** Data rows (entirely empty rows are skipped; row numbers stay those of the file). */
  readonly rows: readonly TabularRow[];
}

/** Options of {@link readTabular}. */
export interface ReadTabularOptions {
  /** CSV encoding; `auto` (default) = BOM, else strict UTF-8, else GB18030 (a superset of GBK). */
  encoding?: 'auto' | 'utf-8' | 'utf8' | 'gbk' | 'gb18030' | 'utf-16le';
  /** CSV delimiter; default: `,` unless the header has tabs and no commas (then tab). */
  delimiter?: string;
  /** XLSX worksheet by name or 1-based index; default the first. */
  sheet?: string | number;
  /**
   * XLSX formula cells: `refuse` (default) throws a DataError `formula-cell`; `cached` uses
   * the value Excel last computed and records a warning. Refusing is the default because a
   * cached result can be stale or absent (files written by other tools).
   */
  formulas?: 'refuse' | 'cached';
  /** Receives each warning (they also go through the library's warning handler). */
  onWarning?: (w: DataWarning) => void;
  /** Name used in messages instead of the path's base name. */
  label?: string;
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws unless the header names are non-empty, unique and safe as object keys. */
export function checkHeader(header: readonly string[], file: string): void {
  if (header.length === 0) throw new DataError('empty', 'the file has no header row', { file, row: 0 }, 'the first row must name the columns');
  const seen = new Map<string, number>();
  header.forEach((h, j) => {
    if (UNSAFE.has(h)) {
      throw new DataError('unsafe-header', `"${h}" cannot be a column name`, { file, row: 0, column: h },
        'rename the column: __proto__, constructor and prototype are refused because they could alter objects');
    }
    if (h === '') {
      throw new DataError('invalid', `column ${j + 1} has an empty name`, { file, row: 0 }, 'give every column a name or delete the empty column');
    }
    const prev = seen.get(h);
    if (prev !== undefined) {
      throw new DataError('invalid', `column name "${h}" appears twice (columns ${prev + 1} and ${j + 1})`, { file, row: 0, column: h },
        'give each column a distinct name');
    }
    seen.set(h, j);
  });
}

/** Magic numbers of common non-text files that users rename to .csv. */
const MAGIC: ReadonlyArray<{ bytes: readonly number[]; what: string; hint: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an .xlsx workbook or a zipped file renamed .csv?)', hint: 'give the .xlsx path as it is, or open it in Excel/WPS and save it as CSV (UTF-8)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel .xls workbook', hint: 'save the workbook as .xlsx or export it as CSV' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'decompress it first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: 'export the table as CSV or XLSX' },
  { bytes: [0x50, 0x41, 0x52, 0x31], what: 'a Parquet file', hint: 'read Parquet with openFirmPanel, or export the table as CSV' },
];

/**
 * Throws a DataError `unreadable` when the bytes are not a text file: a known binary format
 * (ZIP/XLSX, XLS, gzip, PDF, Parquet) by its magic number, or NUL bytes in the first 64 KB
 * (a text file in UTF-8 or GBK has none; UTF-16 with a byte-order mark is accepted).
 * @example
 * ```ts
 * assertTextFile(Buffer.from('a,b\n1,2\n'), 'x.csv'); // passes
 * ```
 */
export function assertTextFile(bytes: Uint8Array, file: string): void {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) {
      throw new DataError('unreadable', `the file is not text: it is ${m.what}`, { file }, m.hint);
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      throw new DataError('unreadable', `the file is not text: it holds a NUL byte at byte ${i + 1}`, { file },
        'give a CSV file (UTF-8 or GBK text); save spreadsheets as CSV or pass the .xlsx file');
    }
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Lines (1-based, header = line 1) of `bytes` that are / are not valid UTF-8, looking at lines with non-ASCII bytes only. */
function utf8Lines(bytes: Uint8Array): { firstInvalid: number | undefined; firstValidCjk: number | undefined } {
  let firstInvalid: number | undefined;
  let firstValidCjk: number | undefined;
  let start = 0;
  let line = 1;
  while (start <= bytes.length && (firstInvalid === undefined || firstValidCjk === undefined)) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const part = bytes.subarray(start, end);
    if (part.some((b) => b >= 0x80)) {
      const text = tryUtf8(part);
      if (text === undefined) firstInvalid ??= line;
      else if (firstValidCjk === undefined && (text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2) firstValidCjk = line;
    }
    start = end + 1;
    line++;
  }
  return { firstInvalid, firstValidCjk };
}

/**
 * Decode a text file. `auto`: a UTF-8 or UTF-16 byte-order mark decides; else strict UTF-8;
 * else GB18030 (a superset of GBK). Mixed encodings are refused: a UTF-8 BOM followed by bytes
 * that are not UTF-8, or lines of UTF-8 Chinese next to lines that are not UTF-8.
 * @throws DataError `unreadable` naming the first line that does not decode.
 */
export function decodeText(bytes: Buffer, encoding: NonNullable<ReadTabularOptions['encoding']>, file: string): { text: string; encoding: string } {
  if (encoding !== 'auto') {
    const enc = encoding === 'utf8' ? 'utf-8' : encoding;
    if (enc === 'utf-8') {
      const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      const text = tryUtf8(body);
      if (text === undefined) {
        const { firstInvalid } = utf8Lines(body);
        throw new DataError('unreadable', `the file is not valid UTF-8 (first bad bytes on line ${firstInvalid ?? '?'})`, { file, row: firstInvalid === undefined ? undefined : firstInvalid - 1 },
          "save it again as UTF-8, or pass { encoding: 'gbk' } if it is a GBK file");
      }
      return { text, encoding: enc };
    }
    let text = iconv.decode(bytes, enc);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, encoding: enc };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = tryUtf8(body);
    if (text === undefined) {
      const { firstInvalid } = utf8Lines(body);
      throw new DataError('unreadable',
        `mixed encodings: the file starts with a UTF-8 byte-order mark but line ${firstInvalid ?? '?'} holds bytes that are not UTF-8 (GBK text pasted into a UTF-8 file?)`,
        { file, row: firstInvalid === undefined ? undefined : firstInvalid - 1 },
        'convert the whole file to one encoding (save it again as CSV UTF-8)');
    }
    return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const { firstInvalid, firstValidCjk } = utf8Lines(bytes);
  if (firstInvalid !== undefined && firstValidCjk !== undefined) {
    throw new DataError('unreadable',
      `mixed encodings: line ${firstValidCjk} is UTF-8 Chinese text but line ${firstInvalid} holds bytes that are not UTF-8 (GBK?)`,
      { file, row: firstInvalid - 1 }, 'convert the whole file to one encoding (save it again as CSV UTF-8)');
  }
  if (!iconv.encodingExists('gb18030')) throw new DataError('unreadable', 'the file is not UTF-8', { file });
  return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
}

function readCsv(path: string, file: string, options: ReadTabularOptions): TabularData {
  const bytes = readFileSync(path);
  if (bytes.length > 0) assertTextFile(bytes, file);
  const { text, encoding } = decodeText(bytes, options.encoding ?? 'auto', file);
  if (text.trim() === '') throw new DataError('empty', 'the file is empty', { file }, 'export the table with a header row and at least one data row');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = options.delimiter ?? (firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',');
  // Text without any quote character has one record per line and one cell per delimiter
  // (RFC 4180): String.split on the line end csv-parse would detect (the first one met,
  // \n or \r\n) gives the same cells as csv-parse, several times faster, and each line is split
  // as the rows are built (no array of all lines first). Anything else (quotes, bare \r line
  // ends) goes through csv-parse.
  // arquero's fromCSV was checked and not used: it pads or drops the cells of ragged rows.
  const firstBreak = text.search(/[\r\n]/);
  const recordDelimiter = firstBreak < 0 ? '\n' : text.startsWith('\r\n', firstBreak) ? '\r\n' : text[firstBreak]!;
  const quoteFree = !text.includes('"') && recordDelimiter !== '\r';
  let records: string[][] | undefined;
  try {
    if (!quoteFree) {
      records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
      if (records.length > 1 && records[records.length - 1]!.length === 1 && records[records.length - 1]![0] === '') records.pop();
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DataError('unreadable', `cannot parse the CSV: ${clipText(err.message, 200)}`, { file, row: err.lines !== undefined ? err.lines - 1 : undefined },
      'check the quotes on that line');
  }
  // Lines are cut one at a time (the same pieces as text.split(recordDelimiter)), so a line's
  // text is garbage as soon as its cells are taken.
  let pos = 0;
  let k = 0;
  const nextCells = (): string[] | undefined => {
    if (records) return records[k++];
    if (pos > text.length) return undefined;
    let end = text.indexOf(recordDelimiter, pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + recordDelimiter.length;
    return line.split(delimiter);
  };
  const header = (nextCells() ?? []).map((h) => h.trim());
  checkHeader(header, file);
  const width = header.length;
  const rows: TabularRow[] = [];
  for (let row = 1; ; row++) {
    const cells = nextCells();
    if (cells === undefined) break;
    let blank = true;
    for (let j = 0; j < cells.length && blank; j++) if (cells[j]!.length > 0 && cells[j]!.trim() !== '') blank = false;
    if (blank) continue;
    if (cells.length !== width) {
      throw new DataError('ragged-row', `row has ${cells.length} cells but the header has ${width}`, { file, row },
        'every row needs as many cells as the header (check for an unquoted comma or a missing cell)');
    }
    rows.push({ row, values: cells });
  }
  if (rows.length === 0) throw new DataError('empty', 'the file has a header but no data rows', { file }, 'add at least one data row');
  return { file, format: 'csv', encoding, header, rows };
}

type XCell = { value: unknown; address: string };

async function readXlsx(path: string, file: string, options: ReadTabularOptions): Promise<TabularData> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (!(head[0] === 0x50 && head[1] === 0x4b)) {
    assertTextFile(head, file);
    throw new DataError('unreadable', 'the file is not an XLSX workbook (an .xlsx file is a ZIP archive; this one is not — a CSV renamed .xlsx?)', { file },
      'give the file its real extension (.csv for a text table), or save it again as .xlsx from Excel/WPS');
  }
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new DataError('unreadable', `cannot read the workbook: ${(e as Error).message}`, { file }, 'save it again as .xlsx from Excel/WPS');
  }
  const ws = options.sheet === undefined ? wb.worksheets[0]
    : typeof options.sheet === 'number' ? wb.worksheets[options.sheet - 1] : wb.getWorksheet(options.sheet);
  if (!ws) throw new DataError('unreadable', `worksheet ${options.sheet ?? 1} not found`, { file }, `available: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  let warnedFormula = false;
  const cellValue = (cell: XCell, row: number, column: string | undefined): CellValue => {
    const v = cell.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('formula' in o || 'sharedFormula' in o) {
        if ((options.formulas ?? 'refuse') === 'refuse') {
          throw new DataError('formula-cell', `cell ${cell.address} holds a formula (=${clipText(String(o.formula ?? o.sharedFormula))})`, { file, row, column },
            "save the sheet with values only (Paste Special → Values), or pass { formulas: 'cached' } to use the value Excel last computed");
        }
        const result = o.result;
        if (!warnedFormula) {
          warnedFormula = true;
          const w = warn({ code: 'formula-cached', file, row, column,
            message: `formula cells found (first at ${cell.address}); using the values Excel last computed — they may be stale` });
          options.onWarning?.(w);
        }
        if (result === undefined || result === null) {
          throw new DataError('formula-cell',
            `cell ${cell.address} holds a formula (=${clipText(String(o.formula ?? o.sharedFormula))}) with no cached value: the file was saved by a program that does not compute formulas, so there is no value to read`,
            { file, row, column },
            'open the file in Excel/WPS and save it (the values are then computed and stored), or replace the formulas by their values');
        }
        if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
        return result as CellValue;
      }
      if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
      if ('text' in o) return String(o.text);
      if ('error' in o) return String(o.error);
    }
    return String(v);
  };
  const header: string[] = [];
  const headerRow = ws.getRow(1);
  const width = headerRow.cellCount;
  for (let c = 1; c <= width; c++) {
    const v = cellValue(headerRow.getCell(c) as unknown as XCell, 0, undefined);
    header.push(v === null ? '' : String(v).trim());
  }
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  if (header.length === 0 && ws.rowCount <= 1) throw new DataError('empty', 'the worksheet is empty', { file }, 'put a header row and data rows on the first sheet');
  checkHeader(header, file);
  const rows: TabularRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const xr = ws.getRow(r);
    const row = r - 1;
    const values: CellValue[] = [];
    let any = false;
    for (let c = 1; c <= Math.max(header.length, xr.cellCount); c++) {
      const v = cellValue(xr.getCell(c) as unknown as XCell, row, header[c - 1]);
      const filled = v !== null && !(typeof v === 'string' && v.trim() === '');
      if (c > header.length) {
        if (filled) {
          throw new DataError('ragged-row', `cell ${String.fromCharCode(64 + Math.min(c, 26))}${r} lies outside the ${header.length} named columns`, { file, row },
            'name the column in the header row or delete the stray cell');
        }
        continue;
      }
      if (filled) any = true;
      values.push(v);
    }
    if (any) rows.push({ row, values });
  }
  if (rows.length === 0) throw new DataError('empty', 'the worksheet has a header but no data rows', { file }, 'add at least one data row');
  return { file, format: 'xlsx', encoding: undefined, header, rows };
}

/**
 * Read a CSV or XLSX file into a header and raw rows with row numbers (the generic machinery
 * behind `readPanel`, also used by the parks module). The format follows the extension
 * (`.xlsx` → exceljs; anything else → CSV).
 * @throws DataError `unreadable` (missing or damaged file), `empty`, `unsafe-header`
 *   (`__proto__`, `constructor`, `prototype`), `invalid` (blank or duplicate header),
 *   `ragged-row`, `formula-cell` — each with file, row and column.
 * @example
 * ```ts
 * const t = await readTabular('my-panel.csv');
 * t.header // ['city', 'year', 'gdp']
 * t.rows[0] // { row: 1, values: ['广州', '2010', '10748.28'] }
 * ```
 */
export async function readTabular(path: string, options: ReadTabularOptions = {}): Promise<TabularData> {
  const file = options.label ?? basename(path);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new DataError('unreadable', `cannot open ${path}`, { file }, 'check the path');
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xls') {
    throw new DataError('unreadable', 'old .xls workbooks are not supported', { file }, 'save the workbook as .xlsx or export it as CSV');
  }
  return ext === '.xlsx' || ext === '.xlsm' ? readXlsx(path, file, options) : readCsv(path, file, options);
}
