import { describe, expect, it } from 'vitest';
import { parkAggregateCoverage, parkAggregateKind, PARK_AGGREGATE_KIND_LABELS } from '../../src/parks/aggregates.js';
import { loadParkAggregateFacts, type ParkAggregateFact } from '../../src/data/facts.js';
import { MeasureError } from '../../src/core/errors.js';

describe('parkAggregateKind', () => {
  it('classifies the bundled park totals into the five core indicators', () => {
    const counts: Record<string, number> = {};
    for (const f of loadParkAggregateFacts()) { const k = parkAggregateKind(f) ?? 'other'; counts[k] = (counts[k] ?? 0) + 1; }
    // park counts: 2009-06, 2010, 2011, 2015, 2016, 2021-12, 2025-10, 2005-12; output: 2008, 2009Q1, 2011, 2012H1, 2013 Jan-Aug, 2025-10;
    // VA: 2011, 2015, 2016, 2021 Jan-Oct; tax: 2008, 2009Q1, 2011, 2013 Jan-Aug, 2015, 2016; FAI: 2015, 2016.
    expect(counts).toEqual({ 'park-count': 8, 'gross-output': 6, 'value-added': 4, tax: 6, 'fixed-asset-investment': 2, other: 24 });
  });
  it('leaves shares, targets and rated-park counts out', () => {
    expect(parkAggregateKind({ indicator_en: 'share of above-scale industrial VA of East/West/North Guangdong' })).toBeNull();
    expect(parkAggregateKind({ indicator_en: 'target gross output for 2012' })).toBeNull();
    expect(parkAggregateKind({ indicator_en: 'parks rated excellent' })).toBeNull();
    expect(PARK_AGGREGATE_KIND_LABELS['gross-output'].zh).toBe('工业总产值');
  });
});

describe('parkAggregateCoverage', () => {
  const facts = Object.freeze(loadParkAggregateFacts()) as readonly ParkAggregateFact[];
  it('finds the full-year numeric totals of 2008–2021', () => {
    expect(parkAggregateCoverage(facts, 'gross-output', 2008, 2021).years).toEqual([2008, 2011]);
    expect(parkAggregateCoverage(facts, 'tax', 2008, 2021).years).toEqual([2008, 2011, 2015, 2016]);
    expect(parkAggregateCoverage(facts, 'value-added', 2008, 2021).years).toEqual([2011, 2015, 2016]);
    const c = parkAggregateCoverage(facts, 'fixed-asset-investment', 2014, 2017);
    expect(c).toEqual({ kind: 'fixed-asset-investment', years: [2015, 2016], missing: [2014, 2017] });
  });
  it('does not count bounds like ">24000" or partial-year periods', () => {
    expect(parkAggregateCoverage(facts, 'gross-output', 2025, 2025).years).toEqual([]);
    expect(parkAggregateCoverage(facts, 'gross-output', 2012, 2013).years).toEqual([]);
  });
  it('rejects a reversed or fractional span', () => {
    expect(() => parkAggregateCoverage(facts, 'tax', 2016, 2015)).toThrow(MeasureError);
    expect(() => parkAggregateCoverage(facts, 'tax', 2015.5, 2016)).toThrow(MeasureError);
  });
});
