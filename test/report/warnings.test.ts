/**
 * A two-chapter fixture report (test/report/fixtures/warnings): chapter 97 reads a panel whose
 * 汕尾 2010 GDP is in 万元 (10 000× the bundled 亿元 value), cites a source and prints a table;
 * chapter 98 quotes chapter 97's headline with priorHeadline(). Checked: the 数据警示 box (HTML
 * and DOCX), the appendix, the cover year, headline digits, cited sources listed once, --strict,
 * and the page layout in Chromium (no table wider than the page, no short word broken) and in
 * LibreOffice (DOCX → PDF → pages, none blank, no short cell word split).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/report/runner.js';
import type { ReportResult } from '../../src/report/runner.js';
import { findChromium, launchChromium } from '../../src/report/pdf.js';
import { readNotebook } from '../../src/report/ipynb.js';
import { notebookBlocks } from '../../src/report/model.js';
import { renderHtml } from '../../src/report/html.js';
import { collectProvenance } from '../../src/report/provenance.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const fixture = join(here, 'fixtures', 'warnings');
let result: ReportResult;
let html: string;
const log: string[] = [];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'prd-report-warnings-'));
  result = await runReport({ out, notebooksDir: fixture, pdf: false, build: false, cacheDir: false, buildDate: new Date('2024-01-01T00:00:00Z'), log: (l) => log.push(l) });
  html = readFileSync(join(out, 'index.html'), 'utf8');
}, 300_000);

function docxText(): string {
  const xml = strFromU8(unzipSync(readFileSync(join(result.out, 'report.docx')), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

describe('data warnings reach the report', () => {
  it('puts a 数据警示 box with the row at the top of the chapter that read the data', () => {
    const ch97 = html.slice(html.indexOf('<section class="chapter" id="ch-97">'), html.indexOf('<section class="chapter" id="ch-98">'));
    const box = /<aside class="data-warnings"[^]*?<\/aside>/.exec(ch97)?.[0] ?? '';
    expect(box).toContain('<h3>数据警示</h3>');
    expect(box).toContain('[unit-mismatch] fixture-panel.csv，第 2 行，列 gdp');
    expect(box).toContain('465.0789');
    // the box comes before the chapter's own content
    expect(ch97.indexOf('<aside')).toBeLessThan(ch97.indexOf('<table'));
    // chapter 98 read no data and has no box
    const ch98 = html.slice(html.indexOf('<section class="chapter" id="ch-98">'), html.indexOf('<section class="appendix"'));
    expect(ch98).not.toContain('data-warnings');
    expect(log).toContain('warning 1 data warning(s) recorded; the report lists them (数据警示)');
  });

  it('lists every warning in the appendix with code, file, row, column and count', () => {
    const appendix = html.slice(html.indexOf('<section class="appendix"'));
    expect(appendix).toContain('<h3 id="data-warnings">数据警示</h3>');
    expect(appendix).toMatch(/<tr><td class="short">97<\/td><td>unit-mismatch<\/td><td class="long">fixture-panel\.csv<\/td><td class="num">2<\/td><td class="short">gdp<\/td><td class="num">1<\/td>/);
  });

  it('carries the box and the appendix section into the DOCX', () => {
    const text = docxText();
    expect(text).toContain('数据警示');
    expect(text).toContain('[unit-mismatch] fixture-panel.csv，第 2 行，列 gdp');
  });

  it('--strict fails with the warnings listed, exit 1, and writes no report', () => {
    const out = mkdtempSync(join(tmpdir(), 'prd-report-strict-'));
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'report', 'cli.ts'), '--strict', '--notebooks', fixture, '--out', out, '--no-pdf'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PRD_SILENCE_WARNINGS: '1', REPORT_CACHE_DIR: join(out, 'cache') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--strict: 1 distinct data warning(s) were recorded while building the report; the report was not written');
    expect(r.stderr).toContain('chapter 97: [unit-mismatch] fixture-panel.csv, row 2, column gdp');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'report.docx'))).toBe(false);
  }, 300_000);
});

describe('sources, years and headlines', () => {
  it('lists a source cited twice once in the appendix, and the table shows only its id', () => {
    const url = 'https://example.org/a/very/long/path/that/would/squeeze/every/other/column/of/a/table/if/it/were/printed/in/a/cell';
    expect(html.split(url).length - 1).toBe(1);
    expect(html).toContain(`<tr><td class="short">FX-YB</td><td>广东统计年鉴（示例）</td><td class="short">A</td><td class="url">${url}</td><td class="short">97</td></tr>`);
    expect(html).toMatch(/<td class="short">FX-YB<\/td><\/tr>/); // the fact table's source column
  });

  it('says 数据截至 2021年 on the cover (the bundled panel ends in 2021)', () => {
    expect(html).toContain('<p class="data-up-to">数据截至 2021年 · ');
    expect(html).not.toMatch(/数据截至 latest/);
    expect(docxText()).toContain('数据截至 2021年');
  });

  it('prints years without separators and headlines with their own digits', () => {
    expect(html).toContain('<strong>面板起始年份</strong>: 1994 年');
    expect(html).toContain('<tr><td class="long">fixture.firstYear</td><td class="short">面板起始年份</td><td class="short">1994</td><td class="short">年</td><td class="short">97</td></tr>');
    expect(html).toContain('<tr><td>fixture.cities</td><td class="short">城市数</td><td class="short">21</td><td class="short">个</td><td class="short">97</td></tr>');
    expect(html).not.toContain('1,994');
    expect(html).not.toContain('21.0000');
    expect(html).toMatch(/<td class="short">广州<\/td><td class="num">2010<\/td>/);
  });

  it('lets a later chapter quote an earlier headline (priorHeadline) with the same value and label', () => {
    expect(html).toContain('<p>第97章记录的城市数为 21 个；已知指标 fixture.cities、fixture.firstYear。</p>');
    expect(JSON.parse(readFileSync(join(result.out, 'headlines.json'), 'utf8'))).toEqual({
      'fixture.firstYear': { value: 1994, label: '面板起始年份', unit: '年', digits: 0, chapter: '97' },
      'fixture.cities': { value: 21, label: '城市数', unit: '个', digits: 0, chapter: '97' },
    });
  });

  it('writes the appendix in Chinese for zh and in English for --lang en', () => {
    const appendix = html.slice(html.indexOf('<section class="appendix"'));
    for (const h of ['数据来源', '许可说明', '方法说明', '可复现信息', '许可状况（再分发前必读）']) expect(appendix).toContain(h);
    expect(appendix).not.toContain('Licence status');
    const chapters = result.chapters.map((file) => ({
      entry: { number: file.slice(0, 2), file, title: file, title_en: file, requires: [] },
      blocks: notebookBlocks(readNotebook(join(result.out, 'notebooks', file))),
      cellCount: 0,
      seconds: 0,
    }));
    const en = renderHtml({
      manifest: { title: '测试', title_en: 'Test', chapters: [] },
      chapters,
      skipped: [],
      figures: new Map(),
      provenance: collectProvenance(root, 'tslab', { year: 'latest' }, '2024-01-01T00:00:00Z'),
      lang: 'en',
      dataYear: 2021,
    });
    const enAppendix = en.slice(en.indexOf('<section class="appendix"'));
    for (const h of ['Appendix: data sources and reproducibility', 'Licence note', 'Method notes', 'Data warnings', 'Licence status']) expect(enAppendix).toContain(h);
    expect(en).toContain('Data up to 2021');
  });
});

const chromium = findChromium();
const skipBrowser = chromium === null && !process.env['CI'];
if (skipBrowser) console.warn('skipping the HTML layout test: no Chromium (apt-get install chromium); in CI this fails');

describe.skipIf(skipBrowser)('HTML layout in Chromium', () => {
  it('has no table wider than an A4-wide page and breaks no short word of a table cell', async () => {
    expect(chromium, 'CI must provide Chromium').not.toBeNull();
    const b = await launchChromium(chromium);
    try {
      // 794 px = A4 width at 96 dpi
      const page = await b.browser.newPage({ viewport: { width: 794, height: 1123 } });
      await page.goto(pathToFileURL(join(result.out, 'index.html')).href, { waitUntil: 'load' });
      // evaluated in the page (a string: the project's TypeScript has no DOM types)
      const layout = await page.evaluate<{ scrollWidth: number; clientWidth: number; tables: { caption: string; right: number }[]; broken: string[] }>(`(() => {
        const doc = document.documentElement;
        const tables = Array.from(document.querySelectorAll('table')).map((t) => ({ caption: t.caption ? t.caption.textContent : '', right: t.getBoundingClientRect().right }));
        const broken = [];
        for (const cell of Array.from(document.querySelectorAll('td, th'))) {
          const text = (cell.textContent || '').trim();
          if (text === '' || /\\s/.test(text) || Array.from(text).length > 6) continue;
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(text);
        }
        return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, tables, broken };
      })()`);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      for (const t of layout.tables) expect(t.right, `table "${t.caption}"`).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.broken).toEqual([]);
    } finally {
      await b.close();
    }
  }, 120_000);
});

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p)) ?? null;
const pdftoppm = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;
const skipOffice = (soffice === null || !pdftoppm) && !process.env['CI'];
if (skipOffice) console.warn('skipping the DOCX layout test: needs LibreOffice (apt-get install --no-install-recommends libreoffice-writer-nogui) and pdftoppm (poppler-utils); in CI this fails');

/** Mean grey level (0 black – 255 white) of a binary PGM (P5) image. */
function meanGrey(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  let sum = 0;
  for (const p of pixels) sum += p;
  return sum / pixels.length;
}

describe.skipIf(skipOffice)('DOCX layout in LibreOffice', () => {
  it('converts report.docx to PDF pages, none blank, with short table words kept whole', () => {
    expect(soffice, 'CI must provide LibreOffice (libreoffice-writer-nogui)').not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'prd-docx-layout-'));
    const conv = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, join(result.out, 'report.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(conv.status, conv.stderr).toBe(0);
    const pdf = join(dir, 'report.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeGreaterThan(0);
    expect(spawnSync('pdftoppm', ['-r', '20', '-gray', pdf, join(dir, 'page')]).status).toBe(0);
    const images = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(images).toHaveLength(pages);
    for (const f of images) expect(meanGrey(readFileSync(join(dir, f))), `${f} is blank`).toBeLessThan(254.5);
    // each short Latin cell word on one line (a wrapped cell would split it across lines)
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const word of ['FX-YB', 'unit-mismatch', 'fixture-panel.csv', 'fixture.firstYear', 'SHA-256']) expect(text, word).toContain(word);
    expect(text).toMatch(/^\s*97\s/m); // the chapter column of the warnings table
  }, 180_000);
});
