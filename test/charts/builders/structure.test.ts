import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { sectorShareChart, structureIndexChart } from '../../../src/charts/index.js';
import { sectorRows, structureRows } from '../examples.js';

describe('sectorShareChart', () => {
  it('folds the three *_share columns inside the spec and labels sectors in Chinese', () => {
    const spec = sectorShareChart(Object.freeze(sectorRows.map((r) => Object.freeze(r)))) as any;
    expect(spec.transform[0]).toEqual({ fold: ['primary_share', 'secondary_share', 'tertiary_share'], as: ['sector_key', 'share'] });
    expect(spec.encoding.color.sort).toEqual(['第一产业', '第二产业', '第三产业']);
    expect(spec.data.values[0]).toMatchObject({ year: 2010, primary_share: 5, area: '广东省' });
    expect(spec.facet).toBeUndefined();
  });

  it('facets by area when several areas are given, from a table too', () => {
    const rows = [...sectorRows, ...sectorRows.map((r) => ({ ...r, unit: 'PRD' }))];
    const spec = sectorShareChart(aq.from(rows), { lang: 'en' }) as any;
    expect(spec.facet.field).toBe('area');
    expect(spec.facet.sort).toEqual(['Guangdong', 'Pearl River Delta']);
    expect(spec.spec.encoding.color.sort).toEqual(['Primary', 'Secondary', 'Tertiary']);
  });

  it('refuses a share that is text', () => {
    expect(() => sectorShareChart([{ year: 2010, primary_share: '5', secondary_share: 50, tertiary_share: 45 }] as never)).toThrow(/primary_share/);
  });
});

describe('structureIndexChart', () => {
  it('draws the named index columns, one facet row each with its own y scale', () => {
    const spec = structureIndexChart(structureRows, { indices: ['TS', 'H'], indexLabels: { TS: 'TS（三产/二产）' } }) as any;
    expect(spec.transform[0].fold).toEqual(['TS', 'H']);
    expect(spec.facet.row.sort).toEqual(['TS（三产/二产）', 'H']);
    expect(spec.resolve.scale.y).toBe('independent');
    expect(spec.spec.encoding.color.sort).toEqual(['珠三角', '粤北山区']);
  });

  it('requires the index columns to be named and present', () => {
    expect(() => structureIndexChart(structureRows, { indices: [] })).toThrow(/options.indices/);
    expect(() => structureIndexChart(structureRows, { indices: ['TL'] })).toThrow(/column "TL" is missing/);
  });
});
