import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shiftShare } from '../../../src/measures/shift-share/shift-share.js';

const ss = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/shiftshare.json', import.meta.url)), 'utf8')) as {
  nation: { base: number[]; final: number[] };
  regionA: { base: number[]; final: number[] };
  expected: {
    dunn: Record<string, number>;
    estebanMarquillas: Record<string, number>;
    dunnPerIndustry: { growth: number[]; nationalShare_e_ij_times_g_i: number[]; regionalShift: number[] };
  };
};
const input = Object.freeze({
  regionBase: Object.freeze(ss.regionA.base),
  regionFinal: Object.freeze(ss.regionA.final),
  nationBase: Object.freeze(ss.nation.base),
  nationFinal: Object.freeze(ss.nation.final),
});

describe('shiftShare', () => {
  it('reproduces the Farhauer & Kröll worked example (Dunn)', () => {
    const r = shiftShare(input);
    for (const k of ['growth', 'nationalShare', 'industrialMix', 'regionalShift', 'netShift'] as const) {
      expect(r[k]).toBeCloseTo(ss.expected.dunn[k]!, 10);
    }
    expect(r.allocation).toBeNull();
    const per = ss.expected.dunnPerIndustry;
    r.industries.forEach((x, i) => {
      expect(x.growth).toBeCloseTo(per.growth[i]!, 10);
      expect(x.nationalShare + x.industrialMix).toBeCloseTo(per.nationalShare_e_ij_times_g_i[i]!, 10);
      expect(x.regionalShift).toBeCloseTo(per.regionalShift[i]!, 10);
    });
  });

  it('reproduces the Esteban-Marquillas split of the regional shift into homothetic shift and allocation', () => {
    const r = shiftShare(input, { method: 'esteban-marquillas' });
    const e = ss.expected.estebanMarquillas;
    expect(r.regionalShift).toBeCloseTo(e.regionalShift!, 8);
    expect(r.allocation).toBeCloseTo(e.allocation!, 8);
    expect(r.nationalShare).toBeCloseTo(e.nationalShare!, 10);
    expect(r.industrialMix).toBeCloseTo(e.industrialMix!, 10);
  });

  it('counts an industry new to the region in the Dunn regional shift, refuses it under Esteban-Marquillas', () => {
    const x = { regionBase: [10, 0], regionFinal: [10, 5], nationBase: [100, 100], nationFinal: [100, 110] };
    const r = shiftShare(x);
    expect(r.growth).toBe(5);
    expect(r.industries[1]!.regionalShift).toBe(5);
    expect(() => shiftShare(x, { method: 'esteban-marquillas' })).toThrow(expect.objectContaining({ argument: 'regionBase', index: 1 }));
  });

  it('refuses a national industry of zero, negative values and mismatched lengths', () => {
    expect(() => shiftShare({ regionBase: [1, 1], regionFinal: [1, 1], nationBase: [1, 0], nationFinal: [1, 1] })).toThrow(expect.objectContaining({ argument: 'nationBase', index: 1 }));
    expect(() => shiftShare({ regionBase: [1, -1], regionFinal: [1, 1], nationBase: [1, 1], nationFinal: [1, 1] })).toThrow(expect.objectContaining({ code: 'out-of-domain' }));
    expect(() => shiftShare({ regionBase: [1, 1], regionFinal: [1], nationBase: [1, 1], nationFinal: [1, 1] })).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });

  it('components always add up to growth, in total and per industry (both methods)', () => {
    const pos = fc.double({ min: 1, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pos, pos, pos, pos), { minLength: 1, maxLength: 10 }),
        fc.constantFrom<'dunn' | 'esteban-marquillas'>('dunn', 'esteban-marquillas'),
        (rows, method) => {
          const r = shiftShare(
            { regionBase: rows.map((x) => x[0]), regionFinal: rows.map((x) => x[1]), nationBase: rows.map((x) => x[2]), nationFinal: rows.map((x) => x[3]) },
            { method },
          );
          const scale = Math.max(1, ...rows.flat());
          const parts = r.nationalShare + r.industrialMix + r.regionalShift + (r.allocation ?? 0);
          expect(Math.abs(parts - r.growth)).toBeLessThan(1e-9 * scale * rows.length);
          expect(Math.abs(r.nationalShare + r.netShift - r.growth)).toBeLessThan(1e-9 * scale * rows.length);
          for (const x of r.industries) {
            expect(Math.abs(x.nationalShare + x.industrialMix + x.regionalShift + (x.allocation ?? 0) - x.growth)).toBeLessThan(1e-9 * scale);
          }
        },
      ),
    );
  });
});
