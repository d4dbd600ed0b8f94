import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBooleanCell, validateRecords, type RecordSchema } from '../../src/data/validate-records.js';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler(() => {}); });
afterAll(() => { setWarningHandler(restore); });

const err = (f: () => unknown): DataError => {
  try { f(); } catch (x) { if (x instanceof DataError) return x; throw x; }
  throw new Error('no error');
};

const schema: RecordSchema = {
  columns: {
    id: { type: 'string', required: true },
    year: { type: 'integer', required: true },
    ok: { type: 'boolean' },
    share: { type: 'number', unit: '%', kind: 'share', min: 0, max: 100 },
  },
  keys: ['id', 'year'],
};

describe('validateRecords: unclear errors get messages that name the problem', () => {
  it('without a schema', () => {
    const e = err(() => validateRecords([{ a: 1 }], undefined as unknown as RecordSchema));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/argument "schema" is undefined; a schema \{ columns: .* \} is required/);
    expect(err(() => validateRecords([{ a: 1 }], { keys: ['a'] } as unknown as RecordSchema)).message).toMatch(/argument "schema" is not a schema/);
  });

  it('null input is named', () => {
    expect(err(() => validateRecords(null as unknown as [], schema, 'my.csv')).message).toMatch(/^file my\.csv: validateRecords: argument "input" is null/);
  });

  it('a key column missing in the records', () => {
    const e = err(() => validateRecords([{ id: 'a', year: 2020 }], { columns: { id: { type: 'string' }, year: { type: 'integer' } }, keys: ['id', 'park'] }, 'parks'));
    expect([e.code, e.file, e.row, e.column]).toEqual(['missing-column', 'parks', 0, 'park']);
    expect(e.message).toMatch(/key column "park" is missing from the records/);
  });

  it('an empty key cell', () => {
    const e = err(() => validateRecords([{ id: 'a', year: 2020 }, { id: '', year: 2021 }], schema));
    expect([e.code, e.row, e.column]).toEqual(['missing-column', 2, 'id']);
    expect(e.message).toMatch(/key cell "id" is empty/);
  });

  it("a string 'false' where a boolean is expected is read as false; anything else is named", () => {
    const v = validateRecords([{ id: 'a', year: 2020, ok: 'false' }, { id: 'b', year: 2020, ok: '是' }, { id: 'c', year: 2020, ok: true }, { id: 'd', year: 2020 }], schema);
    expect(v.records.map((r) => r.ok)).toEqual([false, true, true, null]);
    const e = err(() => validateRecords([{ id: 'a', year: 2020, ok: 'maybe' }], schema));
    expect([e.code, e.row, e.column]).toEqual(['not-a-number', 1, 'ok']);
    expect(e.message).toMatch(/"maybe" is not a yes\/no value — write true or false/);
    expect(parseBooleanCell(' FALSE ', [''], { file: 'f', row: 1, column: 'c' })).toBe(false);
    expect(parseBooleanCell('', [''], { file: 'f', row: 1, column: 'c' })).toBe(null);
  });
});

describe('validateRecords: percent columns given as fractions', () => {
  const rows = [{ id: 'a', year: 2020, share: 0.37 }, { id: 'b', year: 2020, share: 0.13 }, { id: 'c', year: 2020, share: 0 }];

  it('warns with file, row, column and advice, and keeps the values', () => {
    const seen: DataWarning[] = [];
    const v = validateRecords(rows, schema, 'my.csv', { onWarning: (w) => seen.push(w) });
    expect(v.records.map((r) => r.share)).toEqual([0.37, 0.13, 0]);
    expect(v.warnings.map((w) => [w.code, w.file, w.row, w.column])).toEqual([['percent-as-fraction', 'my.csv', 1, 'share']]);
    expect(v.warnings[0]!.advice).toMatch(/multiply the column by 100, or pass \{ percentFractions: 'convert' \}/);
    expect(seen).toEqual(v.warnings);
  });

  it("converts under percentFractions: 'convert' (the input is not modified) and says so", () => {
    const input = rows.map((r) => Object.freeze({ ...r }));
    const v = validateRecords(input, schema, 'my.csv', { percentFractions: 'convert' });
    expect(v.records.map((r) => r.share)).toEqual([37, 13, 0]);
    expect(input[0]!.share).toBe(0.37);
    expect(v.warnings.map((w) => w.code)).toEqual(['percent-converted']);
    expect(v.warnings[0]!.message).toMatch(/rows 1, 2, 3/);
  });

  it('does not fire when one value is a real percentage', () => {
    expect(validateRecords([...rows, { id: 'd', year: 2020, share: 37 }], schema).warnings).toEqual([]);
  });
});
