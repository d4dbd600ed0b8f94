import { describe, expect, it } from 'vitest';
import { GBT4754_RULES, harmonizeDivision } from '../../src/firms/index.js';

describe('harmonizeDivision (GB/T 4754 crosswalk to 2017 divisions)', () => {
  it('maps 2011 and 2017 codes to their own division', () => {
    expect(harmonizeDivision('3911', 2011)).toBe('39');
    expect(harmonizeDivision('C3911', 2017)).toBe('39');
    expect(harmonizeDivision('43', 2017)).toBe('43');
  });

  it('renumbers 2002 divisions from 29 upwards', () => {
    expect(harmonizeDivision('2911', 2002)).toBe('29'); // rubber
    expect(harmonizeDivision('3011', 2002)).toBe('29'); // plastics merged into 29
    expect(harmonizeDivision('3111', 2002)).toBe('30'); // non-metallic minerals
    expect(harmonizeDivision('3911', 2002)).toBe('38'); // electrical machinery
    expect(harmonizeDivision('4011', 2002)).toBe('39'); // electronics
    expect(harmonizeDivision('4311', 2002)).toBe('42'); // waste recycling
  });

  it('splits 2002 divisions by their 3-digit group', () => {
    expect(harmonizeDivision('3721', 2002)).toBe('36'); // automobiles
    expect(harmonizeDivision('3731', 2002)).toBe('37'); // railway equipment
    expect(harmonizeDivision('4155', 2002)).toBe('34'); // office machinery
    expect(harmonizeDivision('4216', 2002)).toBe('24'); // arts and crafts
    expect(harmonizeDivision('4220', 2002)).toBe('41');
    expect(harmonizeDivision('0790', 2002)).toBe('11');
  });

  it('returns null outside the crosswalk or for malformed codes', () => {
    expect(harmonizeDivision('6311', 2002)).toBeNull();
    expect(harmonizeDivision('abc', 2011)).toBeNull();
    expect(harmonizeDivision('3', 2011)).toBeNull();
  });

  it('maps every 2002 industrial division 06–46 except the unused 12 and 38', () => {
    const mapped = GBT4754_RULES.filter((r) => r.edition === 2002 && r.prefix.length === 2).map((r) => Number(r.prefix));
    const expected = Array.from({ length: 41 }, (_, i) => i + 6).filter((d) => d !== 12 && d !== 38);
    expect(mapped.sort((a, b) => a - b)).toEqual(expected);
  });
});
