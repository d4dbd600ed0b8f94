/**
 * Input guards for pure measures. Every measure calls these first so that the
 * missing-data policy (refuse NaN/empty with a typed error naming the position) is
 * written once.
 * @module
 */
import { MeasureError } from './errors.js';

/** Read-only numeric array accepted by every measure. */
export type Numbers = ReadonlyArray<number>;

/** Throws unless `values` is a non-empty array of finite numbers. */
export function requireFinite(measure: string, argument: string, values: Numbers): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new MeasureError('empty', measure, 'needs at least one value', { argument });
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MeasureError('not-finite', measure, `value ${String(v)} is not a finite number`, {
        argument,
        index: i,
      });
    }
  }
}

/** Throws unless every value is >= 0 (or > 0 when `strict`). Assumes {@link requireFinite} passed. */
export function requireNonNegative(
  measure: string,
  argument: string,
  values: Numbers,
  strict = false,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (strict ? v <= 0 : v < 0) {
      throw new MeasureError(
        'out-of-domain',
        measure,
        `value ${v} must be ${strict ? 'positive' : 'non-negative'}`,
        { argument, index: i },
      );
    }
  }
}

/** Throws unless the two arrays have the same length. */
export function requireSameLength(
  measure: string,
  a: Numbers,
  aName: string,
  b: Numbers,
  bName: string,
): void {
  if (a.length !== b.length) {
    throw new MeasureError(
      'length-mismatch',
      measure,
      `"${aName}" has ${a.length} values but "${bName}" has ${b.length}`,
      { argument: bName },
    );
  }
}

/** Throws unless `x` is a finite number. */
export function requireFiniteScalar(measure: string, argument: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new MeasureError('not-finite', measure, `${String(x)} is not a finite number`, {
      argument,
    });
  }
}

/** Neumaier-compensated sum, so that decompositions add up to the total to float precision. */
export function sum(values: Numbers): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
    else c += v - t + s;
    s = t;
  }
  return s + c;
}
