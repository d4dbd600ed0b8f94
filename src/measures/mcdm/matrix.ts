/**
 * Input guards shared by the multi-criteria (MCDM) measures: a decision matrix is a
 * non-empty rectangular array of finite numbers, alternatives in rows, criteria in columns.
 * @module
 */
import { MeasureError } from '../../core/errors.js';

/** A decision matrix: one row per alternative (e.g. a park), one column per criterion. */
export type DecisionMatrix = ReadonlyArray<ReadonlyArray<number>>;

/**
 * Throws unless `matrix` has at least `minRows` rows, at least one column, the same number
 * of columns in every row, and only finite numbers. Returns `[rows, columns]`.
 * @internal
 */
export function requireMatrix(
  measure: string,
  argument: string,
  matrix: DecisionMatrix,
  minRows = 1,
): [number, number] {
  if (!Array.isArray(matrix)) {
    throw new MeasureError('missing', measure, `needs a matrix (an array of rows), got ${matrix === null ? 'null' : typeof matrix}`, { argument });
  }
  if (matrix.length === 0) {
    throw new MeasureError('empty', measure, 'needs a non-empty matrix (alternatives in rows, criteria in columns)', { argument });
  }
  if (matrix.length < minRows) {
    throw new MeasureError('degenerate', measure, `needs at least ${minRows} rows (alternatives), got ${matrix.length}`, { argument });
  }
  const first = matrix[0]!;
  if (!Array.isArray(first) || first.length === 0) {
    throw new MeasureError('empty', measure, 'row 0 has no columns (criteria)', { argument, index: 0 });
  }
  const m = first.length;
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i]!;
    if (!Array.isArray(row) || row.length !== m) {
      throw new MeasureError('length-mismatch', measure, `row ${i} has ${Array.isArray(row) ? row.length : 'no'} columns but row 0 has ${m}: the matrix must be rectangular`, { argument, index: i });
    }
    for (let j = 0; j < m; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new MeasureError('not-finite', measure, `cell [${i}][${j}] = ${String(v)} is not a finite number`, { argument, index: i });
      }
    }
  }
  return [matrix.length, m];
}

/** Throws unless `flags` is an array of booleans with one entry per criterion. @internal */
export function requireBenefit(measure: string, flags: ReadonlyArray<boolean>, m: number): void {
  if (!Array.isArray(flags) || flags.length !== m) {
    throw new MeasureError('length-mismatch', measure, `"benefit" must have one true/false per criterion (${m}), got ${Array.isArray(flags) ? flags.length : String(flags)}`, { argument: 'benefit' });
  }
  flags.forEach((f, j) => {
    if (typeof f !== 'boolean') {
      throw new MeasureError('out-of-domain', measure, `benefit[${j}] = ${String(f)} must be true (more is better) or false (less is better)`, { argument: 'benefit', index: j });
    }
  });
}
