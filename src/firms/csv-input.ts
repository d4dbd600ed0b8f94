/**
 * Checks done in JavaScript before DuckDB reads a firm-panel CSV: the file exists, is text,
 * is UTF-8 throughout (DuckDB's reader passes other bytes through), has a header row, and
 * every file of a glob has the same header. Also turns DuckDB's strict-parsing errors
 * ("CSV Error on Line: N") into {@link DataError}s naming the file and line.
 * @module
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { DataError } from '../core/errors.js';
import { assertTextFile, checkHeader } from '../data/read-tabular.js';
import { clipText } from '../data/suggest.js';

/** What {@link readCsvHeader} found at the top of a file. */
export interface CsvHead {
  /** Column names, trimmed. */
  header: string[];
  /** `,` or, when the header has tabs and no commas, a tab. */
  delimiter: string;
}

const CHUNK = 1 << 24;

function readBytes(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

function lineOf(fd: number, upTo: number): number {
  let line = 1;
  for (let pos = 0; pos < upTo; pos += CHUNK) {
    const part = readBytes(fd, pos, Math.min(CHUNK, upTo - pos));
    for (let i = part.indexOf(0x0a); i >= 0; i = part.indexOf(0x0a, i + 1)) line++;
  }
  return line;
}

/**
 * Read the header row of a CSV file and check the file as text: not empty, not binary (ZIP,
 * XLSX, Parquet… by magic number, or NUL bytes), UTF-8 from the first to the last byte
 * (checked in 16 MB chunks with `buffer.isUtf8`; a UTF-16 file is refused), a header with
 * safe, unique, non-empty names.
 * @throws DataError `unreadable` (missing, binary or not UTF-8, naming the first bad line),
 *   `empty` (0 bytes, or no header row), `invalid`/`unsafe-header` (bad header names).
 */
export function readCsvHeader(path: string, file: string): CsvHead {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new DataError('unreadable', `cannot open ${path}`, { file }, 'check the path (or glob)');
  }
  if (size === 0) {
    throw new DataError('empty', 'the firm panel file is empty (0 bytes)', { file }, 'give a CSV file with a header row (firm_id, year, city_code, industry_code, output…) and data rows');
  }
  const fd = openSync(path, 'r');
  try {
    const head = readBytes(fd, 0, Math.min(size, 1 << 16));
    assertTextFile(head, file);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw new DataError('unreadable', 'the file is UTF-16 text; firm panels are read as UTF-8', { file }, 'save the CSV as UTF-8');
    }
    // UTF-8 everywhere: chunks cut after their last newline so no character is split.
    let pos = 0;
    while (pos < size) {
      let part = readBytes(fd, pos, Math.min(CHUNK, size - pos));
      if (pos + part.length < size) {
        const nl = part.lastIndexOf(0x0a);
        if (nl >= 0) part = part.subarray(0, nl + 1);
      }
      if (!isUtf8(part)) {
        let bad = 0;
        let start = 0;
        let line = lineOf(fd, pos);
        for (;;) {
          let end = part.indexOf(0x0a, start);
          if (end < 0) end = part.length;
          if (!isUtf8(part.subarray(start, end))) { bad = line; break; }
          start = end + 1;
          line++;
          if (start >= part.length) break;
        }
        const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
        throw new DataError('unreadable',
          bom
            ? `mixed encodings: the file starts with a UTF-8 byte-order mark but line ${bad} holds bytes that are not UTF-8 (GBK text pasted into a UTF-8 file?)`
            : `the file is not UTF-8: line ${bad} holds bytes that are not UTF-8 (a GBK export?)`,
          { file, row: bad - 1 },
          'save the whole file as CSV UTF-8 (e.g. iconv -f GBK -t UTF-8)');
      }
      pos += part.length;
    }
    let text = head.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const nl = text.search(/\r?\n/);
    const first = nl < 0 ? text : text.slice(0, nl);
    if (first.trim() === '') {
      throw new DataError('empty', 'the firm panel file has no header row (its first line is blank)', { file, row: 0 },
        'the first line must name the columns: firm_id, year, city_code, industry_code, output…');
    }
    const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : ',';
    let cells: string[];
    try {
      cells = (parse(first, { delimiter, relax_quotes: false }) as string[][])[0] ?? [];
    } catch (e) {
      throw new DataError('unreadable', `cannot parse the header row: ${clipText((e as Error).message, 200)}`, { file, row: 0 }, 'check the quotes in the first line');
    }
    const header = cells.map((h) => h.trim());
    checkHeader(header, file);
    return { header, delimiter };
  } finally {
    closeSync(fd);
  }
}

/**
 * A DataError for a DuckDB CSV-reading error (strict parsing: ragged row, unclosed quote…),
 * naming the file and line; undefined when the error is not one of those.
 * `row` is the 1-based data row (file line − 1, header = row 0).
 */
export function csvReadError(e: unknown, fallbackFile: string): DataError | undefined {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /CSV Error on Line: (\d+)/.exec(msg);
  if (!m) return undefined;
  const line = Number(m[1]);
  const file = /\n\s*file = (.*)\n/.exec(msg)?.[1]?.trim() ?? fallbackFile;
  const cols = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(msg);
  if (cols) {
    const found = Number(cols[2]);
    const expected = Number(cols[1]);
    return new DataError('ragged-row', `line ${line} has ${found > expected ? 'more' : 'fewer'} cells than the header (${found} instead of ${expected}); the file is not read rather than reshaped`,
      { file, row: line - 1 }, 'every row needs as many cells as the header: check for an unquoted comma, a missing cell or a line break inside a value');
  }
  if (/unterminated quote/i.test(msg)) {
    return new DataError('unreadable', `line ${line} opens a quote that is never closed; the file is not read rather than reshaped`,
      { file, row: line - 1 }, 'close the quote (or double a quote inside a quoted value: "" )');
  }
  const reason = msg.split('\n').find((l, i) => i > 1 && l.trim() !== '' && !/^Original Line/.test(l)) ?? 'malformed row';
  return new DataError('unreadable', `line ${line} is not well-formed CSV: ${clipText(reason.trim(), 200)}`, { file, row: line - 1 },
    'fix the line (quotes, delimiters) and open the file again');
}
