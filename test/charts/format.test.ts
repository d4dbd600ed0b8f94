import { describe, expect, it } from 'vitest';
import { formatThousands, formatPercent, formatPp, formatWan, formatYi, MISSING } from '../../src/charts/format.js';

describe('Chinese number formats', () => {
  it('formatYi writes 亿元 with thousands separators and one decimal', () => {
    expect(formatYi(45944.62)).toBe('45,944.6 亿元');
    expect(formatYi(110760.94, { digits: 2 })).toBe('110,760.94 亿元');
    expect(formatYi(0.04)).toBe('0.0 亿元');
  });

  it('formatWan writes 万人', () => {
    expect(formatWan(12601.25)).toBe('12,601.3 万人');
  });

  it('formatPercent takes percent units by default and fractions on request', () => {
    expect(formatPercent(8.04)).toBe('8.0%');
    expect(formatPercent(0.7912, { fraction: true })).toBe('79.1%');
    expect(formatPercent(12.345, { digits: 2 })).toBe('12.35%');
  });

  it('formatPp writes 个百分点 with an explicit sign', () => {
    expect(formatPp(-1.26)).toBe('-1.3 个百分点');
    expect(formatPp(0.5)).toBe('+0.5 个百分点');
    expect(formatPp(0.04)).toBe('0.0 个百分点');
    expect(formatPp(-0.04)).toBe('0.0 个百分点');
  });

  it('rounds halves away from zero on the shortest decimal form of the value', () => {
    expect(formatThousands(2.25, { digits: 1 })).toBe('2.3');
    expect(formatThousands(-2.25, { digits: 1 })).toBe('-2.3');
    expect(formatThousands(2.5)).toBe('3');
    expect(formatThousands(1.005, { digits: 2 })).toBe('1.01'); // decided on the printed decimal 1.005, not the binary 1.00499…
    expect(formatThousands(1234567.891, { digits: 2 })).toBe('1,234,567.89');
  });

  it('writes missing values as "—" and refuses NaN and infinities', () => {
    expect(formatYi(null)).toBe(MISSING);
    expect(formatPercent(undefined)).toBe('—');
    expect(() => formatYi(Number.NaN)).toThrow(RangeError);
    expect(() => formatPp(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => formatThousands(1, { digits: -1 })).toThrow(/digits/);
  });
});
