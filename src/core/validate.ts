/**
 * Input guards for pure measures. Every measure calls these first so that the
 * missing-data policy (refuse NaN/empty with a typed error naming the position) is
 * written once.
 * @module
 */
import { sum as ssSum } from 'simple-statistics';
import { MeasureError } from './errors.js';

/** Numeric array accepted by every measure: a (read-only) array of numbers or a `Float64Array`. */
export type Numbers = ReadonlyArray<number> | Float64Array;

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (ArrayBuffer.isView(x)) return `a ${x.constructor.name}`;
  return typeof x === 'object' ? 'an object' : `${typeof x} ${String(x)}`;
}

/**
 * Throws a `missing` {@link MeasureError} naming the argument unless `values` is an array or a
 * `Float64Array` (null, undefined, a string, another typed array are refused, not a raw TypeError).
 */
export function requireArray(measure: string, argument: string, values: unknown): asserts values is Numbers {
  if (!Array.isArray(values) && !(values instanceof Float64Array)) {
    throw new MeasureError('missing', measure, `needs an array of numbers (or a Float64Array), got ${describe(values)}`, { argument });
  }
}

/** Throws a `missing` {@link MeasureError} naming the argument unless `value` is a (non-null, non-array) object. */
export function requireObject(measure: string, argument: string, value: unknown): asserts value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new MeasureError('missing', measure, `needs an object, got ${describe(value)}`, { argument });
  }
}

/** Throws unless `values` is a non-empty array (or `Float64Array`) of finite numbers. */
export function requireFinite(measure: string, argument: string, values: Numbers): void {
  requireArray(measure, argument, values);
  if (values.length === 0) {
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
  requireArray(measure, aName, a);
  requireArray(measure, bName, b);
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

/**
 * Compensated (Kahan–Babuška / Neumaier) sum of an array, so that decompositions add up to the
 * total to float precision. This is simple-statistics' `sum`, the library's one array sum.
 */
export function sum(values: Numbers): number {
  return ssSum(values as number[]);
}

/**
 * A running compensated (Neumaier) sum, for totals built one term at a time (cumulative
 * population shares, per-group totals). Written by hand because simple-statistics (checked:
 * `sum`, `sumSimple`, `addToMean`) only sums a whole array; this is the same algorithm as its
 * `sum`, and the only hand-written compensated sum in the library.
 */
export class RunningSum {
  private s = 0;
  private c = 0;
  /** Add one term. */
  add(v: number): void {
    const t = this.s + v;
    this.c += Math.abs(this.s) >= Math.abs(v) ? this.s - t + v : v - t + this.s;
    this.s = t;
  }
  /** The compensated total so far. */
  get value(): number {
    return this.s + this.c;
  }
}
