/**
 * Industry structure end to end through `runReport` (issue 9 §6): three PRD cities × three years
 * of a long-form industry file (`--industry`, the template's columns), one tiny chapter
 * (test/report/fixtures/industry/) that calls `reportIndustry`, `industryShareTable` and
 * `shareRiseFinding` and emits `industry-shares`.
 *
 * Hand computation (one edition, GB/T 4754-2011, all scope, value added, 亿元; 先进制造业
 * (广东省统计口径) holds division 39, not 13; share = value of 39 / TOTAL):
 *   广州: 39 = 20, 25, 30 of TOTAL 100 → 0.2, 0.25, 0.3; 2010 → 2012 +10 pp: 进一步提高.
 *   深圳: 39 = 50, 45, 40 of TOTAL 200 → 0.25, 0.225, 0.2; −5 pp: 未进一步提高.
 *   佛山: 39 = 30, 30, 30 of TOTAL 150 → 0.2 each year; 0 pp: 未进一步提高 (the rise must be strict).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/report/runner.js';

const here = dirname(fileURLToPath(import.meta.url));

const CITIES: Array<[string, number, number[]]> = [
  ['广州', 100, [20, 25, 30]],
  ['深圳', 200, [50, 45, 40]],
  ['佛山', 150, [30, 30, 30]],
];
const INDUSTRY_CSV = ['city,year,industry_code,industry_name,edition,scope,indicator,value,unit']
  .concat(CITIES.flatMap(([city, total, v39]) => [2010, 2011, 2012].flatMap((year, i) => [
    `${city},${year},39,计算机、通信和其他电子设备制造业,2011,all,value-added,${v39[i]},亿元`,
    `${city},${year},13,农副食品加工业,2011,all,value-added,10,亿元`,
    `${city},${year},TOTAL,合计（地区生产总值）,2011,all,value-added,${total},亿元`,
  ])))
  .join('\n') + '\n';

/** The rows of a tables/*.csv, BOM and header dropped. */
function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1).trimEnd().split('\n').slice(1).map((l) => l.split(','));
}

describe('industry shares and the 进一步提高 finding through a run (--industry)', () => {
  let out: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-industry-e2e-'));
    writeFileSync(join(dir, 'industry.csv'), INDUSTRY_CSV);
    out = join(dir, 'out');
    await runReport({
      out, notebooksDir: join(here, 'fixtures', 'industry'), industry: join(dir, 'industry.csv'),
      pdf: false, build: false, cacheDir: false, log: () => undefined,
    });
  }, 180_000);

  it('writes tables/industry-shares.csv with the hand-computed shares, unrounded', () => {
    expect(readFileSync(join(out, 'tables', 'industry-shares.csv'), 'utf8').slice(1).split('\n')[0]).toBe('城市,年份,占比,行业分类版本');
    expect(csvRows(join(out, 'tables', 'industry-shares.csv'))).toEqual([
      ['广州', '2010', '0.2', '2011'], ['广州', '2011', '0.25', '2011'], ['广州', '2012', '0.3', '2011'],
      ['深圳', '2010', '0.25', '2011'], ['深圳', '2011', '0.225', '2011'], ['深圳', '2012', '0.2', '2011'],
      ['佛山', '2010', '0.2', '2011'], ['佛山', '2011', '0.2', '2011'], ['佛山', '2012', '0.2', '2011'],
    ]);
  });

  it('finds 进一步提高 for 广州 only, with the hand-computed changes', () => {
    const rows = csvRows(join(out, 'tables', '96-share-rise.csv'));
    const byCity = Object.fromEntries(rows.map(([city, verdict, zh, pp]) => [city!, { verdict, zh, pp: Number(pp) }]));
    expect(Object.keys(byCity).sort()).toEqual(['佛山', '广州', '深圳'].sort());
    expect([byCity['广州']!.verdict, byCity['广州']!.zh]).toEqual(['raised', '进一步提高']);
    expect([byCity['深圳']!.verdict, byCity['深圳']!.zh]).toEqual(['not-raised', '未进一步提高']);
    expect([byCity['佛山']!.verdict, byCity['佛山']!.zh]).toEqual(['not-raised', '未进一步提高']);
    expect(byCity['广州']!.pp).toBeCloseTo(10, 12);
    expect(byCity['深圳']!.pp).toBeCloseTo(-5, 12);
    expect(byCity['佛山']!.pp).toBe(0);
  });

  it('prints the finding of each city in the chapter, in the hand-computed words', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/广州[^<]*由2010年的20\.0%变为2012年的30\.0%，提高10\.0个百分点，进一步提高。/);
    expect(html).toMatch(/深圳[^<]*由2010年的25\.0%变为2012年的20\.0%，下降5\.0个百分点，未进一步提高。/);
    expect(html).toMatch(/佛山[^<]*由2010年的20\.0%变为2012年的20\.0%，提高0\.0个百分点，未进一步提高。/);
  });
});
