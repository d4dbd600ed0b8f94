import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataError } from '../../src/core/errors.js';
import { dataPath } from '../../src/data/paths.js';
import { dataStatement, reportInputEnv, resolveReportInputs, validateReportInputs } from '../../src/report/inputs.js';
import { reportParameters } from '../../src/report/notebook-helpers.js';

describe('report inputs', () => {
  it('picks files by name from --data-dir, lets an explicit option win, and falls back to the example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
    copyFileSync(dataPath('examples/parks-synthetic.csv'), join(dir, 'parks.csv'));
    copyFileSync(dataPath('examples/transfers-synthetic.csv'), join(dir, 'transfers.csv'));
    const explicit = join(dir, 'my-industry.csv');
    copyFileSync(dataPath('examples/industry-synthetic.csv'), explicit);
    const r = resolveReportInputs({ dataDir: dir, industry: explicit });
    expect(r.parks).toBe(join(dir, 'parks.csv'));
    expect(r.transfers).toBe(join(dir, 'transfers.csv'));
    expect(r.industry).toBe(explicit);
    expect(r.panel).toBeNull();
    expect(r.firms).toBeNull();
    const ex = resolveReportInputs({ example: true });
    expect(ex.example).toBe(true);
    expect(basename(ex.parks!)).toBe('parks-synthetic.csv');
    expect(basename(ex.industry!)).toBe('industry-synthetic.csv');
    expect(ex.panel).toBeNull();
  });

  it('refuses a missing file or folder with a DataError', () => {
    expect(() => resolveReportInputs({ parks: '/nonexistent/parks.csv' })).toThrow(DataError);
    expect(() => resolveReportInputs({ dataDir: '/nonexistent-folder' })).toThrow(/no such folder/);
  });

  it('validates each file with its reader and records rows and SHA-256; a bad file stops it', async () => {
    const ex = resolveReportInputs({ example: true });
    const files = await validateReportInputs(ex);
    expect(files.map((f) => f.role)).toEqual(['parks', 'industry', 'transfers']);
    const parks = files.find((f) => f.role === 'parks')!;
    expect(parks.sha256).toBe(createHash('sha256').update(readFileSync(ex.parks!)).digest('hex'));
    expect(parks.synthetic).toBe(true);
    expect(parks.rows).toBeGreaterThan(40);
    const dir = mkdtempSync(join(tmpdir(), 'inputs-bad-'));
    writeFileSync(join(dir, 'transfers.csv'), 'city,year,output_moved_out,unit\n深圳,2015,abc,亿元\n');
    await expect(validateReportInputs(resolveReportInputs({ dataDir: dir }))).rejects.toThrow(DataError);
  });

  it('hands the files to the notebooks through the environment and states them in the chapter', async () => {
    const ex = resolveReportInputs({ example: true });
    const files = await validateReportInputs(ex);
    const env = { ...reportInputEnv(files, true), REPORT_FUND: '10', REPORT_CAP: '0.3', REPORT_RULES: 'gd-2014' };
    const params = reportParameters(env);
    expect(params.inputs.parks).toBe(ex.parks);
    expect(params.inputs.firms).toBeNull();
    expect(params.example).toBe(true);
    expect(params.fund).toBe(10);
    expect(params.cap).toBe(0.3);
    expect(params.rules).toBe('gd-2014');
    const s = dataStatement(params, ['panel', 'parks', 'firms']);
    expect(s).toContain('随包公开数据');
    expect(s).toContain('示意数据');
    expect(s).toContain('`parks-synthetic.csv`');
    expect(s).toContain(files.find((f) => f.role === 'parks')!.sha256.slice(0, 12));
    expect(s).toContain('企业名录（迁移）：未提供');
    expect(() => reportParameters({ REPORT_CAP: '1.5' })).toThrow(/REPORT_CAP/);
  });
});
