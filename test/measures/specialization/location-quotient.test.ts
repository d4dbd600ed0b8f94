import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locationQuotient } from '../../../src/measures/specialization/location-quotient.js';

interface Case { measure: string; input: { region: number[]; nation: number[] }; expected: number | number[] }
const structure = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/structure.json', import.meta.url)), 'utf8')) as { cases: Case[] };
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe('locationQuotient', () => {
  it('matches the published example for arrays of industries against the nation', () => {
    const c = structure.cases.find((x) => x.measure === 'locationQuotient')!;
    const r = Object.freeze(c.input.region);
    const n = Object.freeze(c.input.nation);
    const lq = locationQuotient(r, sum(c.input.region), n, sum(c.input.nation));
    (c.expected as number[]).forEach((e, i) => expect(lq[i]).toBeCloseTo(e, 14));
  });

  it('returns a number for numbers and broadcasts numbers against arrays', () => {
    expect(locationQuotient(30, 100, 20, 100)).toBe(1.5);
    // Two regions' shares of one industry against one nation.
    expect(locationQuotient([30, 10], [100, 50], 20, 100)).toEqual([1.5, 1]);
  });

  it('refuses bad input with the argument and index', () => {
    expect(() => locationQuotient([1, 2], 3, [1], 2)).toThrow(expect.objectContaining({ code: 'length-mismatch', argument: 'nationIndustry' }));
    expect(() => locationQuotient([1, Number.NaN], 3, [1, 1], 2)).toThrow(expect.objectContaining({ code: 'not-finite', index: 1 }));
    expect(() => locationQuotient([1, 2], 3, [1, 0], 2)).toThrow(expect.objectContaining({ code: 'out-of-domain', argument: 'nationIndustry', index: 1 }));
    expect(() => locationQuotient(1, 0, 1, 2)).toThrow(expect.objectContaining({ argument: 'regionTotal' }));
    expect(() => locationQuotient([], 1, 1, 1)).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
