/**
 * Chinese number formats for tables and narrative: 亿元, 万人, %, 百分点, thousands separators.
 *
 * Rounding rule (stated once, used everywhere): a value is rounded to the requested number of
 * decimals, halves away from zero, deciding on the shortest decimal form of the value (the
 * digits JavaScript prints, as ICU does in `Intl.NumberFormat` with `roundingMode: 'halfExpand'`).
 * So 2.25 → "2.3", -2.25 → "-2.3" and 1.005 → "1.01" (not "1.00" as `toFixed` gives from the
 * binary 1.00499…). A result that rounds to zero is written without a minus sign. Missing values
 * (null, undefined) are written "—"; NaN and ±Infinity are refused (RangeError), since a
 * table must never show a silent NaN.
 * @module
 */

/** Options of the number formatters. */
export interface FormatOptions {
  /** Decimals shown (default depends on the formatter). */
  digits?: number;
}

/** What a missing value is written as. */
export const MISSING = '—';

const formatters = new Map<number, Intl.NumberFormat>();

function fmt(value: number, digits: number, fn: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: expected a finite number, got ${value}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) throw new RangeError(`${fn}: digits must be an integer 0–10, got ${digits}`);
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
    formatters.set(digits, f);
  }
  const s = f.format(value);
  return /^-[0.,]+$/.test(s) ? s.slice(1) : s;
}

/**
 * A number with thousands separators and fixed decimals (default 0).
 * @throws RangeError for NaN or ±Infinity.
 * @example
 * ```ts
 * formatThousands(1234567.891, { digits: 2 }) // '1,234,567.89'
 * formatThousands(null) // '—'
 * ```
 */
export function formatThousands(value: number | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return MISSING;
  return fmt(value, options.digits ?? 0, 'formatThousands');
}

/**
 * An amount in 亿元 (100 million yuan), thousands separators, 1 decimal by default.
 * @throws RangeError for NaN or ±Infinity.
 * @example
 * ```ts
 * formatYi(45944.62) // '45,944.6 亿元'
 * ```
 */
export function formatYi(value: number | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return MISSING;
  return `${fmt(value, options.digits ?? 1, 'formatYi')} 亿元`;
}

/**
 * A count in 万人 (10 000 persons), thousands separators, 1 decimal by default.
 * @example
 * ```ts
 * formatWan(12601.25) // '12,601.3 万人'
 * ```
 */
export function formatWan(value: number | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return MISSING;
  return `${fmt(value, options.digits ?? 1, 'formatWan')} 万人`;
}

/**
 * A percentage given in percent units (8.04 means 8.04 %), 1 decimal by default;
 * `fraction: true` takes a fraction (0.0804) instead.
 * @example
 * ```ts
 * formatPercent(8.04) // '8.0%'
 * formatPercent(0.7912, { fraction: true }) // '79.1%'
 * ```
 */
export function formatPercent(value: number | null | undefined, options: FormatOptions & { fraction?: boolean } = {}): string {
  if (value === null || value === undefined) return MISSING;
  const v = options.fraction ? value * 100 : value;
  return `${fmt(v, options.digits ?? 1, 'formatPercent')}%`;
}

/**
 * A difference of two percentages in 百分点 (percentage points), 1 decimal by default, with
 * an explicit sign for non-zero values.
 * @example
 * ```ts
 * formatPp(-1.26) // '-1.3 个百分点'
 * formatPp(0.5)   // '+0.5 个百分点'
 * ```
 */
export function formatPp(value: number | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return MISSING;
  const s = fmt(value, options.digits ?? 1, 'formatPp');
  const signed = s.startsWith('-') || /^[0.,]+$/.test(s) ? s : `+${s}`;
  return `${signed} 个百分点`;
}
