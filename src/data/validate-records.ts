/**
 * Typed validation of raw rows against a declared schema: key columns, numeric columns with
 * units and bounds, declared missing markers, categories. Shared by `readPanel`,
 * `panelFromRecords` and the parks module's readers.
 * @module
 */
import { DataError } from '../core/errors.js';
import { warn, type DataWarning } from '../core/warnings.js';
import { checkHeader, type CellValue, type TabularData } from './read-tabular.js';
import { clipText } from './suggest.js';

/** Declaration of one column. */
export interface ColumnSpec {
  /** Cell type after parsing. */
  type: 'number' | 'integer' | 'string' | 'boolean';
  /** The column must be present (default false). */
  required?: boolean;
  /** Cells may be missing (default true). */
  nullable?: boolean;
  /** Other accepted header names (matched case-insensitively), e.g. `['年份']` for year. */
  aliases?: readonly string[];
  /** Declared unit, shown in messages (e.g. `亿元`, `万人`, `%`). */
  unit?: string;
  /** Inclusive bounds; a value outside throws `out-of-range`. */
  min?: number;
  max?: number;
  /** Values must be > 0 (e.g. population): zero or negative throws `out-of-range`. */
  positive?: boolean;
  /** What the number is: `growth` turns on the 100-based-index check. */
  kind?: 'growth' | 'share' | 'level' | 'population';
  /** Typical range in the declared unit; a value ≥ 1000× outside records a `unit-mismatch` warning. */
  plausible?: readonly [number, number];
  /** Allowed values of a string column (`unknown-category` otherwise). */
  values?: readonly string[];
}

/** A declared table schema. */
export interface RecordSchema {
  columns: Readonly<Record<string, ColumnSpec>>;
  /** Columns whose combination must be unique (e.g. `['city_code', 'year']`). */
  keys?: readonly string[];
  /** Cell texts meaning "missing" (default `['']`); anything else in a number column must parse. */
  missing?: readonly string[];
  /** Undeclared columns: `keep` (default, values as given) or `refuse`. */
  extra?: 'keep' | 'refuse';
}

/** Result of {@link validateRecords}. */
export interface ValidatedRecords {
  /** Header after alias resolution (declared names replace aliases), in input order. */
  columns: string[];
  /** New records (the input is never modified). */
  records: Record<string, unknown>[];
  /** 1-based row number of each record in the input. */
  rowNumbers: number[];
  /** Warnings recorded while validating. */
  warnings: DataWarning[];
}

/** Options of {@link validateRecords}. */
export interface ValidateOptions {
  /** Receives each warning (they also go through the library's warning handler). */
  onWarning?: (w: DataWarning) => void;
  /**
   * Percent columns (`kind: 'share'` or `'growth'`) whose every value lies within ±1 look like
   * fractions (0.37 for 37 %, or Excel cells formatted as percent: 13.0 % stored as 0.13).
   * `'warn'` (default): warn `percent-as-fraction` and keep the values as given. `'convert'`:
   * return the values × 100 and warn `percent-converted` (the input itself is not modified).
   */
  percentFractions?: 'warn' | 'convert';
}

/** Cell texts accepted in a `boolean` column (case-insensitive): true / false. */
export const BOOLEAN_TEXTS: Readonly<{ true: readonly string[]; false: readonly string[] }> = Object.freeze({
  true: Object.freeze(['true', 'yes', 'y', '1', '是', '达标']),
  false: Object.freeze(['false', 'no', 'n', '0', '否', '不达标']),
});

/**
 * Parse one boolean cell: `true`/`false` pass; the texts of {@link BOOLEAN_TEXTS} (e.g. the
 * string "false", "否") give the boolean they name; declared missing markers give null.
 * @throws DataError `not-a-number` naming the cell when the value is neither.
 */
export function parseBooleanCell(value: unknown, missing: readonly string[], where: { file: string; row: number; column: string }): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
  if (typeof value === 'string') {
    const s = value.trim();
    if (missing.includes(s) || missing.includes(value)) return null;
    const l = s.toLowerCase();
    if (BOOLEAN_TEXTS.true.includes(l)) return true;
    if (BOOLEAN_TEXTS.false.includes(l)) return false;
  }
  throw new DataError('not-a-number', `${typeof value === 'string' ? `"${value}"` : String(value)} is not a yes/no value`, where,
    `write true or false (also accepted: ${[...BOOLEAN_TEXTS.true, ...BOOLEAN_TEXTS.false].join(', ')})`);
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parse one number cell: numbers pass; text is trimmed and may use thousands separators
 * ("1,234.5" → 1234.5); declared missing markers give null; anything else throws.
 * @throws DataError `not-a-number`.
 */
export function parseNumberCell(value: unknown, missing: readonly string[], where: { file: string; row: number; column: string }): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new DataError('not-a-number', `${String(value)} is not a finite number`, where, 'replace it by a number or leave the cell empty');
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (missing.includes(s) || missing.includes(value)) return null;
    const n = PLAIN.test(s) ? Number(s) : THOUSANDS.test(s) ? Number(s.replace(/,/g, '')) : undefined;
    if (n !== undefined) {
      if (Number.isFinite(n)) return n;
      throw new DataError('not-a-number', `"${clipText(s)}" is beyond the range of a number (it would become ${n})`, where, 'check the exponent or the unit of the cell');
    }
    const shown = clipText(s);
    const hint = s.endsWith('%')
      ? 'write the percentage without the % sign (8.5, not 8.5%)'
      : shown === s
        ? `fix the cell, or declare "${s}" as a missing marker (e.g. { missing: ['', '${s}'] })`
        : 'fix the cell';
    throw new DataError('not-a-number', `"${shown}" is not a number`, where, hint);
  }
  throw new DataError('not-a-number', `${value instanceof Date ? 'a date' : typeof value} is not a number`, where,
    'store the value as a plain number');
}

function isTabular(x: unknown): x is TabularData {
  return typeof x === 'object' && x !== null && Array.isArray((x as TabularData).header) && Array.isArray((x as TabularData).rows);
}

/**
 * Plain decimal text ("12", "-3.5", "7.", ".25"; no spaces, exponent or separators): a subset
 * of what `parseNumberCell` accepts, recognised with one scan of the characters so that the
 * bulk of a numeric column skips the regular expressions. Anything else goes the slow way.
 */
function isPlainDecimal(s: string): boolean {
  const n = s.length;
  let k = 0;
  if (n === 0) return false;
  let c = s.charCodeAt(0);
  if (c === 45 || c === 43) { if (n === 1) return false; k = 1; }
  let digits = 0;
  let dot = false;
  for (; k < n; k++) {
    c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

/** Result of `validateColumns`: the same checks as {@link validateRecords}, kept as columns. */
export interface ValidatedColumns {
  /** Header after alias resolution (declared names replace aliases), in input order. */
  columns: string[];
  /** One new array per column (by resolved name), typed like {@link ValidatedRecords.records}' values; missing cells are null. */
  data: Record<string, unknown[]>;
  /** 1-based row number of each row in the input. */
  rowNumbers: number[];
  /** Warnings recorded while validating. */
  warnings: DataWarning[];
}

/** A cell warning waiting to be recorded in row-major order (row index, column index). */
interface PendingWarning { i: number; j: number; w: DataWarning; }

/**
 * Column-wise form of {@link validateRecords}: the same checks, errors and warnings (same
 * codes, messages, file, row and column, recorded in the same row-by-row order and the same
 * first error thrown), but each column is typed in one pass and the result is one array per
 * column instead of one object per row. `readPanel` uses it; see {@link validateRecords} for
 * the checks.
 * @throws DataError as {@link validateRecords}.
 * @example
 * ```ts
 * validateColumns([{ year: '2010', gdp: '1,234.5' }],
 *   { columns: { year: { type: 'integer', required: true }, gdp: { type: 'number', unit: '亿元' } } }, 'demo').data
 * // { year: [2010], gdp: [1234.5] }
 * ```
 */
export function validateColumns(
  input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>,
  schema: RecordSchema,
  file = 'records',
  options: ValidateOptions = {},
): ValidatedColumns {
  if (input === null || input === undefined) {
    throw new DataError('invalid', `validateRecords: argument "input" is ${String(input)}`, { file }, 'pass the rows from readTabular or an array of records');
  }
  if (schema === null || schema === undefined || typeof schema !== 'object' || typeof schema.columns !== 'object' || schema.columns === null) {
    throw new DataError('invalid', `validateRecords: argument "schema" is ${schema === null || schema === undefined ? String(schema) : 'not a schema'}; a schema { columns: { name: { type, … } } } is required`,
      { file }, 'declare the columns, e.g. { columns: { year: { type: \'integer\', required: true } } }');
  }
  options ??= {};
  const warnings: DataWarning[] = [];
  const record = (w: DataWarning): void => {
    warnings.push(warn(w));
    options.onWarning?.(w);
  };
  // 1. header and raw cells (read column by column through `cell`)
  let header: string[];
  let n: number;
  let rowNumbers: number[];
  let readColumn: (j: number, i: number) => unknown;
  if (isTabular(input)) {
    header = [...input.header];
    const rows = input.rows;
    n = rows.length;
    rowNumbers = new Array<number>(n);
    for (let i = 0; i < n; i++) rowNumbers[i] = rows[i]!.row;
    readColumn = (j, i) => rows[i]!.values[j] as CellValue;
  } else {
    if (!Array.isArray(input)) throw new DataError('invalid', 'expected an array of records', { file });
    const keys: string[] = [];
    const seen = new Set<string>();
    input.forEach((rec, i) => {
      if (typeof rec !== 'object' || rec === null) throw new DataError('invalid', 'a record is not an object', { file, row: i + 1 });
      for (const k of Object.keys(rec)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
    });
    header = keys.map((k) => k.trim());
    n = input.length;
    rowNumbers = new Array<number>(n);
    for (let i = 0; i < n; i++) rowNumbers[i] = i + 1;
    readColumn = (j, i) => (input[i] as Record<string, unknown>)[keys[j]!];
  }
  if (n === 0) throw new DataError('empty', 'there are no rows', { file }, 'pass at least one row');
  checkHeader(header, file);
  // 2. aliases → declared names
  const declared = Object.entries(schema.columns);
  const columns = header.map((h) => {
    const lower = h.toLowerCase();
    for (const [name, spec] of declared) {
      if (name.toLowerCase() === lower || (spec.aliases ?? []).some((a) => a.toLowerCase() === lower)) return name;
    }
    return h;
  });
  const dup = columns.find((c, j) => columns.indexOf(c) !== j);
  if (dup !== undefined) {
    throw new DataError('invalid', `two columns both mean "${dup}" (a name and an alias)`, { file, row: 0, column: dup }, 'keep one of them');
  }
  for (const [name, spec] of declared) {
    if (spec.required && !columns.includes(name)) {
      const alias = spec.aliases?.length ? ` (or ${spec.aliases.join(', ')})` : '';
      throw new DataError('missing-column', `required column "${name}"${alias} is missing`, { file, row: 0, column: name },
        `the columns found are: ${header.join(', ')}`);
    }
  }
  if (schema.extra === 'refuse') {
    const extra = columns.filter((c) => !(c in schema.columns));
    if (extra.length > 0) {
      throw new DataError('invalid', `undeclared column "${extra[0]}"`, { file, row: 0, column: extra[0] }, `declared columns: ${Object.keys(schema.columns).join(', ')}`);
    }
  }
  const missing = schema.missing ?? [''];
  const missingSet = new Set<string>(missing);
  // Whether a plain decimal text can be a declared missing marker (e.g. '999'); usually not, and then the fast path skips the look-up.
  const plainMissing = missing.some((m) => isPlainDecimal(m));
  // 3. cells, one typed pass per column. Errors and warnings must come out as a row-by-row
  // pass would give them: the first failing cell in row-major order is thrown, and only the
  // warnings of cells before it are recorded, in row-major order. So each column stops at the
  // row of the best error found so far (an error in an earlier column wins a tie), cell
  // warnings wait in `pending`, and the error is thrown once every column has been looked at.
  const data: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  const pending: PendingWarning[] = [];
  let errorRow = n;
  let errorColumn = -1;
  let error: unknown;
  for (let j = 0; j < columns.length; j++) {
    const name = columns[j]!;
    const column = header[j]!;
    const spec = Object.prototype.hasOwnProperty.call(schema.columns, name) ? schema.columns[name] : undefined;
    const out = new Array<unknown>(n);
    data[name] = out;
    const limit = errorRow;
    let i = 0;
    try {
      if (!spec) {
        for (; i < limit; i++) {
          const value = readColumn(j, i);
          out[i] = value === undefined ? null : value;
        }
      } else if (spec.type === 'string') {
        const values = spec.values;
        for (; i < limit; i++) {
          const value = readColumn(j, i);
          let v: string | null;
          if (value === null || value === undefined) v = null;
          else if (typeof value === 'string') {
            const s = value.trim();
            v = missingSet.has(s) ? null : s;
          } else v = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
          if (v !== null && values && !values.includes(v)) {
            throw new DataError('unknown-category', `"${clipText(v)}" is not one of ${values.join(', ')}`, { file, row: rowNumbers[i]!, column }, 'use one of the allowed values');
          }
          out[i] = v;
        }
      } else if (spec.type === 'boolean') {
        for (; i < limit; i++) {
          const where = { file, row: rowNumbers[i]!, column };
          const v = parseBooleanCell(readColumn(j, i), missing, where);
          if (v === null && spec.nullable === false) {
            throw new DataError('not-a-number', 'the cell is empty but a yes/no value is required', where, `fill in "${name}"`);
          }
          out[i] = v;
        }
      } else {
        const integer = spec.type === 'integer';
        const positive = spec.positive === true;
        const min = spec.min;
        const max = spec.max;
        const growth = spec.kind === 'growth';
        const plausible = spec.plausible;
        const lo = plausible ? plausible[0] : 0;
        const hi = plausible ? plausible[1] : 0;
        const required = spec.nullable === false;
        const unit = spec.unit ? ` ${spec.unit}` : '';
        for (; i < limit; i++) {
          const value = readColumn(j, i);
          let x: number | null;
          if (typeof value === 'string' && isPlainDecimal(value)) {
            x = plainMissing && missingSet.has(value) ? null : Number(value);
          } else if (typeof value === 'number' && Number.isFinite(value)) {
            x = value;
          } else {
            x = parseNumberCell(value, missing, { file, row: rowNumbers[i]!, column });
          }
          out[i] = x;
          if (x === null) {
            if (required) throw new DataError('not-a-number', 'the cell is empty but a value is required', { file, row: rowNumbers[i]!, column }, `fill in "${name}"`);
            continue;
          }
          if (integer && !Number.isInteger(x)) {
            throw new DataError('not-a-number', `${x} is not a whole number`, { file, row: rowNumbers[i]!, column }, 'write an integer (e.g. a year as 2010)');
          }
          if (positive && x <= 0) {
            throw new DataError('out-of-range', `${x}${unit} is not positive`, { file, row: rowNumbers[i]!, column }, `"${name}" must be greater than zero; leave the cell empty if the value is unknown`);
          }
          if (min !== undefined && x < min) {
            throw new DataError('out-of-range', `${x}${unit} is below the minimum ${min}`, { file, row: rowNumbers[i]!, column }, 'check the sign and the unit');
          }
          if (max !== undefined && x > max) {
            throw new DataError('out-of-range', `${x}${unit} is above the maximum ${max}`, { file, row: rowNumbers[i]!, column }, 'check the unit (shares and rates are in percent)');
          }
          if (growth && x >= 80 && x <= 150) {
            pending.push({ i, j, w: { code: 'index-like-growth', file, row: rowNumbers[i]!, column,
              message: `${x} looks like a 100-based index (previous year = 100), not a growth rate: the rate would be ${(x - 100).toFixed(1)} %. Convert the cell (subtract 100) if it is an index; it is kept as ${x} %`,
              advice: 'subtract 100 if the cell is an index (109.0 → 9.0)' } });
          }
          if (plausible) {
            const a = Math.abs(x);
            if (a >= hi * 1000 || (x !== 0 && a * 1000 <= lo)) {
              pending.push({ i, j, w: { code: 'unit-mismatch', file, row: rowNumbers[i]!, column,
                message: `${x} is ${a >= hi * 1000 ? 'far above' : 'far below'} the usual range ${lo}–${hi}${unit}: check the unit (e.g. 万元 vs 亿元 is a factor 10 000); kept as given`,
                advice: `convert the cell to ${spec.unit ?? 'the declared unit'}` } });
            }
          }
        }
      }
    } catch (e) {
      // An error at row i of column j comes before every later cell of a row-by-row pass.
      errorRow = i;
      errorColumn = j;
      error = e;
    }
  }
  if (pending.length > 0) {
    pending.sort((a, b) => a.i - b.i || a.j - b.j);
    for (const p of pending) {
      if (p.i > errorRow || (p.i === errorRow && p.j > errorColumn)) break;
      record(p.w);
    }
  }
  if (errorColumn >= 0) throw error;
  // 4. percent columns that look like fractions. Share columns are left alone when some row's
  // shares add up to more than 1.1: that row is in percent, and a column of small shares (深圳's
  // primary share is 0.03–0.1 %) is then real; row sums are checked by checkPanelConsistency.
  const shareColumns = declared.filter(([c, sp]) => sp.type === 'number' && sp.kind === 'share' && columns.includes(c)).map(([c]) => data[c]!);
  let sharesInPercent = false;
  if (shareColumns.length > 0) {
    for (let i = 0; i < n && !sharesInPercent; i++) {
      let a = 0;
      for (const col of shareColumns) {
        const x = col[i];
        if (typeof x === 'number') a += Math.abs(x);
      }
      if (a > 1.1) sharesInPercent = true;
    }
  }
  for (const [name, spec] of declared) {
    if (spec.type !== 'number' || (spec.kind !== 'share' && spec.kind !== 'growth') || !columns.includes(name)) continue;
    if (spec.kind === 'share' && sharesInPercent) continue;
    const col = data[name]!;
    const at: number[] = [];
    let nonZero = -1;
    let within = true;
    for (let i = 0; i < n; i++) {
      const x = col[i];
      if (typeof x !== 'number') continue;
      if (Math.abs(x) > 1) { within = false; break; }
      if (nonZero < 0 && x !== 0) nonZero = i;
      at.push(i);
    }
    if (!within || at.length === 0 || nonZero < 0) continue;
    const first = col[nonZero] as number;
    const column = header[columns.indexOf(name)]!;
    const rows = at.map((i) => rowNumbers[i]!);
    if (options.percentFractions === 'convert') {
      for (const i of at) col[i] = Math.round((col[i] as number) * 100 * 1e10) / 1e10;
      record({ code: 'percent-converted', file, row: rowNumbers[nonZero], column,
        message: `every value of "${column}" is within ±1 (row ${rowNumbers[nonZero]}: ${first}), read as fractions and multiplied by 100 (rows ${rows.join(', ')}) as asked by percentFractions: 'convert'`,
        advice: 'check that the column really held fractions (0.37 for 37 %)' });
    } else {
      record({ code: 'percent-as-fraction', file, row: rowNumbers[nonZero], column,
        message: `column ${column}: every value is between -1 and 1 (row ${rowNumbers[nonZero]}: ${first}): it looks like a fraction (0.3 for 30 %) or an Excel cell formatted as percent (13.0 % stored as 0.13). Percentages are expected (30 for 30 %); kept as given`,
        advice: 'multiply the column by 100, or pass { percentFractions: \'convert\' }' });
    }
  }
  // 5. keys
  if (schema.keys && schema.keys.length > 0) {
    const keys = schema.keys;
    for (const k of keys) {
      if (!columns.includes(k)) {
        throw new DataError('missing-column', `key column "${k}" is missing from the records`, { file, row: 0, column: k },
          `every row needs ${keys.join(' and ')} (the columns found are: ${header.join(', ') || 'none'})`);
      }
    }
    const keyColumns = keys.map((c) => data[c]!);
    const firstRow = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const empty = keyColumns.findIndex((col) => col[i] === null || col[i] === undefined);
      if (empty >= 0) {
        const emptyKey = keys[empty]!;
        throw new DataError('missing-column', `key cell "${emptyKey}" is empty`, { file, row: rowNumbers[i], column: header[columns.indexOf(emptyKey)] ?? emptyKey },
          `every row needs a value in ${keys.join(' and ')}`);
      }
      const k = JSON.stringify(keyColumns.map((col) => col[i] ?? null));
      const prev = firstRow.get(k);
      if (prev !== undefined) {
        throw new DataError('duplicate-key', `${keys.map((c, m) => `${c} = ${String(keyColumns[m]![i])}`).join(', ')} appears twice (first at row ${prev})`,
          { file, row: rowNumbers[i], column: keys[0] }, 'keep one row per key (remove or merge the duplicate)');
      }
      firstRow.set(k, rowNumbers[i]!);
    }
  }
  return { columns, data, rowNumbers, warnings };
}

/**
 * Validate rows against a schema and return typed copies. Checks, in order: header names
 * (safe, unique), required columns, then per cell the type (numbers parsed with
 * {@link parseNumberCell}), bounds, categories, a growth that looks 100-based (warning) and a
 * value ≥ 1000× outside its plausible range (warning), and finally duplicate keys.
 * Errors and warnings come in row order (the first bad cell of the first bad row is thrown);
 * the work is done column by column by `validateColumns`.
 * @param input raw rows from `readTabular`, or plain records (objects).
 * @param schema the declared columns, keys and missing markers.
 * @param file a label for messages (file name or e.g. "records").
 * @throws DataError with file, row and column for every failure (codes `empty`,
 *   `unsafe-header`, `missing-column`, `not-a-number`, `out-of-range`, `unknown-category`,
 *   `duplicate-key`, `invalid`).
 * @example
 * ```ts
 * validateRecords([{ year: '2010', gdp: '1,234.5' }],
 *   { columns: { year: { type: 'integer', required: true }, gdp: { type: 'number', unit: '亿元' } } }, 'demo').records
 * // [{ year: 2010, gdp: 1234.5 }]
 * ```
 */
export function validateRecords(
  input: TabularData | ReadonlyArray<Readonly<Record<string, unknown>>>,
  schema: RecordSchema,
  file = 'records',
  options: ValidateOptions = {},
): ValidatedRecords {
  const v = validateColumns(input, schema, file, options);
  const cols = v.columns.map((c) => v.data[c]!);
  const n = v.rowNumbers.length;
  const records = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const out: Record<string, unknown> = {};
    for (let j = 0; j < cols.length; j++) out[v.columns[j]!] = cols[j]![i];
    records[i] = out;
  }
  return { columns: v.columns, records, rowNumbers: v.rowNumbers, warnings: v.warnings };
}
