import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateTransferRewards, type TransferMoved } from '../../src/parks/rewards.js';
import { DataError } from '../../src/core/errors.js';

const cities = ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山', '江门', '肇庆'];
const transfersArb = fc.uniqueArray(
  fc.record({ city: fc.constantFrom(...cities), outputMoved: fc.integer({ min: 0, max: 10_000 }) }),
  { selector: (t) => t.city, minLength: 1, maxLength: 9 },
).filter((ts) => ts.some((t) => t.outputMoved > 0));

describe('allocateTransferRewards', () => {
  it('hand-computed: proportional with a cap and largest-remainder rounding', () => {
    const input = Object.freeze([
      Object.freeze({ city: '深圳', outputMoved: 60 }), Object.freeze({ city: '东莞', outputMoved: 30 }), Object.freeze({ city: '佛山', outputMoved: 10 }),
    ]);
    const r = allocateTransferRewards(100, input, { cap: 0.5 });
    expect(r.allocations.map((a) => [a.city, a.exact, a.amount, a.capped])).toEqual([
      ['深圳', 50, 50, true], ['东莞', 37.5, 38, false], ['佛山', 12.5, 12, false],
    ]);
    expect(r.allocations[0]!.reason).toMatch(/capped, the excess shared among the others$/);
    expect([r.rounds, r.capInfeasible]).toEqual([1, false]);
  });

  it('redistributes repeatedly when the excess pushes another city over the cap', () => {
    // 60/25/10/5 with cap 0.3: round 1 caps A (30); B then gets 70·25/40 = 43.75 > 30 → capped in round 2;
    // C, D share 40 → 26.67 and 13.33, rounded by largest remainder to 27 and 13.
    const r = allocateTransferRewards(100, [{ city: 'A', outputMoved: 60 }, { city: 'B', outputMoved: 25 }, { city: 'C', outputMoved: 10 }, { city: 'D', outputMoved: 5 }], { cap: 0.3, cities: 'any' });
    expect(r.allocations.map((a) => a.amount)).toEqual([30, 30, 27, 13]);
    expect(r.rounds).toBe(2);
  });

  it('rounds to a unit so that amounts add up to the fund exactly', () => {
    const r = allocateTransferRewards(1000, [{ city: 'A', outputMoved: 1 }, { city: 'B', outputMoved: 1 }, { city: 'C', outputMoved: 1 }], { unit: 10, cities: 'any' });
    expect(r.allocations.map((a) => a.amount)).toEqual([340, 330, 330]); // equal remainders: ties by city name
  });

  it('says when the cap is infeasible and splits equally', () => {
    const r = allocateTransferRewards(100, [{ city: 'A', outputMoved: 60 }, { city: 'B', outputMoved: 30 }], { cap: 0.4, cities: 'any' });
    expect(r.capInfeasible).toBe(true);
    expect(r.allocations.map((a) => a.amount)).toEqual([50, 50]);
    expect(r.allocations[0]!.reason).toMatch(/cannot absorb the fund: cap lifted to 1\/2/);
  });

  it('gives nothing below the minimum and says why', () => {
    const r = allocateTransferRewards(90, [{ city: 'A', outputMoved: 60 }, { city: 'B', outputMoved: 30 }, { city: 'C', outputMoved: 5 }], { minimum: 10, cities: 'any' });
    expect(r.allocations.map((a) => a.amount)).toEqual([60, 30, 0]);
    expect(r.allocations[2]!.reason).toMatch(/below the minimum 10/);
  });

  it('property: amounts sum to the fund, are multiples of the unit, and respect a feasible cap', () => {
    fc.assert(fc.property(transfersArb, fc.integer({ min: 0, max: 5000 }), fc.constantFrom(1, 5, 10), fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
      (ts, k, unit, cap) => {
        const fund = k * unit;
        const r = allocateTransferRewards(fund, ts, { unit, cap });
        expect(r.allocations.reduce((s, a) => s + a.amount, 0)).toBe(fund);
        for (const a of r.allocations) {
          expect(Number.isInteger(a.amount / unit)).toBe(true);
          if (cap !== undefined && !r.capInfeasible) expect(a.amount).toBeLessThanOrEqual(cap * fund + 1e-9);
        }
        const eligible = ts.filter((t) => t.outputMoved > 0).length;
        expect(r.capInfeasible).toBe(cap !== undefined && Math.floor((cap * fund) / unit + 1e-9) * eligible < fund / unit);
      }));
  });

  it('property: a city that moves more output never gets less', () => {
    fc.assert(fc.property(transfersArb, fc.integer({ min: 1, max: 5000 }), fc.nat({ max: 8 }), fc.integer({ min: 1, max: 5000 }), fc.option(fc.constantFrom(0.3, 0.5), { nil: undefined }),
      (ts, fund, pick, extra, cap) => {
        const i = pick % ts.length;
        const more: TransferMoved[] = ts.map((t, j) => (j === i ? { ...t, outputMoved: t.outputMoved + extra } : t));
        const before = allocateTransferRewards(fund, ts, { cap });
        const after = allocateTransferRewards(fund, more, { cap });
        fc.pre(before.capInfeasible === after.capInfeasible);
        expect(after.allocations[i]!.amount).toBeGreaterThanOrEqual(before.allocations[i]!.amount);
      }));
  });

  it('refuses bad input', () => {
    expect(() => allocateTransferRewards(100, [{ city: 'A', outputMoved: 1 }, { city: 'A', outputMoved: 2 }], { cities: 'any' })).toThrowError(/twice/);
    expect(() => allocateTransferRewards(100, [{ city: 'A', outputMoved: -1 }], { cities: 'any' })).toThrow(DataError);
    expect(() => allocateTransferRewards(105, [{ city: 'A', outputMoved: 1 }], { unit: 10, cities: 'any' })).toThrowError(/whole number of units/);
    expect(() => allocateTransferRewards(100, [{ city: 'A', outputMoved: 1 }], { cap: 0, cities: 'any' })).toThrowError(/cap/);
    expect(() => allocateTransferRewards(100, [{ city: 'A', outputMoved: 0 }], { cities: 'any' })).toThrowError(/no city qualifies/);
    // null arguments are named
    expect(() => allocateTransferRewards(100, null as unknown as TransferMoved[])).toThrowError(/argument "transfers" is null/);
  });

  it('normalises city names through the registry: 深圳 and 深圳市 are one city and cannot escape the cap as two', () => {
    const e = (() => { try { allocateTransferRewards(100, [{ city: '深圳', outputMoved: 60 }, { city: '深圳市', outputMoved: 40 }], { cap: 0.5 }); } catch (x) { return x; } return undefined; })();
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).code).toBe('duplicate-key');
    expect((e as DataError).row).toBe(2);
    expect((e as DataError).message).toMatch(/row 1 names the same city as "深圳"/);
    // codes and English names resolve too; the output carries the registry name, the code and the input as given
    const r = allocateTransferRewards(100, [{ city: 'Shenzhen', outputMoved: 60 }, { city: '440600', outputMoved: 40 }]);
    expect(r.allocations.map((a) => [a.city, a.cityCode, a.cityAsGiven, a.amount])).toEqual([['深圳', 440300, 'Shenzhen', 60], ['佛山', 440600, '440600', 40]]);
  });

  it('refuses a city outside the PRD or outside Guangdong unless an option allows it', () => {
    const err = (f: () => unknown) => { try { f(); } catch (x) { return x as DataError; } throw new Error('no error'); };
    const outside = err(() => allocateTransferRewards(100, [{ city: '深圳', outputMoved: 60 }, { city: '梅州市', outputMoved: 40 }]));
    expect([outside.code, outside.row, outside.column]).toEqual(['unknown-city', 2, 'city']);
    expect(outside.message).toMatch(/梅州 \(North\) is not a Pearl River Delta city/);
    const unknown = err(() => allocateTransferRewards(100, [{ city: '深川', outputMoved: 60 }]));
    expect([unknown.code, unknown.row]).toEqual(['unknown-city', 1]);
    expect(unknown.message).toMatch(/did you mean 深圳/);
    const g = allocateTransferRewards(100, [{ city: '深圳', outputMoved: 60 }, { city: '梅州市', outputMoved: 40 }], { cities: 'guangdong' });
    expect(g.allocations.map((a) => [a.city, a.amount])).toEqual([['深圳', 60], ['梅州', 40]]);
    expect(err(() => allocateTransferRewards(100, [{ city: '深圳', outputMoved: 1 }], { cities: 'all' as 'any' })).code).toBe('unknown-category');
  });
});
