import { describe, expect, it } from 'vitest';
import { industryShareWide } from '../../../src/panel/industry/industry-share-wide.js';
import type { IndustryShareRow } from '../../../src/panel/industry/industry-share-table.js';
import type { GbtEdition, IndustryAggregateKind } from '../../../src/measures/structure/industry-mapping.js';

const row = (unit: string, year: number, aggregate: IndustryAggregateKind, share: number | null, edition: GbtEdition | null, extra: Partial<IndustryShareRow> = {}): IndustryShareRow => ({
  unit, unit_zh: unit === 'PRD' ? '珠三角' : unit, level: unit === 'PRD' ? 'region' : 'city', year, aggregate, aggregate_zh: aggregate, mapping_id: aggregate,
  scope: 'all', indicator: 'value-added', numerator: share, straddling: 0, denominator: 1, share, lower: share, upper: share, edition,
  n_cities: 1, n_expected: 1, flags: [], ...extra,
});

describe('industryShareWide', () => {
  const rows = [
    row('PRD', 2010, 'advanced-manufacturing', 0.4, '2002'),
    row('PRD', 2011, 'advanced-manufacturing', 0.425, '2002'),
    row('PRD', 2012, 'advanced-manufacturing', 0.5, '2011', { flags: ['edition-break'] }),
    row('PRD', 2010, 'high-tech-manufacturing', null, '2002', { lower: 0.1, upper: 0.15, flags: ['range'] }),
    row('PRD', 2011, 'modern-services', 0.3, '2002'),
    row('广州', 2010, 'advanced-manufacturing', 0.2, '2002'),
  ];
  it('puts the aggregates side by side with the change since 2010 within one edition', () => {
    const w = industryShareWide(rows, { units: ['PRD'] });
    expect(w.map((r) => [r.year, r.edition_text, r.advanced, r.advanced_pp])).toEqual([
      [2010, 'GB/T 4754-2002', '40.0', 0],
      [2011, 'GB/T 4754-2002', '42.5', expect.closeTo(2.5, 12)],
      [2012, 'GB/T 4754-2011（断点）', '50.0', null], // across the break: no change
    ]);
    expect(w[2]!.edition_break).toBe(true);
    expect([w[0]!.hightech, w[0]!.hightech_pct, w[0]!.hightech_pp]).toEqual(['10.0–15.0', null, null]);
    expect([w[1]!.modern, w[1]!.modern_pct, w[1]!.modern_pp]).toEqual(['30.0', 30, null]); // no 2010 baseline
    expect(w[2]!.modern).toBe('—');
  });
  it('keeps the units in the order given, every unit otherwise', () => {
    expect(industryShareWide(rows, { units: ['广州', 'PRD'] }).map((r) => `${r.unit}${r.year}`)).toEqual(['广州2010', 'PRD2010', 'PRD2011', 'PRD2012']);
    expect(industryShareWide(rows).map((r) => r.unit)).toEqual(['PRD', 'PRD', 'PRD', '广州']);
  });
});
