/**
 * The park bulletin of a report run, end to end through `runReport` on six parks over two years
 * (a tiny notebooks folder, so no chapter of the real report runs).
 *
 * Hand computation under gd-2011 (the default for 2013: years before 2014), data/rules/gd-2011.json:
 * one ranking of all parks a year, bottom three get a yellow card, score < 60 fails;
 * 省示范园 → 非示范园 when failed or bottom three two years running; 非示范园 → 取消资格 likewise.
 *   2012: P1 95, P2 88, P3 80, P4 70, P5 66, P6 62 → bottom three P4, P5, P6 (streak 1), nobody fails.
 *   2013: P1 92, P3 85, P5 75, P4 68, P6 61, P2 58 → bottom three P4, P6, P2: yellow cards P2, P4, P6;
 *     P2 (示范) fails (58 < 60) → 非示范园; P4 (示范) bottom two years → 非示范园;
 *     P6 (非示范) bottom two years → 取消资格; P5 left the bottom three: no card.
 *     优秀 (library default: compliant and ≥ 90): P1 only; 不达标: P2; 达标: P3, P4, P5, P6.
 * Reward fund 100 亿元 by output moved out 2013: 广州 30, 深圳 45, 佛山 25 → 30, 45, 25.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/report/runner.js';
import type { ReportResult } from '../../src/report/runner.js';
import { bulletinDocx, bulletinHtml, bulletinRuleSet, bulletinTables, markSyntheticPage, reportBulletin } from '../../src/report/bulletin.js';
import { readParks } from '../../src/parks/read-parks.js';
import { dataPath } from '../../src/data/paths.js';
import { SIX_PARKS_CSV } from './six-parks.js';

const here = dirname(fileURLToPath(import.meta.url));

export { SIX_PARKS_CSV };

const TRANSFERS_CSV = `city,year,output_moved_out,unit
广州,2013,30,亿元
深圳,2013,45,亿元
佛山,2013,25,亿元
`;

/** The text between two headings of the bulletin page. */
function section(html: string, from: string, to: string): string {
  const a = html.indexOf(from);
  const b = html.indexOf(to, a + 1);
  expect(a, from).toBeGreaterThan(0);
  expect(b, to).toBeGreaterThan(a);
  return html.slice(a, b);
}

const NAMES = ['甲园区', '乙园区', '丙园区', '丁园区', '戊园区', '己园区'];
const namesIn = (text: string) => NAMES.filter((n) => text.includes(n));

describe('the park bulletin of a run (--parks, --transfers, --fund)', () => {
  let out: string;
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-bulletin-'));
    writeFileSync(join(dir, 'parks.csv'), SIX_PARKS_CSV);
    writeFileSync(join(dir, 'transfers.csv'), TRANSFERS_CSV);
    out = join(dir, 'out');
    result = await runReport({
      out, notebooksDir: join(here, 'fixtures', 'tables'), parks: join(dir, 'parks.csv'), transfers: join(dir, 'transfers.csv'), fund: 100,
      pdf: false, build: false, cacheDir: false, log: () => undefined,
    });
    html = readFileSync(join(out, 'bulletin.html'), 'utf8');
  }, 180_000);

  it('writes the bulletin and the tables', () => {
    for (const f of ['bulletin.html', 'bulletin.docx', 'tables/parks-results.csv', 'tables/rewards.csv', 'tables/growth-gap-regions.csv', 'tables/disparity.csv', 'tables/01-regions-latest.csv', 'tables/03-disparity.csv', 'tables.xlsx']) {
      expect(result.files, f).toContain(f);
    }
  });

  it('titles the 2013 bulletin (latest year of the file) and counts the grades as computed by hand', () => {
    expect(html).toContain('<h1 class="bulletin-title">2013年度省产业转移工业园考评结果通报</h1>');
    expect(html).toContain('2013年度共6个园区参加考评（依据：省产业转移工业园考评升降级规则（2011年行动方案））：优秀1个，达标4个，不达标1个；黄牌警告3个，降级2个，取消资格1个。');
    expect(html).not.toContain('示意数据');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('synthetic-banner');
    expect(html).toContain('@font-face'); // the report's font embedding
  });

  it('names exactly the right parks as commended, warned, demoted and disqualified, with the rule clause', () => {
    expect(namesIn(section(html, '三、通报表彰', '四、黄牌警告'))).toEqual(['甲园区']);
    const warned = section(html, '四、黄牌警告', '五、降级和取消资格');
    expect(namesIn(warned)).toEqual(['乙园区', '丁园区', '己园区']);
    expect(warned).toContain('丁园区（清远，68分）——年度排名后三，给予黄牌警告（连续第2年）');
    const moved = section(html, '五、降级和取消资格', '六、奖励资金分配');
    expect(namesIn(moved)).toEqual(['乙园区', '丁园区', '己园区']);
    expect(moved).toContain('乙园区（梅州，58分）：省示范园 → 非示范园——考评不达标，降为非示范园');
    expect(moved).toContain('丁园区（清远，68分）：省示范园 → 非示范园——连续两年排名后三，降为非示范园');
    expect(moved).toContain('己园区（阳江，61分）：非示范园 → 取消省产业转移工业园资格——连续两次排名后三，取消省产业转移工业园资格');
  });

  it('writes the same names into bulletin.docx', () => {
    const xml = strFromU8(unzipSync(readFileSync(join(out, 'bulletin.docx')))['word/document.xml']!);
    expect(xml).toContain('2013年度省产业转移工业园考评结果通报');
    for (const n of NAMES) expect(xml).toContain(n);
    expect(xml).toContain('四、黄牌警告');
  });

  it('writes parks-results.csv with the BOM, the report-language header and unrounded numbers', () => {
    const bytes = readFileSync(join(out, 'tables', 'parks-results.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe('类别,类内排名,园区编号,园区,所在市,得分,等次,黄牌,年初状态,年末状态');
    expect(lines).toHaveLength(7);
    expect(lines).toContain('示范园,4,P2,乙园区,梅州,58,不达标,是,省示范园,非示范园');
    expect(lines).toContain('一般,2,P6,己园区,阳江,61,达标,是,非示范园,取消省产业转移工业园资格');
    expect(lines).toContain('一般,1,P5,戊园区,韶关,75,达标,否,非示范园,非示范园');
    expect(lines).toContain('示范园,1,P1,甲园区,河源,92,优秀,否,省示范园,省示范园');
  });

  it('writes rewards.csv with the allocation of the fund', () => {
    const text = readFileSync(join(out, 'tables', 'rewards.csv'), 'utf8');
    expect(text).toBe('\uFEFF城市,转出产值（亿元）,奖励金额（亿元）,占比,封顶\n广州,30,30,0.3,否\n深圳,45,45,0.45,否\n佛山,25,25,0.25,否\n');
  });

  it('writes the chapter tables under their fixed ids, at full precision', () => {
    expect(readFileSync(join(out, 'tables', 'growth-gap-regions.csv'), 'utf8')).toBe('\uFEFF区域,差距（百分点）\n珠三角,1.23456789\n"粤东, ""东翼""",-0.5\n粤西,\n');
    expect(readFileSync(join(out, 'tables', 'disparity.csv'), 'utf8')).toBe('\uFEFF年份,变异系数\n2012,0.30000000000000004\n');
  });

  it('writes tables.xlsx with one sheet a table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'tables.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['01-regions-latest', '03-disparity', 'parks-results', 'rewards', 'growth-gap-regions', 'disparity']);
    expect(wb.getWorksheet('rewards')!.getCell('C3').value).toBe(45);
  });
});

describe('bulletin parameters, marking and escaping', () => {
  it('defaults the rules by year: gd-2011 before 2014, gd-2014 from 2014', () => {
    expect(bulletinRuleSet(undefined, 2013)).toBe('gd-2011');
    expect(bulletinRuleSet(undefined, 2014)).toBe('gd-2014');
    expect(bulletinRuleSet('gd-2011', 2016)).toBe('gd-2011');
  });

  it('marks a bulletin of the synthetic example 示意数据 in the title, on every page and in the DOCX header', async () => {
    const b = reportBulletin(await readParks(dataPath('examples/parks-synthetic.csv')));
    expect(b.illustrative).toBe(true);
    // 2016 is evaluated under gd-2014; the example's gd-2011 statuses are ignored, with a warning.
    expect([b.year, b.ruleSet.id]).toEqual([2016, 'gd-2014']);
    expect(b.warnings.map((w) => w.code)).toContain('bulletin-status-ignored');
    const page = bulletinHtml(b, 'zh');
    expect(page).toContain(`<title>${b.year}年度省产业转移工业园考评结果通报 — 示意数据（SYNTHETIC）</title>`);
    expect(page).toContain('<div class="synthetic-banner">示意数据（SYNTHETIC）</div>');
    expect(page).toMatch(/\.synthetic-banner\{position:fixed/);
    const files = unzipSync(await bulletinDocx(b, 'zh', { creator: 'test', stamp: '2024-01-01T00:00:00Z' }));
    const header = Object.keys(files).filter((k) => /^word\/header\d*\.xml$/.test(k)).map((k) => strFromU8(files[k]!)).join('');
    expect(header).toContain('示意数据（SYNTHETIC）');
    expect(bulletinTables(b, 'zh')[0]!.note).toBe('示意数据（SYNTHETIC）');
  });

  it('marks a report page synthetic (banner on every printed page, title), and leaves a real one alone', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>报告</title><style>body{}</style></head>\n<body>\n<h1>报告</h1>\n</body></html>\n';
    expect(markSyntheticPage(page, false, 'zh')).toBe(page);
    const marked = markSyntheticPage(page, true, 'zh');
    expect(marked).toContain('<title>报告 — 示意数据（SYNTHETIC）</title>');
    expect(marked).toContain('<body>\n<div class="synthetic-banner">示意数据（SYNTHETIC）</div>\n<h1>报告</h1>');
    expect(marked).toMatch(/\.synthetic-banner\{position:fixed/);
  });

  it('escapes park names and gives byte-identical DOCX for the same bulletin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-bulletin-xss-'));
    writeFileSync(join(dir, 'parks.csv'), SIX_PARKS_CSV.replace(/甲园区/g, '<script>alert(1)</script>园'));
    const b = reportBulletin(await readParks(join(dir, 'parks.csv')), { year: 2012 });
    const page = bulletinHtml(b, 'en');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;园');
    const opts = { creator: 'test', stamp: '2024-01-01T00:00:00Z' };
    expect((await bulletinDocx(b, 'en', opts)).equals(await bulletinDocx(b, 'en', opts))).toBe(true);
  });
});
