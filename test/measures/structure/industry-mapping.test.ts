import { describe, expect, it } from 'vitest';
import { mappingEditionFor, validateIndustryMapping, type IndustryMapping } from '../../../src/measures/structure/industry-mapping.js';
import { loadIndustryMapping, INDUSTRY_MAPPINGS } from '../../../src/panel/growth/industry-mappings.js';
import { DataError, MeasureError } from '../../../src/core/errors.js';

const minimal = (): IndustryMapping => ({
  id: 'x',
  aggregate: 'modern-services',
  name_zh: '现代服务业',
  name_en: 'x',
  definition: 'x',
  status: 'assumption',
  sources: [],
  assumptions: [],
  editions: [
    { classification: 'GB/T 4754-2011', edition: '2011', valid_from: 2012, valid_to: 2017, groups: [{ id: 'f', name_zh: '金融', name_en: 'f', codes: ['66'] }] },
    { classification: 'GB/T 4754-2017', edition: '2017', valid_from: 2018, valid_to: null, groups: [{ id: 'f', name_zh: '金融', name_en: 'f', codes: ['66'] }] },
  ],
});

describe('bundled industry mappings', () => {
  it.each(Object.keys(INDUSTRY_MAPPINGS))('%s is valid and cites at least one source', (id) => {
    const m = loadIndustryMapping(id);
    expect(m.id).toBe(id);
    expect(m.sources.length).toBeGreaterThan(0);
    expect(m.assumptions.length).toBeGreaterThan(0);
  });
  it('quotes Guangdong’s advanced-manufacturing definition with its address', () => {
    const m = loadIndustryMapping('advanced-manufacturing-gd');
    expect(m.sources[0]!.url).toBe('https://web.xiaze.org/tjgb/201604/25976-10.html');
    expect(m.sources[0]!.quote).toContain('装备制造业、钢铁冶炼及加工业、石油及化学制造业');
    expect(m.editions.map((e) => e.edition)).toEqual(['2002', '2011', '2017']);
  });
  it('has seven Guangdong high-tech groups and six NBS groups', () => {
    expect(loadIndustryMapping('high-tech-gd').editions.every((e) => e.groups.length === 7)).toBe(true);
    expect(loadIndustryMapping('high-tech-nbs').editions.every((e) => e.groups.length === 6)).toBe(true);
  });
  it('marks modern services as an assumption', () => {
    expect(loadIndustryMapping('modern-services').status).toBe('assumption');
  });
  it('returns a fresh copy, so editing it does not change the next load', () => {
    const a = loadIndustryMapping('modern-services');
    a.editions[0]!.groups.pop();
    expect(loadIndustryMapping('modern-services').editions[0]!.groups.length).toBe(8);
  });
  it('refuses an unknown id with the list of known ones', () => {
    expect(() => loadIndustryMapping('advanced')).toThrowError(/use one of advanced-manufacturing-gd/);
  });
});

describe('validateIndustryMapping', () => {
  it('accepts a minimal mapping and leaves it unmodified', () => {
    const m = minimal();
    const frozen = JSON.parse(JSON.stringify(m)) as IndustryMapping;
    expect(validateIndustryMapping(m).id).toBe('x');
    expect(m).toEqual(frozen);
  });
  it('refuses a code nested in another (double counting)', () => {
    const m = minimal();
    m.editions[0]!.groups.push({ id: 'g', name_zh: 'g', name_en: 'g', codes: ['661'] });
    expect(() => validateIndustryMapping(m)).toThrowError(/counted twice/);
  });
  it('refuses overlapping validity years', () => {
    const m = minimal();
    m.editions[1]!.valid_from = 2017;
    expect(() => validateIndustryMapping(m)).toThrowError(/overlaps/);
  });
  it('refuses malformed codes and unknown editions with a DataError naming the field', () => {
    const m = minimal();
    m.editions[0]!.groups[0]!.codes = ['C39'];
    try {
      validateIndustryMapping(m, 'mine.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).file).toBe('mine.json');
      expect((e as DataError).column).toBe('editions[0].groups[0].codes');
    }
    const n = minimal() as unknown as { editions: Array<{ edition: string }> };
    n.editions[0]!.edition = '1994';
    expect(() => validateIndustryMapping(n)).toThrow(DataError);
  });
});

describe('mappingEditionFor', () => {
  const m = loadIndustryMapping('advanced-manufacturing-gd');
  it('picks GB/T 4754-2002 for 2010, 2011 for 2015 and 2017 for 2020', () => {
    expect(mappingEditionFor(m, 2010).edition).toBe('2002');
    expect(mappingEditionFor(m, 2011).edition).toBe('2002');
    expect(mappingEditionFor(m, 2012).edition).toBe('2011');
    expect(mappingEditionFor(m, 2017).edition).toBe('2011');
    expect(mappingEditionFor(m, 2018).edition).toBe('2017');
    expect(mappingEditionFor(m, 2030).edition).toBe('2017');
  });
  it('refuses a year before any edition and suggests forcing one', () => {
    expect(() => mappingEditionFor(m, 1999)).toThrowError(/pass \{ edition \}/);
    expect(() => mappingEditionFor(loadIndustryMapping('high-tech-nbs'), 2005, '2002')).toThrow(MeasureError);
  });
});
