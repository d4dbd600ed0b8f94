import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/errors.js';
import { FirmPanel, openFirmPanel } from '../../src/firms/index.js';
import { SMALL, collectWarnings, openQuiet } from './helpers.js';

describe('openFirmPanel', () => {
  let panel: FirmPanel;
  let warnings: { code: string; message: string }[];
  const dir = mkdtempSync(join(tmpdir(), 'firms-panel-'));
  beforeAll(async () => {
    ({ panel, warnings } = await openQuiet(SMALL));
  });
  afterAll(async () => {
    await panel.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the usable rows and counts every excluded row by kind', () => {
    expect(panel.report.rowsRead).toBe(27);
    expect(panel.report.rowsUsable).toBe(22);
    const counts = Object.fromEntries(panel.report.problems.map((p) => [p.code, p.count]));
    expect(counts).toEqual({ 'duplicate-firm-year': 2, 'negative-output': 1, 'not-a-number-output': 1, 'unknown-city': 1 });
    expect(panel.years).toEqual([2010, 2013]);
    expect(panel.hasEmployment).toBe(true);
    expect(panel.hasParks).toBe(true);
    expect(panel.synthetic).toBe(false);
  });

  it('gives examples with file row numbers and the offending values', () => {
    const city = panel.report.problems.find((p) => p.code === 'unknown-city')!;
    expect(city.examples).toEqual([
      { file: SMALL, row: 21, firm_id: '8', year: 2011, city_code: 450100, output: 100, industry_code: '3911' },
    ]);
    const dup = panel.report.problems.find((p) => p.code === 'duplicate-firm-year')!;
    expect(dup.examples.map((e) => e.row)).toEqual([24, 25]);
    expect(dup.message).toMatch(/twice in one year/);
  });

  it('announces each kind of bad row once through warn()', () => {
    expect(warnings.map((w) => w.code)).toEqual(['firm-bad-rows', 'firm-bad-rows', 'firm-bad-rows', 'firm-bad-rows']);
    expect(warnings.some((w) => /450100|Guangdong prefecture/.test(w.message))).toBe(true);
  });

  it('keeps the remaining rows of a firm whose duplicate year was excluded', async () => {
    const t = await panel.query("SELECT CAST(year AS INTEGER) AS year FROM firms WHERE CAST(firm_id AS VARCHAR) = '10' ORDER BY year");
    expect(t.array('year')).toEqual([2010, 2012]);
  });

  it('maps user column names through schema.columns and takes the edition from the schema', async () => {
    const f = join(dir, 'renamed.csv');
    writeFileSync(f, 'id,yr,city,ind,value\nA,2015,440300,0610,10\nA,2016,441600,0610,12\n');
    const { panel: p } = await openQuiet(f, {
      schema: { columns: { firm_id: 'id', year: 'yr', city_code: 'city', industry_code: 'ind', output: 'value' }, industryEdition: 2011 },
    });
    const t = await p.query('SELECT industry_code, CAST(industry_edition AS INTEGER) AS e FROM firms ORDER BY year');
    expect(t.objects()).toEqual([{ industry_code: '0610', e: 2011 }, { industry_code: '0610', e: 2011 }]);
    expect(p.hasEmployment).toBe(false);
    await p.close();
  });

  it('refuses a file without a needed column, naming it (row 0 = header)', async () => {
    const f = join(dir, 'nooutput.csv');
    writeFileSync(f, 'firm_id,year,city_code,industry_code,industry_edition\n1,2015,440300,3911,2011\n');
    const err = await openFirmPanel(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'missing-column', column: 'output', row: 0 });
  });

  it('refuses a file without an industry edition column or schema edition', async () => {
    const f = join(dir, 'noedition.csv');
    writeFileSync(f, 'firm_id,year,city_code,industry_code,output\n1,2015,440300,3911,1\n');
    await expect(openFirmPanel(f)).rejects.toMatchObject({ code: 'missing-column', column: 'industry_edition' });
  });

  it('throws DataError(empty) naming the problem when no usable row remains', async () => {
    const f = join(dir, 'allbad.csv');
    writeFileSync(f, 'firm_id,year,city_code,industry_code,industry_edition,output\n1,2015,110000,3911,2011,5\n2,2015,310000,3911,2011,5\n');
    const { value: err } = await collectWarnings(() => openFirmPanel(f).catch((e: unknown) => e));
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'empty', row: 1, column: 'city_code' });
    expect((err as Error).message).toMatch(/2 of 2 row\(s\) excluded.*Guangdong/);
  });

  it('throws DataError(unreadable) for a missing file', async () => {
    await expect(openFirmPanel(join(dir, 'nope.parquet'))).rejects.toMatchObject({ name: 'DataError', code: 'unreadable' });
  });

  it('reads several files through a glob and reports the file of a bad row', async () => {
    writeFileSync(join(dir, 'part-1.csv'), 'firm_id,year,city_code,industry_code,industry_edition,output\n1,2015,440300,3911,2011,5\n');
    writeFileSync(join(dir, 'part-2.csv'), 'firm_id,year,city_code,industry_code,industry_edition,output\n1,2016,441600,3911,2011,6\n2,2016,440300,3911,2011,-1\n');
    const { panel: p } = await openQuiet(join(dir, 'part-*.csv'));
    expect(p.report.rowsUsable).toBe(2);
    expect(p.report.problems[0]!.examples[0]!.file).toMatch(/part-2\.csv$/);
    await p.close();
  });

  it('rejects queries after close and tolerates a second close', async () => {
    const { panel: p } = await openQuiet(SMALL);
    await p.close();
    await p.close();
    expect(p.closed).toBe(true);
    await expect(p.query('SELECT 1')).rejects.toBeInstanceOf(DataError);
  });
});
