import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { detectRelocations } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, openQuiet } from './helpers.js';

describe('detectRelocations', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('finds every move of the hand-made panel, with before/after values', async () => {
    const t = await detectRelocations(panel);
    expect(t.select('firm_id', 'year', 'year_before', 'origin', 'destination', 'output_before', 'output_after').objects()).toEqual([
      { firm_id: '1', year: 2012, year_before: 2011, origin: 440300, destination: 441600, output_before: 120, output_after: 130 },
      { firm_id: '2', year: 2012, year_before: 2011, origin: 440300, destination: 441600, output_before: 200, output_after: 210 },
      { firm_id: '3', year: 2013, year_before: 2012, origin: 441900, destination: 441400, output_before: 50, output_after: 60 },
      { firm_id: '4', year: 2011, year_before: 2010, origin: 441900, destination: 441300, output_before: 80, output_after: 85 },
      { firm_id: '5', year: 2011, year_before: 2010, origin: 440100, destination: 441800, output_before: 500, output_after: 450 },
      { firm_id: '5', year: 2012, year_before: 2011, origin: 441800, destination: 440100, output_before: 450, output_after: 400 },
      { firm_id: '7', year: 2013, year_before: 2010, origin: 442000, destination: 441700, output_before: 70, output_after: 75 },
    ]);
  });

  it('records regions, the harmonised industry division and the destination park', async () => {
    const t = await detectRelocations(panel);
    expect(t.array('industry_division')).toEqual(['39', '39', '18', '33', '36', '36', '29']);
    expect(t.array('destination_region')).toEqual(['North', 'North', 'North', 'PRD', 'North', 'PRD', 'West']);
    expect(t.array('park_id')).toEqual(['P441600A', 'P441600A', null, null, 'L-local', null, 'P441700A']);
    expect(t.array('employment_before')).toEqual([12, 20, 5, 8, 50, 45, 7]);
  });

  it('selects by origin region, destination regions or cities, years and minimum output', async () => {
    const out = await detectRelocations(panel, { from: 'PRD', to: ['East', 'West', 'North'] });
    expect(out.array('firm_id')).toEqual(['1', '2', '3', '5', '7']);
    const heyuan = await detectRelocations(panel, { to: 441600 });
    expect(heyuan.array('firm_id')).toEqual(['1', '2']);
    const big = await detectRelocations(panel, { from: 'PRD', minOutput: 150 });
    expect(big.array('firm_id')).toEqual(['2', '5']);
    const y = await detectRelocations(panel, { year: [2013, 2013] });
    expect(y.array('firm_id')).toEqual(['3', '7']);
  });

  it('refuses unknown places and malformed years', async () => {
    await expect(detectRelocations(panel, { from: 450100 })).rejects.toBeInstanceOf(MeasureError);
    await expect(detectRelocations(panel, { from: 'South' as never })).rejects.toThrow(/not a region/);
    await expect(detectRelocations(panel, { year: [2013, 2011] })).rejects.toThrow(/ordered/);
    await expect(detectRelocations(panel, { minOutput: Number.NaN })).rejects.toBeInstanceOf(MeasureError);
  });

  it('still detects the move of a firm whose other year is duplicated (that year excluded)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firms-dup-'));
    const f = join(dir, 'dup.csv');
    writeFileSync(
      f,
      'firm_id,year,city_code,industry_code,industry_edition,output\n' +
        'A,2010,440300,3911,2011,1\nA,2010,440300,3911,2011,2\nA,2011,440300,3911,2011,3\nA,2012,441600,3911,2011,4\n',
    );
    const { panel: p } = await openQuiet(f);
    expect(p.report.rowsUsable).toBe(2);
    expect(p.report.problems.map((x) => [x.code, x.count])).toEqual([['duplicate-firm-year', 2]]);
    const t = await detectRelocations(p);
    expect(t.select('firm_id', 'year', 'origin', 'destination', 'output_before').objects()).toEqual([
      { firm_id: 'A', year: 2012, origin: 440300, destination: 441600, output_before: 3 },
    ]);
    await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not mutate the options it is given', async () => {
    const opts = Object.freeze({ from: Object.freeze(['PRD'] as const), to: Object.freeze([441600]) });
    const t = await detectRelocations(panel, opts);
    expect(t.numRows()).toBe(2);
  });
});
