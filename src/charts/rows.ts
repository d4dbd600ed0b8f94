/**
 * Reading builder input: plain rows or an arquero table, copied column by column into fresh
 * records with each value checked. Builders never change or drop the caller's rows: a bad
 * value throws a {@link DataError} naming the chart, the 1-based row and the column.
 * @module
 */
import { DataError } from '../core/errors.js';
import type { RowsInput } from './types.js';

/** How a column is checked: a finite number, a finite number or null (shown as a gap), text, a boolean, an ISO date. */
export type ColumnKind = 'number' | 'number?' | 'string' | 'string?' | 'bilingual' | 'key' | 'boolean' | 'boolean?' | 'date';

/** A column a builder reads. */
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** When true the column may be absent from every row. */
  optional?: boolean;
}

function isTable(x: unknown): x is { objects(): Record<string, unknown>[]; columnNames(): string[] } {
  return typeof x === 'object' && x !== null && typeof (x as { objects?: unknown }).objects === 'function'
    && typeof (x as { columnNames?: unknown }).columnNames === 'function';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Copy the named columns of each row into fresh records, checking each value.
 * `key` accepts a string or a finite number and returns a string (e.g. city codes).
 * `bilingual` accepts text or `{ zh, en }` and returns `{ zh, en }`.
 * `date` accepts an ISO date string (`YYYY-MM-DD`, optionally with a time) and keeps it as text.
 * @throws DataError (`empty`, `missing-column`, `not-a-number`, `invalid`) naming `chart`, row and column.
 */
/** A row as copied by {@link readRows}. */
export type Row = Record<string, unknown>;

export function readRows(input: RowsInput<object>, columns: readonly ColumnSpec[], chart: string): Row[] {
  const rows: readonly unknown[] = isTable(input) ? input.objects() : (input as readonly unknown[]);
  if (!Array.isArray(rows)) {
    throw new DataError('invalid', 'expected an array of rows or an arquero table', { function: chart },
      'pass the rows themselves or aq.from(rows)');
  }
  if (rows.length === 0) {
    throw new DataError('empty', 'no rows to chart', { function: chart }, 'check the filter that produced the table');
  }
  const present = new Set<string>();
  for (const r of rows) if (r && typeof r === 'object') for (const k of Object.keys(r)) present.add(k);
  for (const c of columns) {
    if (!c.optional && !present.has(c.name)) {
      throw new DataError('missing-column', `column "${c.name}" is missing (found: ${[...present].join(', ') || 'none'})`,
        { function: chart, column: c.name }, 'rename the column or pass rows of the documented shape');
    }
  }
  return rows.map((r, i) => {
    if (r === null || typeof r !== 'object') {
      throw new DataError('invalid', 'row is not a record', { function: chart, row: i + 1 });
    }
    const src = r as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const c of columns) {
      if (c.optional && !present.has(c.name)) continue;
      const v = src[c.name];
      const where = { function: chart, row: i + 1, column: c.name };
      const nullable = c.kind.endsWith('?') || c.optional === true;
      if (v === null || v === undefined) {
        if (nullable) { out[c.name] = null; continue; }
        throw new DataError('invalid', 'value is missing', where, 'fill it in or remove the row before charting');
      }
      switch (c.kind) {
        case 'number':
        case 'number?':
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            throw new DataError('not-a-number', `expected a finite number, got ${JSON.stringify(v)}`, where,
              'use null for a missing value; NaN and text are refused');
          }
          out[c.name] = v;
          break;
        case 'string':
        case 'string?':
          if (typeof v !== 'string') throw new DataError('invalid', `expected text, got ${JSON.stringify(v)}`, where);
          out[c.name] = v;
          break;
        case 'bilingual': {
          const o = v as { zh?: unknown; en?: unknown };
          if (typeof v === 'string') out[c.name] = { zh: v, en: v };
          else if (typeof v === 'object' && typeof o.zh === 'string' && typeof o.en === 'string') out[c.name] = { zh: o.zh, en: o.en };
          else throw new DataError('invalid', `expected text or { zh, en }, got ${JSON.stringify(v)}`, where);
          break;
        }
        case 'key':
          if (typeof v === 'string' && v !== '') out[c.name] = v;
          else if (typeof v === 'number' && Number.isFinite(v)) out[c.name] = String(v);
          else throw new DataError('invalid', `expected a code (text or number), got ${JSON.stringify(v)}`, where);
          break;
        case 'boolean':
        case 'boolean?':
          if (typeof v !== 'boolean') throw new DataError('invalid', `expected true or false, got ${JSON.stringify(v)}`, where);
          out[c.name] = v;
          break;
        case 'date': {
          const s = v instanceof Date ? v.toISOString() : v;
          if (typeof s !== 'string' || !ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) {
            throw new DataError('invalid', `expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(v)}`, where);
          }
          out[c.name] = s;
          break;
        }
      }
    }
    return out;
  });
}
