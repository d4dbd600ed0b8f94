import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBooleanCell, validateColumns, validateRecords, type RecordSchema } from '../../src/data/validate-records.js';
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

describe('validateRecords / validateColumns: column-wise work, row-by-row order', () => {
  const s: RecordSchema = {
    columns: {
      g: { type: 'number', unit: '%', kind: 'growth' },
      pop: { type: 'number', unit: '万人', positive: true },
      gdp: { type: 'number', unit: '亿元', plausible: [0.1, 50000] },
    },
  };
  const rows = [
    { g: '8', pop: '100', gdp: '10' },
    { g: '109', pop: '100', gdp: '20' }, // index-like growth: warning at row 2
    { g: '7', pop: '100', gdp: '90000000' }, // unit-mismatch warning at row 3, column gdp
    { g: '110', pop: '0', gdp: 'x' }, // row 4: warning on g, then pop throws before gdp
    { g: 'bad', pop: '-1', gdp: '1' }, // row 5: later errors are never reached
  ];

  it('throws the first bad cell in row order (earlier column first), not the first bad column', () => {
    const seen: DataWarning[] = [];
    const e = err(() => validateRecords(rows, s, 'o.csv', { onWarning: (w) => seen.push(w) }));
    expect([e.code, e.row, e.column]).toEqual(['out-of-range', 4, 'pop']);
    expect(e.message).toBe('file o.csv, row 4, column "pop": 0 万人 is not positive — "pop" must be greater than zero; leave the cell empty if the value is unknown');
    // warnings of the cells before the error, in row order; none from row 5 or after the error on row 4
    expect(seen.map((w) => [w.code, w.row, w.column])).toEqual([
      ['index-like-growth', 2, 'g'], ['unit-mismatch', 3, 'gdp'], ['index-like-growth', 4, 'g'],
    ]);
  });

  it('an error in an earlier row of a later column wins over a later row of an earlier column', () => {
    const e = err(() => validateRecords([{ g: '1', pop: '1', gdp: '1' }, { g: 'z', pop: '1', gdp: '1' }, { g: '1', pop: '1', gdp: 'y' }].reverse(), s));
    expect([e.row, e.column]).toEqual([1, 'gdp']);
    expect(e.message).toMatch(/: "y" is not a number — /);
  });

  it('validateColumns gives the same values as validateRecords, as columns', () => {
    const ok = [{ g: '-3.5', pop: ' 12 ', gdp: '1,234.5' }, { g: '.5', pop: '7.', gdp: '' }, { g: '+2', pop: 3, gdp: '1e3' }];
    const r = validateRecords(ok, s);
    const c = validateColumns(ok, s);
    expect(r.records).toEqual([{ g: -3.5, pop: 12, gdp: 1234.5 }, { g: 0.5, pop: 7, gdp: null }, { g: 2, pop: 3, gdp: 1000 }]);
    expect(c.data).toEqual({ g: [-3.5, 0.5, 2], pop: [12, 7, 3], gdp: [1234.5, null, 1000] });
    expect(c.rowNumbers).toEqual([1, 2, 3]);
  });

  it('a declared missing marker that looks like a number is still missing', () => {
    expect(validateColumns([{ g: '1', pop: '999', gdp: '-1' }], s, 'x', {}).data.pop).toEqual([1].map(() => 999));
    expect(validateColumns([{ g: '1', pop: '999', gdp: '-1' }], { ...s, missing: ['', '999'] }).data.pop).toEqual([null]);
  });
});
