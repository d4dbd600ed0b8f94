/**
 * Typed errors shared by every layer. One policy for the whole library:
 *
 * - A pure measure refuses bad input (empty, NaN, a value outside its domain) by throwing
 *   {@link MeasureError}, naming the function, the argument and the position.
 * - A loader or validator refuses bad data by throwing {@link DataError}, naming the file (or,
 *   for in-memory input, the function and the input), the 1-based data row (header excluded;
 *   `row` 0 means the header) and the column.
 * - Anything that is suspicious but usable becomes a recorded warning (see `warnings.ts`),
 *   never a silent change, a silent NaN or a silently dropped row.
 *
 * @module
 */

/** Where a data problem was found. All fields are optional: fill in what is known. */
export interface DataLocation {
  /** The file the data was read from (a path or file name); absent for in-memory input. */
  file?: string | undefined;
  /** The library function that refused the input (e.g. `"disparityTable"`), for in-memory input. */
  function?: string | undefined;
  /** The in-memory input the row belongs to, when it is not a file (e.g. `"records"`, `"actuals"`). */
  input?: string | undefined;
  /** 1-based data row (the header is row 0). */
  row?: number | undefined;
  /** Column name as given in the input. */
  column?: string | undefined;
}

/** Machine-readable kind of a data problem. */
export type DataErrorCode =
  | 'empty'
  | 'missing-column'
  | 'duplicate-key'
  | 'unknown-city'
  | 'not-a-number'
  | 'out-of-range'
  | 'unsafe-header'
  | 'formula-cell'
  | 'ragged-row'
  | 'unknown-category'
  | 'unit-mismatch'
  | 'checksum'
  | 'unreadable'
  | 'invalid';

/**
 * A validation failure in user or bundled data.
 *
 * @example
 * ```ts
 * try { readPanel('my.csv') } catch (e) {
 *   if (e instanceof DataError) console.log(e.file, e.row, e.column, e.message);
 * }
 * try { disparityTable(rows) } catch (e) {
 *   if (e instanceof DataError) console.log(e.function, e.row, e.column); // 'disparityTable', …
 * }
 * ```
 */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly code: DataErrorCode;
  /** The file the data came from; `undefined` for in-memory input (never a function name). */
  readonly file: string | undefined;
  /** The library function that refused in-memory input. */
  readonly function: string | undefined;
  /** The in-memory input (e.g. `"records"`) the row belongs to. */
  readonly input: string | undefined;
  readonly row: number | undefined;
  readonly column: string | undefined;
  /** What would fix it, in plain words (also part of `message`). */
  readonly hint: string | undefined;

  constructor(code: DataErrorCode, problem: string, where: DataLocation = {}, hint?: string) {
    const place = [
      where.file !== undefined ? `file ${where.file}` : undefined,
      where.input !== undefined ? `input ${where.input}` : undefined,
      where.row !== undefined ? `row ${where.row}` : undefined,
      where.column !== undefined ? `column "${where.column}"` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    const fn = where.function !== undefined ? `${where.function}: ` : '';
    super(`${fn}${place ? place + ': ' : ''}${problem}${hint ? ` — ${hint}` : ''}`);
    this.code = code;
    this.file = where.file;
    this.function = where.function;
    this.input = where.input;
    this.row = where.row;
    this.column = where.column;
    this.hint = hint;
  }
}

/** Machine-readable kind of a measure input problem. */
export type MeasureErrorCode =
  | 'missing'
  | 'empty'
  | 'not-finite'
  | 'length-mismatch'
  | 'out-of-domain'
  | 'degenerate';

/**
 * Invalid input to a pure measure (a null or non-array argument: `missing`; empty array, NaN, negative where positive is required,
 * arrays of different lengths...). Names the function, the argument and, where it applies,
 * the 0-based index of the offending element.
 */
export class MeasureError extends Error {
  override readonly name = 'MeasureError';
  readonly code: MeasureErrorCode;
  readonly measure: string;
  readonly argument: string | undefined;
  readonly index: number | undefined;

  constructor(
    code: MeasureErrorCode,
    measure: string,
    problem: string,
    where: { argument?: string; index?: number } = {},
  ) {
    const place = [
      where.argument !== undefined ? `argument "${where.argument}"` : undefined,
      where.index !== undefined ? `index ${where.index}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${measure}: ${place ? place + ': ' : ''}${problem}`);
    this.code = code;
    this.measure = measure;
    this.argument = where.argument;
    this.index = where.index;
  }
}
