import { describe, expect, it } from 'vitest';
import { laterParkTargets, plan2011, plan2011Outcomes, trackTargets } from '../../src/parks/plan.js';
import { DataError } from '../../src/core/errors.js';

describe('plan2011', () => {
  it('holds the targets as written in the seed', () => {
    const [output, outputGrowth, tax, taxGrowth] = plan2011.targets;
    expect([output!.target, output!.stretch, output!.unit]).toEqual([2600, 3000, '亿元']);
    expect([tax!.target, tax!.unit]).toEqual([130, '亿元']);
    expect([outputGrowth!.target, outputGrowth!.comparison, taxGrowth!.target, taxGrowth!.comparison]).toEqual([30, 'approximately', 30, 'approximately']);
    expect(output!.asWritten).toBe('全省产业转移工业园确保实现工业总产值2600亿元（争取实现3000亿元）');
    expect(Object.isFrozen(plan2011.targets[0])).toBe(true);
  });

  it('holds the 16 dated tasks with schedules as written and departments', () => {
    expect(plan2011.tasks.map((t) => t.schedule)).toEqual(['3月', '4月', '4月', '4月', '6-10月', '6-12月', '全年', '3-7月', '全年', '6-8月', '2-4月', '全年', '全年', '全年', '全年', '全年']);
    expect(plan2011.tasks[7]!.departments).toEqual(['工业园区处', '人事处']);
    expect(plan2011.tasks[11]!.lead).toBe('工业园区处');
  });
});

describe('trackTargets', () => {
  const rows = trackTargets(plan2011.targets, plan2011Outcomes());

  it('takes the 2011 outcome from the park facts with its source id', () => {
    expect(plan2011Outcomes()).toEqual([
      { id: 'output-2011', value: 3468.31, source: 'S5' },
      { id: 'output-growth-2011', value: 77.5, source: 'S5' },
      { id: 'tax-2011', value: 137.39, source: 'S5' },
      { id: 'tax-growth-2011', value: 26.2, source: 'S5' },
    ]);
  });

  it('2011: output met (stretch too), tax met, tax growth below "about 30%"', () => {
    const out = rows[0]!;
    expect([out.met, out.stretchMet, +out.completion!.toFixed(4)]).toEqual([true, true, 1.334]);
    expect(rows[1]!.met).toBe(true);
    const tax = rows[2]!;
    expect([tax.met, +tax.completion!.toFixed(4), tax.source]).toEqual([true, 1.0568, 'target: seed: 二、主要目标; actual: S5']);
    const tg = rows[3]!;
    expect([tg.actual, tg.tolerance, tg.met]).toEqual([26.2, 2, false]);
    expect(tg.note).toMatch(/not met$/);
  });

  it('the tolerance of "about" is a parameter: 4 points would accept 26.2 %', () => {
    expect(trackTargets(plan2011.targets, plan2011Outcomes(), { tolerance: 4 })[3]!.met).toBe(true);
  });

  it('tracks later targets found in the data the same way', () => {
    const { targets, actuals } = laterParkTargets();
    const t = trackTargets(targets, actuals);
    expect(t.map((x) => [x.id, x.target, x.actual, x.met, x.source])).toEqual([
      ['output-2012', 5000, null, null, 'target: S6; actual: none found'],
      ['fai-2015', 1250, 1389, true, 'target: S14; actual: S14'],
      ['fai-2016', 1600, 1628.6, true, 'target: S15; actual: S15'],
    ]);
  });

  it('asOf stops at the report year: up to 2015 the 2016 target is not judged', () => {
    const { targets, actuals } = laterParkTargets();
    expect(trackTargets(targets, actuals, { asOf: 2015 }).map((x) => [x.id, x.met])).toEqual([['output-2012', null], ['fai-2015', true]]);
    expect(trackTargets(targets, actuals, { asOf: 2011 })).toEqual([]);
    expect(trackTargets(plan2011.targets, plan2011Outcomes(), { asOf: 2015 })).toHaveLength(4);
    expect(trackTargets(targets, actuals, { asOf: null })).toHaveLength(3);
    expect(() => trackTargets(targets, actuals, { asOf: 2015.5 })).toThrow(/asOf 2015.5 is not a year/);
  });

  it('refuses actuals for unknown or repeated targets', () => {
    expect(() => trackTargets(plan2011.targets, [{ id: 'nope', value: 1, source: 'x' }])).toThrow(DataError);
    expect(() => trackTargets(plan2011.targets, [{ id: 'tax-2011', value: 1, source: 'x' }, { id: 'tax-2011', value: 2, source: 'y' }])).toThrowError(/two actuals/);
  });

  const base = { id: 'x', indicator: { zh: '能耗', en: 'energy use' }, unit: '吨标煤/万元', year: 2015, source: 'test' } as const;
  const err = (f: () => unknown): DataError => { try { f(); } catch (x) { return x as DataError; } throw new Error('no error'); };

  it("supports 'at-most' targets: met when actual ≤ target, stretch when actual ≤ stretch", () => {
    const [under, over] = [0.5, 0.7].map((v) => trackTargets([{ ...base, target: 0.6, stretch: 0.55, comparison: 'at-most' }], [{ id: 'x', value: v, source: 's' }])[0]!);
    expect([under!.met, under!.stretchMet, under!.tolerance, under!.completion]).toEqual([true, true, 0, 0.5 / 0.6]);
    expect([over!.met, over!.stretchMet]).toEqual([false, false]);
    expect(under!.note).toMatch(/目标不超过0.6/);
    expect(over!.note).toMatch(/target at most 0.6 .*not met/);
  });

  it('refuses a NaN target, a negative or NaN tolerance and an unknown comparison, naming the row', () => {
    const nan = err(() => trackTargets([{ ...base, target: NaN, comparison: 'at-least' }], []));
    expect([nan.code, nan.input, nan.file, nan.row, nan.column]).toEqual(['not-a-number', 'targets', undefined, 1, 'target']);
    const tol = err(() => trackTargets([{ ...base, target: 1, comparison: 'approximately', tolerance: -1 }], []));
    expect([tol.code, tol.row, tol.column]).toEqual(['out-of-range', 1, 'tolerance']);
    expect(err(() => trackTargets([{ ...base, target: 1, comparison: 'at-least' }], [], { tolerance: NaN })).code).toBe('out-of-range');
    expect(err(() => trackTargets([{ ...base, target: 1, comparison: 'at-least' }], [], { tolerance: -2 })).message).toMatch(/tolerance -2/);
    const cmp = err(() => trackTargets([{ ...base, target: 1, comparison: 'atleast' as 'at-least' }], []));
    expect([cmp.code, cmp.column]).toEqual(['unknown-category', 'comparison']);
    expect(cmp.message).toMatch(/"atleast" of target "x" is not one of at-least, at-most, approximately/);
    expect(err(() => trackTargets([{ ...base, target: 1, stretch: NaN, comparison: 'at-least' }], [])).column).toBe('stretch');
  });

  it('names a null argument', () => {
    expect(err(() => trackTargets(null as unknown as [], [])).message).toMatch(/argument "targets" is null/);
    expect(err(() => trackTargets([], undefined as unknown as [])).message).toMatch(/argument "actuals" is undefined/);
    expect(err(() => plan2011Outcomes(null as unknown as [])).message).toMatch(/plan2011Outcomes: argument "facts" is null/);
    expect(err(() => laterParkTargets(null as unknown as [])).message).toMatch(/laterParkTargets: argument "facts" is null/);
  });
});
