/**
 * The whole report, built once (tslab engine) into a temp folder, then checked: golden headline
 * numbers, the HTML in a real browser, the PDF pages, the DOCX contents, determinism and escaping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/report/runner.js';
import type { ReportResult } from '../../src/report/runner.js';
import { readNotebook } from '../../src/report/ipynb.js';
import { headlines, notebookBlocks } from '../../src/report/model.js';
import type { Chapter } from '../../src/report/model.js';
import { findChromium, launchChromium } from '../../src/report/pdf.js';
import { renderHtml } from '../../src/report/html.js';

const here = dirname(fileURLToPath(import.meta.url));
const goldenPath = join(here, 'golden.json');
const BUILD_DATE = new Date('2024-01-01T00:00:00Z');

let first: ReportResult;
let second: ReportResult;
const log: string[] = [];
const log2: string[] = [];

// The first run converts every cell (an empty cell cache), the second reuses every conversion from
// that cache: the determinism test below then also proves that a cache hit gives the same files.
beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'prd-report-test-'));
  const cacheDir = join(base, 'cell-cache');
  first = await runReport({ out: join(base, 'a'), engine: 'tslab', buildDate: BUILD_DATE, cacheDir, log: (l) => log.push(l) });
  second = await runReport({ out: join(base, 'b'), engine: 'tslab', buildDate: BUILD_DATE, cacheDir, log: (l) => log2.push(l), build: false });
}, 600_000);

function executedChapters(out: string): Chapter[] {
  return first.chapters.map((file) => ({
    entry: { number: file.slice(0, 2), file, title: '', title_en: '', requires: [] },
    blocks: notebookBlocks(readNotebook(join(out, 'notebooks', file))),
    cellCount: 0,
    seconds: 0,
  }));
}

describe('npm run report', () => {
  it('prints a progress line per notebook with its cell count and seconds', () => {
    for (const file of first.chapters) expect(log.some((l) => new RegExp(`^run .*${file}\\s+\\d+ cells\\s+[\\d.]+ s$`).test(l))).toBe(true);
  });

  it('converts every cell on the first run and reuses every conversion on the second (cell cache)', () => {
    const counts = (lines: string[]) => {
      const m = /^cache\s+cell conversions: (\d+) reused, (\d+) converted/.exec(lines.find((l) => l.startsWith('cache')) ?? '');
      return m ? { reused: Number(m[1]), converted: Number(m[2]) } : null;
    };
    const a = counts(log);
    const b = counts(log2);
    expect(a).not.toBeNull();
    // cells with the same source after the same declarations (a chapter's opening cells) repeat within a run
    expect(a!.converted).toBeGreaterThan(first.chapters.length);
    expect(b).toEqual({ reused: a!.converted + a!.reused, converted: 0 });
  });

  it('writes executed notebooks, figures, index.html and report.docx', () => {
    expect(first.chapters.length).toBeGreaterThan(0);
    for (const f of first.files) expect(existsSync(join(first.out, f)), f).toBe(true);
    expect(readdirSync(join(first.out, 'notebooks')).sort()).toEqual([...first.chapters].sort());
  });

  it('reproduces the golden headline numbers (accept an intended change with UPDATE_GOLDEN=1 npm test)', () => {
    const actual = Object.fromEntries([...headlines(executedChapters(first.out)).entries()].map(([k, h]) => [k, h.value]));
    if (process.env['UPDATE_GOLDEN'] === '1') {
      writeFileSync(goldenPath, JSON.stringify(Object.fromEntries(Object.entries(actual).sort(([a], [b]) => (a < b ? -1 : 1))), null, 2) + '\n');
    }
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, number>;
    const problems: string[] = [];
    for (const [key, want] of Object.entries(golden)) {
      const got = actual[key];
      if (got === undefined) problems.push(`${key}: expected ${want}, but no notebook emitted it`);
      else if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) problems.push(`${key}: expected ${want}, got ${got}`);
    }
    for (const key of Object.keys(actual)) if (!(key in golden)) problems.push(`${key}: new headline ${actual[key]} not in test/report/golden.json`);
    expect(problems, `golden headline numbers differ. If the change is intended, accept it with: UPDATE_GOLDEN=1 npx vitest run test/report/report.test.ts (then review and commit test/report/golden.json)`).toEqual([]);
  });

  it('is deterministic: a second run on the same commit gives byte-identical files', () => {
    expect(second.files).toEqual(first.files);
    const commit = (out: string) => /git commit: <code>([^<]*)<\/code>/.exec(readFileSync(join(out, 'index.html'), 'utf8'))?.[1];
    // In a shared working tree the commit (or its +modified mark) can change between the two runs;
    // then only the files that do not print the commit can be compared.
    const sameCommit = commit(first.out) === commit(second.out);
    if (!sameCommit) console.warn(`the git state changed between the two runs (${commit(first.out)} → ${commit(second.out)}): comparing notebooks and figures only`);
    for (const f of first.files.filter((x) => sameCommit || x.startsWith('notebooks/') || x.startsWith('figures/'))) {
      const a = readFileSync(join(first.out, f));
      const b = readFileSync(join(second.out, f));
      expect(a.equals(b), `${f} differs between two runs`).toBe(true);
    }
  });

  it('changes only the build-date line of index.html when the build date changes', () => {
    const html = readFileSync(join(first.out, 'index.html'), 'utf8');
    const other = html.replace('2024-01-01T00:00:00Z', '2030-12-31T23:59:59Z');
    const a = html.split('\n');
    const b = other.split('\n');
    const diff = a.map((l, i) => (l === b[i] ? -1 : i)).filter((i) => i >= 0);
    expect(diff.length).toBe(1);
    expect(a[diff[0]!]).toMatch(/^<p class="build-date">/);
    // and the renderer puts the date nowhere else
    expect(html.split('2024-01-01T00:00:00Z').length - 1).toBe(1);
    expect(typeof renderHtml).toBe('function');
  });

  it('has a title page, a summary with numbered points carrying chapter references, chapters and the provenance appendix', () => {
    const html = readFileSync(join(first.out, 'index.html'), 'utf8');
    expect(html).toContain('<h1>广东省产业转移与珠三角转型升级调研报告</h1>');
    for (const h of ['一、基本情况', '二、主要成效', '三、存在的问题', '四、对策建议']) expect(html).toContain(`<h3>${h}</h3>`);
    expect(html).toMatch(/<p class="point" data-section="basic"><strong>1\.<\/strong> .*<a class="ref" href="#ch-00">\(见第00章\)<\/a><\/p>/);
    expect(html).toMatch(/city-panel\.csv<\/td><td>[0-9a-f]{64}<\/td>/);
    expect(html).toContain('git commit: <code>');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes a DOCX (a valid zip) whose word/document.xml holds every chapter heading', () => {
    const buf = readFileSync(join(first.out, 'report.docx'));
    const xml = zipEntry(buf, 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const ch of chapterTitles()) expect(text).toContain(ch);
    expect(zipEntry(buf, 'word/styles.xml')).toContain('w:eastAsia="宋体"');
  });
});

function chapterTitles(): string[] {
  const manifest = JSON.parse(readFileSync(join(here, '..', '..', 'notebooks', 'chapters.json'), 'utf8')) as { chapters: { number: string; file: string; title: string }[] };
  return manifest.chapters.filter((c) => first.chapters.includes(c.file)).map((c) => `${c.number} ${c.title}`);
}

/** One entry of a ZIP archive as text (fflate). */
function zipEntry(buf: Buffer, name: string): string {
  const data = unzipSync(buf, { filter: (f) => f.name === name })[name];
  if (!data) throw new Error(`${name} not in the archive`);
  return strFromU8(data);
}

const chromium = findChromium();
const skipBrowser = chromium === null && !process.env['CI'];
if (skipBrowser) console.warn('skipping the browser and PDF tests: no Chromium at /usr/bin/chromium (apt-get install chromium); in CI this fails');

describe.skipIf(skipBrowser)('the report in a browser and as PDF', () => {
  it('shows every chapter heading and figure with no console errors, and saves a screenshot', async () => {
    expect(chromium, 'CI must provide /usr/bin/chromium').not.toBeNull();
    const b = await launchChromium(chromium);
    try {
      const page = await b.browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(join(first.out, 'index.html')).href, { waitUntil: 'load' });
      const headings = await page.$$eval('section.chapter > h2', (hs) => hs.map((h) => h.textContent ?? ''));
      expect(headings).toEqual(chapterTitles());
      const figureIds = executedChapters(first.out).flatMap((c) => c.blocks.flatMap((bl) => (bl.type === 'record' && bl.record.kind === 'figure' ? [bl.record.id] : [])));
      const shown = await page.$$eval('figure[data-figure] img', (imgs) => imgs.map((i) => ({ id: i.parentElement!.getAttribute('data-figure'), ok: (i as unknown as { naturalWidth: number }).naturalWidth > 0 })));
      expect(shown).toEqual(figureIds.map((id) => ({ id, ok: true })));
      await page.screenshot({ path: join(first.out, 'screenshot.png'), fullPage: false });
      expect(existsSync(join(first.out, 'screenshot.png'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('has no table wider than an A4-wide page (794 px) and wraps no short cell word', async () => {
    const b = await launchChromium(chromium);
    try {
      const page = await b.browser.newPage({ viewport: { width: 794, height: 1123 } });
      await page.goto(pathToFileURL(join(first.out, 'index.html')).href, { waitUntil: 'load' });
      // evaluated in the page (a string: the project's TypeScript has no DOM types)
      const layout = await page.evaluate<{ scrollWidth: number; clientWidth: number; wide: string[]; broken: string[] }>(`(() => {
        const W = document.documentElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('table, figure, img')).filter((t) => t.getBoundingClientRect().right > W + 0.5).map((t) => t.tagName + ' ' + (t.caption ? t.caption.textContent : t.getAttribute('alt') || ''));
        const broken = [];
        for (const cell of Array.from(document.querySelectorAll('td, th'))) {
          const text = (cell.textContent || '').trim();
          if (text === '' || /\\s/.test(text) || Array.from(text).length > 6) continue;
          const range = document.createRange();
          range.selectNodeContents(cell);
          if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1) broken.push(text);
        }
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: W, wide, broken };
      })()`);
      expect(layout.wide).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.broken).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('prints a PDF with at least one page per chapter, each chapter starting a page', () => {
    expect(first.pdf).toBe(true);
    const info = spawnSync('pdfinfo', [join(first.out, 'report.pdf')], { encoding: 'utf8' });
    expect(info.status, 'pdfinfo (poppler-utils) must be installed').toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(first.chapters.length);
    const text = spawnSync('pdftotext', ['-layout', join(first.out, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout.split('\f');
    for (const title of chapterTitles()) expect(text.some((p) => p.trimStart().startsWith(title)), `a page starts with "${title}"`).toBe(true);
  });
});

describe('escaping', () => {
  it('renders a panel whose city name is <script>alert(1)</script> with no live script', async () => {
    const out = mkdtempSync(join(tmpdir(), 'prd-report-xss-'));
    await runReport({ out, notebooksDir: join(here, 'fixtures', 'xss'), pdf: false, build: false, log: () => undefined });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('广州 &amp; &quot;佛山&quot;');
    expect(html).not.toContain('<b>not bold</b>');
    expect(html).not.toContain('<i>');
    const svg = readdirSync(join(out, 'figures')).filter((f) => f.endsWith('.svg'));
    for (const f of svg) expect(readFileSync(join(out, 'figures', f), 'utf8')).not.toMatch(/<script/i);
  });
});
