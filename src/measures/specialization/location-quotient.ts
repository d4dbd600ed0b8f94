/**
 * Location quotient.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireArray, type Numbers } from '../../core/validate.js';

type NumOrArray = number | Numbers;

/**
 * Location quotient: how much more (LQ > 1) or less (LQ < 1) a region is specialised in an
 * industry than the nation.
 *
 * Formula: LQ = (e_ri / e_r) / (E_i / E), with e_ri the region's industry value (employment,
 * value added), e_r the region's total, E_i the nation's industry value and E the nation's total.
 *
 * Conventions: each argument is a number or an array; arrays are taken element by element and
 * numbers are broadcast (e.g. one region's industries against a nation's: arrays for the
 * industries, numbers for the totals). Same as REAT `locq()`. Unitless; the two ratios must be
 * in the same units each. Industry values ≥ 0; totals > 0; a nation industry of 0 is refused
 * (LQ undefined).
 *
 * @returns a number when all four arguments are numbers, else an array
 * @throws MeasureError `empty`, `not-finite` (names argument and index), `length-mismatch`,
 *   `out-of-domain` (negative value, total ≤ 0, nation industry = 0).
 * @see Isard, W. (1960) Methods of Regional Analysis, ch. 7; REAT `locq`.
 * @example
 * ```ts
 * locationQuotient([30, 50, 20], 100, [20, 40, 40], 100) // [1.5, 1.25, 0.5]
 * locationQuotient(30, 100, 20, 100) // 1.5
 * ```
 */
export function locationQuotient(regionIndustry: number, regionTotal: number, nationIndustry: number, nationTotal: number): number;
export function locationQuotient(regionIndustry: NumOrArray, regionTotal: NumOrArray, nationIndustry: NumOrArray, nationTotal: NumOrArray): number[];
export function locationQuotient(
  regionIndustry: NumOrArray,
  regionTotal: NumOrArray,
  nationIndustry: NumOrArray,
  nationTotal: NumOrArray,
): number | number[] {
  const measure = 'locationQuotient';
  const args: [string, NumOrArray][] = [
    ['regionIndustry', regionIndustry],
    ['regionTotal', regionTotal],
    ['nationIndustry', nationIndustry],
    ['nationTotal', nationTotal],
  ];
  let n = -1;
  for (const [name, a] of args) {
    if (typeof a === 'number') continue;
    requireArray(measure, name, a);
    if (a.length === 0) throw new MeasureError('empty', measure, 'needs at least one value', { argument: name });
    if (n === -1) n = a.length;
    else if (a.length !== n) throw new MeasureError('length-mismatch', measure, `has ${a.length} values where the other arrays have ${n}`, { argument: name });
  }
  const scalar = n === -1;
  const len = scalar ? 1 : n;
  const at = (name: string, a: NumOrArray, i: number): number => {
    const v = typeof a === 'number' ? a : a[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MeasureError('not-finite', measure, `value ${String(v)} is not a finite number`, typeof a === 'number' ? { argument: name } : { argument: name, index: i });
    }
    const total = name.endsWith('Total');
    if (total ? v <= 0 : v < 0) {
      throw new MeasureError('out-of-domain', measure, `value ${v} must be ${total ? 'positive' : 'non-negative'}`, typeof a === 'number' ? { argument: name } : { argument: name, index: i });
    }
    return v;
  };
  const out = new Array<number>(len);
  for (let i = 0; i < len; i++) {
    const ri = at('regionIndustry', regionIndustry, i);
    const rt = at('regionTotal', regionTotal, i);
    const ni = at('nationIndustry', nationIndustry, i);
    const nt = at('nationTotal', nationTotal, i);
    if (ni === 0) {
      throw new MeasureError('out-of-domain', measure, 'the nation has none of this industry, so the location quotient is undefined', typeof nationIndustry === 'number' ? { argument: 'nationIndustry' } : { argument: 'nationIndustry', index: i });
    }
    out[i] = (ri * nt) / (rt * ni);
  }
  return scalar ? out[0]! : out;
}
