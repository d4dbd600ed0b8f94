import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advancedManufacturingShare, highTechShare, modernServicesShare } from '../../../src/measures/structure/sector-shares.js';
import { loadIndustryMapping } from '../../../src/panel/growth/industry-mappings.js';
import { setWarningHandler } from '../../../src/core/warnings.js';
import { MeasureError } from '../../../src/core/errors.js';

const adv = loadIndustryMapping('advanced-manufacturing-gd');
const hiNbs = loadIndustryMapping('high-tech-nbs');
const hiGd = loadIndustryMapping('high-tech-gd');
const ms = loadIndustryMapping('modern-services');
let prev: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  prev = setWarningHandler(() => {});
});
afterEach(() => setWarningHandler(prev));

// A small above-scale industry table, GB/T 4754-2011 codes (values 亿元, hand-made).
const industry = Object.freeze([
  { code: '06', value: 5 },
  { code: '13', value: 30 },
  { code: '261', value: 10 },
  { code: '27', value: 8 },
  { code: '391', value: 40 },
  { code: '392', value: 50 },
  { code: '38', value: 47 },
  { code: '44', value: 10 },
]);

describe('advancedManufacturingShare', () => {
  it('divides 装备 + 钢铁 + 石化 by the table’s industry total and says so', () => {
    const s = advancedManufacturingShare(industry, { mapping: adv, year: 2016, denominator: { basis: 'above-scale-industry' } });
    // numerator: 261 (10) + 391 (40) + 392 (50) + 38 (47) = 147; denominator: all rows 06–46 = 200.
    expect(s.numerator).toBe(147);
    expect(s.denominator).toBe(200);
    expect(s.share).toBeCloseTo(0.735, 14);
    expect([s.basis, s.basis_zh, s.denominatorFrom, s.edition]).toEqual(['above-scale-industry', '规模以上工业增加值', 'table', '2011']);
    expect(s.status).toBe('official-definition-mapped');
  });
  it('uses a given denominator (e.g. all industry) instead of the table sum', () => {
    const s = advancedManufacturingShare(industry, { mapping: adv, year: 2016, denominator: { basis: 'all-industry', value: 294 } });
    expect(s.share).toBeCloseTo(0.5, 14);
    expect(s.denominatorFrom).toBe('given');
  });
  it('can use manufacturing (codes 13–43) as the denominator', () => {
    const s = advancedManufacturingShare(industry, { mapping: adv, year: 2016, denominator: { basis: 'manufacturing' } });
    expect(s.denominator).toBe(185);
  });
  it('refuses a mapping of another aggregate and a GDP basis without a value', () => {
    expect(() => advancedManufacturingShare(industry, { mapping: hiNbs, year: 2016, denominator: { basis: 'all-industry' } })).toThrow(MeasureError);
    expect(() => advancedManufacturingShare(industry, { mapping: adv, year: 2016, denominator: { basis: 'gdp' } })).toThrowError(/pass denominator.value/);
  });
  it('does not modify the table', () => {
    advancedManufacturingShare(industry, { mapping: adv, year: 2016, denominator: { basis: 'above-scale-industry' } });
    expect(industry[0]).toEqual({ code: '06', value: 5 });
  });
});

describe('highTechShare', () => {
  it('takes 27 + 391 + 392 under the NBS 2013 list (2016)', () => {
    const s = highTechShare(industry, { mapping: hiNbs, year: 2016, denominator: { basis: 'above-scale-industry' } });
    expect(s.numerator).toBe(98);
    expect(s.share).toBeCloseTo(0.49, 14);
  });
  it('gives bounds, not a value, when a division straddles the list (38 holds no high-tech; 35 would)', () => {
    const rows = [...industry, { code: '35', value: 20 }];
    const s = highTechShare(rows, { mapping: hiGd, year: 2016, denominator: { basis: 'above-scale-industry' } });
    expect(s.share).toBeNull();
    expect(s.lower).toBeCloseTo(98 / 220, 14);
    expect(s.upper).toBeCloseTo(118 / 220, 14);
    expect(s.unresolved.map((u) => u.code)).toEqual(['35']);
  });
});

describe('modernServicesShare', () => {
  it('is labelled an assumption and needs an explicit GDP denominator', () => {
    const rows = [{ code: '66', value: 9 }, { code: '64', value: 3 }, { code: '51', value: 11 }];
    const s = modernServicesShare(rows, { mapping: ms, year: 2019, denominator: { basis: 'gdp', value: 100 } });
    expect(s.share).toBeCloseTo(0.12, 14);
    expect(s.status).toBe('assumption');
    expect(s.assumptions.join(' ')).toMatch(/assumption/);
  });
});
