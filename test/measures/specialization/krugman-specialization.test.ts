import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { krugmanSpecialization } from '../../../src/measures/specialization/krugman-specialization.js';
import { hoover } from '../../../src/measures/specialization/hoover.js';

interface Case { measure: string; input: { region: number[]; nation: number[] }; expected: number }
const structure = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/structure.json', import.meta.url)), 'utf8')) as { cases: Case[] };

describe('krugmanSpecialization', () => {
  it('matches the published example', () => {
    const c = structure.cases.find((x) => x.measure === 'krugmanSpecialization')!;
    expect(krugmanSpecialization(Object.freeze(c.input.region), Object.freeze(c.input.nation))).toBeCloseTo(c.expected, 14);
  });

  it('is 0 for the same mix, 2 for disjoint mixes, and twice the Hoover index', () => {
    expect(krugmanSpecialization([1, 2, 3], [10, 20, 30])).toBeCloseTo(0, 15);
    expect(krugmanSpecialization([1, 0], [0, 5])).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true })), { minLength: 1, maxLength: 12 }), (rows) => {
        const a = rows.map((r) => r[0]);
        const b = rows.map((r) => r[1]);
        expect(krugmanSpecialization(a, b)).toBeCloseTo(2 * hoover(a, b), 12);
      }),
    );
  });

  it('refuses mismatched lengths and all-zero vectors', () => {
    expect(() => krugmanSpecialization([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => krugmanSpecialization([0, 0], [1, 1])).toThrow(expect.objectContaining({ code: 'degenerate', argument: 'regionValues' }));
  });
});
