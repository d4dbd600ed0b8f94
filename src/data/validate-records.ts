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
 * Validate rows against a schema and return typed copies. Checks, in order: header names
 * (safe, unique), required columns, then per cell the type (numbers parsed with
 * {@link parseNumberCell}), bounds, categories, a growth that looks 100-based (warning) and a
 * value ≥ 1000× outside its plausible range (warning), and finally duplicate keys.
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
  // 1. header and raw rows
  let header: string[];
  let raw: Array<{ row: number; get: (j: number) => unknown }>;
  if (isTabular(input)) {
    header = [...input.header];
    raw = input.rows.map((r) => ({ row: r.row, get: (j: number) => r.values[j] as CellValue }));
  } else {
    if (!Array.isArray(input)) throw new DataError('invalid', 'expected an array of records', { file });
    const keys: string[] = [];
    const seen = new Set<string>();
    input.forEach((rec, i) => {
      if (typeof rec !== 'object' || rec === null) throw new DataError('invalid', 'a record is not an object', { file, row: i + 1 });
      for (const k of Object.keys(rec)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
    });
    header = keys.map((k) => k.trim());
    raw = input.map((rec, i) => ({ row: i + 1, get: (j: number) => (rec as Record<string, unknown>)[keys[j]!] }));
  }
  if (raw.length === 0) throw new DataError('empty', 'there are no rows', { file }, 'pass at least one row');
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
  // 3. cells
  const records: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (const r of raw) {
    const out: Record<string, unknown> = {};
    columns.forEach((name, j) => {
      const spec = Object.prototype.hasOwnProperty.call(schema.columns, name) ? schema.columns[name] : undefined;
      const value = r.get(j);
      const where = { file, row: r.row, column: header[j]! };
      if (!spec) {
        out[name] = value === undefined ? null : value;
        return;
      }
      let v: unknown;
      if (spec.type === 'string') {
        if (value === null || value === undefined || (typeof value === 'string' && missing.includes(value.trim()))) v = null;
        else v = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
        if (v !== null && spec.values && !spec.values.includes(v as string)) {
          throw new DataError('unknown-category', `"${clipText(String(v))}" is not one of ${spec.values.join(', ')}`, where, 'use one of the allowed values');
        }
      } else if (spec.type === 'boolean') {
        v = parseBooleanCell(value, missing, where);
        if (v === null && spec.nullable === false) {
          throw new DataError('not-a-number', 'the cell is empty but a yes/no value is required', where, `fill in "${name}"`);
        }
      } else {
        const n = parseNumberCell(value, missing, where);
        if (n !== null) {
          const unit = spec.unit ? ` ${spec.unit}` : '';
          if (spec.type === 'integer' && !Number.isInteger(n)) {
            throw new DataError('not-a-number', `${n} is not a whole number`, where, 'write an integer (e.g. a year as 2010)');
          }
          if (spec.positive && n <= 0) {
            throw new DataError('out-of-range', `${n}${unit} is not positive`, where, `"${name}" must be greater than zero; leave the cell empty if the value is unknown`);
          }
          if (spec.min !== undefined && n < spec.min) {
            throw new DataError('out-of-range', `${n}${unit} is below the minimum ${spec.min}`, where, 'check the sign and the unit');
          }
          if (spec.max !== undefined && n > spec.max) {
            throw new DataError('out-of-range', `${n}${unit} is above the maximum ${spec.max}`, where, 'check the unit (shares and rates are in percent)');
          }
          if (spec.kind === 'growth' && n >= 80 && n <= 150) {
            record({ code: 'index-like-growth', file, row: r.row, column: header[j]!,
              message: `${n} looks like a 100-based index (previous year = 100), not a growth rate: the rate would be ${(n - 100).toFixed(1)} %. Convert the cell (subtract 100) if it is an index; it is kept as ${n} %`,
              advice: 'subtract 100 if the cell is an index (109.0 → 9.0)' });
          }
          if (spec.plausible) {
            const [lo, hi] = spec.plausible;
            if (Math.abs(n) >= hi * 1000 || (n !== 0 && Math.abs(n) * 1000 <= lo)) {
              record({ code: 'unit-mismatch', file, row: r.row, column: header[j]!,
                message: `${n} is ${Math.abs(n) >= hi * 1000 ? 'far above' : 'far below'} the usual range ${lo}–${hi}${unit}: check the unit (e.g. 万元 vs 亿元 is a factor 10 000); kept as given`,
                advice: `convert the cell to ${spec.unit ?? 'the declared unit'}` });
            }
          }
        } else if (spec.nullable === false) {
          throw new DataError('not-a-number', 'the cell is empty but a value is required', where, `fill in "${name}"`);
        }
        v = n;
      }
      out[name] = v;
    });
    records.push(out);
    rowNumbers.push(r.row);
  }
  // 4. percent columns that look like fractions. Share columns are left alone when some row's
  // shares add up to more than 1.1: that row is in percent, and a column of small shares (深圳's
  // primary share is 0.03–0.1 %) is then real; row sums are checked by checkPanelConsistency.
  const shareColumns = declared.filter(([n, sp]) => sp.type === 'number' && sp.kind === 'share' && columns.includes(n)).map(([n]) => n);
  const sharesInPercent = shareColumns.length > 0 && records.some((rec) =>
    shareColumns.reduce((a, c) => a + (typeof rec[c] === 'number' ? Math.abs(rec[c] as number) : 0), 0) > 1.1);
  for (const [name, spec] of declared) {
    if (spec.type !== 'number' || (spec.kind !== 'share' && spec.kind !== 'growth') || !columns.includes(name)) continue;
    if (spec.kind === 'share' && sharesInPercent) continue;
    const at = records.map((rec, i) => ({ v: rec[name], i })).filter((x): x is { v: number; i: number } => typeof x.v === 'number');
    if (at.length === 0 || !at.some((x) => x.v !== 0) || !at.every((x) => Math.abs(x.v) <= 1)) continue;
    const first = at.find((x) => x.v !== 0)!;
    const column = header[columns.indexOf(name)]!;
    const rows = at.map((x) => rowNumbers[x.i]!);
    if (options.percentFractions === 'convert') {
      for (const x of at) records[x.i]![name] = Math.round(x.v * 100 * 1e10) / 1e10;
      record({ code: 'percent-converted', file, row: rowNumbers[first.i], column,
        message: `every value of "${column}" is within ±1 (row ${rowNumbers[first.i]}: ${first.v}), read as fractions and multiplied by 100 (rows ${rows.join(', ')}) as asked by percentFractions: 'convert'`,
        advice: 'check that the column really held fractions (0.37 for 37 %)' });
    } else {
      record({ code: 'percent-as-fraction', file, row: rowNumbers[first.i], column,
        message: `column ${column}: every value is between -1 and 1 (row ${rowNumbers[first.i]}: ${first.v}): it looks like a fraction (0.3 for 30 %) or an Excel cell formatted as percent (13.0 % stored as 0.13). Percentages are expected (30 for 30 %); kept as given`,
        advice: 'multiply the column by 100, or pass { percentFractions: \'convert\' }' });
    }
  }
  // 5. keys
  if (schema.keys && schema.keys.length > 0) {
    for (const k of schema.keys) {
      if (!columns.includes(k)) {
        throw new DataError('missing-column', `key column "${k}" is missing from the records`, { file, row: 0, column: k },
          `every row needs ${schema.keys.join(' and ')} (the columns found are: ${header.join(', ') || 'none'})`);
      }
    }
    const firstRow = new Map<string, number>();
    records.forEach((rec, i) => {
      const emptyKey = schema.keys!.find((c) => rec[c] === null || rec[c] === undefined);
      if (emptyKey !== undefined) {
        throw new DataError('missing-column', `key cell "${emptyKey}" is empty`, { file, row: rowNumbers[i], column: header[columns.indexOf(emptyKey)] ?? emptyKey },
          `every row needs a value in ${schema.keys!.join(' and ')}`);
      }
      const k = JSON.stringify(schema.keys!.map((c) => rec[c] ?? null));
      const prev = firstRow.get(k);
      if (prev !== undefined) {
        throw new DataError('duplicate-key', `${schema.keys!.map((c) => `${c} = ${String(rec[c])}`).join(', ')} appears twice (first at row ${prev})`,
          { file, row: rowNumbers[i], column: schema.keys![0] }, 'keep one row per key (remove or merge the duplicate)');
      }
      firstRow.set(k, rowNumbers[i]!);
    });
  }
  return { columns, records, rowNumbers, warnings };
}
