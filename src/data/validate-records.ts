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
  type: 'number' | 'integer' | 'string';
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
              message: `${n} looks like a 100-based index (previous year = 100), not a growth rate: the rate would be ${(n - 100).toFixed(1)} %. Convert the cell (subtract 100) if it is an index; it is kept as ${n} %` });
          }
          if (spec.plausible) {
            const [lo, hi] = spec.plausible;
            if (Math.abs(n) >= hi * 1000 || (n !== 0 && Math.abs(n) * 1000 <= lo)) {
              record({ code: 'unit-mismatch', file, row: r.row, column: header[j]!,
                message: `${n} is ${Math.abs(n) >= hi * 1000 ? 'far above' : 'far below'} the usual range ${lo}–${hi}${unit}: check the unit (e.g. 万元 vs 亿元 is a factor 10 000); kept as given` });
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
  // 4. keys
  if (schema.keys && schema.keys.length > 0) {
    const firstRow = new Map<string, number>();
    records.forEach((rec, i) => {
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
