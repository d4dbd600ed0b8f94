import { describe, expect, it, vi } from 'vitest';
import { emit, isStoredRecord, REPORT_MIME } from '../../src/report/protocol.js';
import { escapeHtml } from '../../src/report/escape.js';
import { markdownBlocks, renderMarkdown } from '../../src/report/markdown.js';
import { formatCell, reportParameters, tableHtml } from '../../src/report/notebook-helpers.js';
import { notebookBlocks, summaryPoints, headlines } from '../../src/report/model.js';
import { parseNotebook, serialiseNotebook } from '../../src/report/ipynb.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { renderDocx, reproducibleDocx } from '../../src/report/docx.js';
import { fixPdfDates, resolveChromium } from '../../src/report/pdf.js';
import { formatFailure } from '../../src/report/runner.js';
import { normaliseSvgIds } from '../../src/report/svg-ids.js';
import type { Chapter, ChapterEntry } from '../../src/report/model.js';

describe('escaping and markdown', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    expect(escapeHtml(null)).toBe('');
  });
  it('renders markdown (markdown-it) and never passes raw HTML through', () => {
    expect(renderMarkdown('**增幅** <b>x</b>')).toBe('<p><strong>增幅</strong> &lt;b&gt;x&lt;/b&gt;</p>');
    expect(renderMarkdown('## 小节', 1)).toBe('<h3>小节</h3>');
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | <i> |')).toBe(
      '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>&lt;i&gt;</td>\n</tr>\n</tbody>\n</table>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
  it('keeps stars inside a code span literal (no emphasis in code)', () => {
    expect(renderMarkdown('公式 `a*b*c` 与 *强调*')).toBe('<p>公式 <code>a*b*c</code> 与 <em>强调</em></p>');
  });
  it('keeps a URL holding parentheses whole', () => {
    expect(renderMarkdown('[Theil](https://en.wikipedia.org/wiki/Theil_index_(economics))')).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Theil_index_(economics)">Theil</a></p>',
    );
  });
  it('keeps a numbered list and a following bullet list apart', () => {
    expect(renderMarkdown('1. 甲\n2. 乙\n- 丙')).toBe('<ol>\n<li>甲</li>\n<li>乙</li>\n</ol>\n<ul>\n<li>丙</li>\n</ul>');
    expect(markdownBlocks('1. 甲\n2. 乙\n- 丙').map((b) => (b.type === 'list-item' ? b.marker : b.type))).toEqual(['1.', '2.', '•']);
  });
  it('gives the DOCX italic runs without the stars, from the same tokens', () => {
    expect(markdownBlocks('珠三角*占比*下降，`x*y`')).toEqual([
      { type: 'paragraph', runs: [{ text: '珠三角' }, { text: '占比', italic: true }, { text: '下降，' }, { text: 'x*y', code: true }] },
    ]);
  });
  it('formats report numbers with the one formatter: no "-0.0", halves away from zero, NaN refused', () => {
    expect(formatCell(-0.04, { key: 'gap', digits: 1 })).toBe('0.0');
    expect(formatCell(-0.05, { key: 'gap', digits: 1 })).toBe('-0.1');
    expect(formatCell(1234.5, { key: 'gdp', digits: 0 })).toBe('1,235');
    expect(formatCell(2011, { key: 'year' })).toBe('2011');
    expect(formatCell(null, { key: 'gdp' })).toBe('');
    expect(() => formatCell(Number.NaN, { key: 'gdp' })).toThrow(RangeError);
    expect(tableHtml({ id: 't', title: 't', columns: [{ key: 'v', label: 'v', digits: 1 }], rows: [{ v: -0.04 }] })).toContain('<td class="num">0.0</td>');
  });
  it('escapes table labels, captions and cells', () => {
    const html = tableHtml({ id: 't', title: '<b>', columns: [{ key: 'c', label: '<i>' }], rows: [{ c: '<script>' }] });
    expect(html).not.toMatch(/<script|<b>|<i>/);
  });
});

describe('emit', () => {
  it('prints the plain rendering outside a kernel and refuses non-finite headlines', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    emit({ kind: 'headline', key: 'k', value: 21, label: '城市数', unit: '个', digits: 0 });
    expect(log).toHaveBeenCalledWith('城市数: 21 个');
    log.mockRestore();
    expect(() => emit({ kind: 'headline', key: 'k', value: Number.NaN, label: 'x', unit: '', digits: 0 })).toThrow(/non-finite/);
    expect(() => emit({ kind: 'table', id: 'a/b', title: '', columns: [], rows: [] })).toThrow(/file-name-safe/);
  });
  it('reads parameters from the environment and rejects bad ones', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(reportParameters({ REPORT_YEAR: '2020', REPORT_LANG: 'en' })).toEqual({ year: 2020, lang: 'en', dataDir: null, panelFile: null, regions: 'official4', inputs: { parks: null, industry: null, firms: null, transfers: null }, inputFiles: [], example: false, fund: null, cap: null, rules: null });
    expect(reportParameters({})).toEqual({ year: null, lang: 'zh', dataDir: null, panelFile: null, regions: 'official4', inputs: { parks: null, industry: null, firms: null, transfers: null }, inputFiles: [], example: false, fund: null, cap: null, rules: null });
    log.mockRestore();
    expect(() => reportParameters({ REPORT_YEAR: '20x0' })).toThrow(/not a year/);
    expect(() => reportParameters({ REPORT_LANG: 'fr' })).toThrow(/zh or en/);
  });
});

const entry = (number: string): ChapterEntry => ({ number, file: `${number}.ipynb`, title: `t${number}`, title_en: `e${number}`, requires: [] });

describe('reading records back from notebooks', () => {
  const nbText = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# 01 标题\n', '正文'] },
      {
        cell_type: 'code',
        metadata: { execution: { 'iopub.status.busy': '2026-01-01' } },
        execution_count: 3,
        source: 'x',
        outputs: [
          { output_type: 'stream', name: 'stdout', text: ['a\n'] },
          { output_type: 'stream', name: 'stdout', text: 'b\n' },
          { output_type: 'display_data', metadata: {}, data: { [REPORT_MIME]: { v: 1, kind: 'finding', section: 'problem', text: 'P1' }, 'text/plain': 'x' } },
          { output_type: 'display_data', metadata: {}, data: { [REPORT_MIME]: { v: 1, kind: 'headline', key: 'h', value: 2.5, label: 'H', unit: '%', digits: 1 } } },
          { output_type: 'display_data', metadata: {}, data: { 'text/html': '<b>ignored</b>' } },
        ],
      },
    ],
  });
  it('normalises outputs: streams merged, timings and counts dropped', () => {
    const nb = parseNotebook(nbText);
    const cell = nb.cells[1]!;
    expect(cell.outputs![0]).toEqual({ output_type: 'stream', name: 'stdout', text: 'a\nb\n' });
    expect(cell.metadata).toEqual({});
    expect(serialiseNotebook(nb)).toBe(serialiseNotebook(parseNotebook(serialiseNotebook(nb))));
    expect(serialiseNotebook(nb)).toContain('"execution_count": null');
  });
  it('keeps markdown (without the chapter title line) and records, numbers findings per section', () => {
    const blocks = notebookBlocks(parseNotebook(nbText));
    expect(blocks).toEqual([
      { type: 'markdown', markdown: '正文' },
      { type: 'record', record: { kind: 'finding', section: 'problem', text: 'P1' } },
      { type: 'record', record: { kind: 'headline', key: 'h', value: 2.5, label: 'H', unit: '%', digits: 1 } },
    ]);
    expect(isStoredRecord({ v: 1, kind: 'text' })).toBe(true);
    const chapters: Chapter[] = [
      { entry: entry('01'), blocks, cellCount: 1, seconds: 0 },
      { entry: entry('02'), blocks: [{ type: 'record', record: { kind: 'finding', section: 'problem', text: 'P2' } }], cellCount: 1, seconds: 0 },
    ];
    expect(summaryPoints(chapters).map((p) => [p.section, p.number, p.text, p.chapter.number])).toEqual([
      ['problem', 1, 'P1', '01'],
      ['problem', 2, 'P2', '02'],
    ]);
    expect(headlines(chapters).get('h')?.chapter).toBe('01');
    expect(() => headlines([chapters[0]!, chapters[0]!])).toThrow(/emitted twice/);
  });
});

describe('the DOCX narrative', () => {
  it('writes *italic* as an italic run, not with stars, and numbers a numbered list', async () => {
    const chapter: Chapter = {
      entry: entry('01'),
      blocks: [{ type: 'record', record: { kind: 'text', markdown: '珠三角*占比*下降。\n\n1. 甲\n2. 乙\n- 丙' } }],
      cellCount: 1,
      seconds: 0,
    };
    const bytes = await renderDocx({
      manifest: { title: 't', title_en: 't', chapters: [entry('01')] },
      chapters: [chapter],
      skipped: [],
      figures: new Map(),
      provenance: { dataFiles: [], sources: [], library: 'lib 0', commit: 'c', commitDate: '2024-01-01T00:00:00Z', engine: 'tslab', parameters: {}, buildDate: '' },
      lang: 'zh',
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).not.toContain('*');
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">占比<\/w:t><\/w:r>/);
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('珠三角占比下降。');
    expect(text).toContain('1. 甲\n2. 乙\n• 丙');
  });
});

describe('finding a Chromium', () => {
  it('takes REPORT_CHROMIUM first and never substitutes another browser for a missing one', async () => {
    const saved = process.env['REPORT_CHROMIUM'];
    try {
      process.env['REPORT_CHROMIUM'] = process.execPath; // any existing file stands in for a browser here
      expect(await resolveChromium()).toEqual({ path: process.execPath, args: [], source: 'system' });
      process.env['REPORT_CHROMIUM'] = '/nonexistent/chromium';
      expect(await resolveChromium()).toBeNull();
    } finally {
      if (saved === undefined) delete process.env['REPORT_CHROMIUM'];
      else process.env['REPORT_CHROMIUM'] = saved;
    }
  });
});

describe('reproducible archives and PDFs', () => {
  it('rewrites a DOCX archive reproducibly: drawing ids from 1, core dates, fixed entry times', () => {
    const docx = (mtime: Date, firstId: number) =>
      zipSync(
        {
          '[Content_Types].xml': strToU8('<Types/>'),
          'word/document.xml': strToU8(`<wp:docPr id="${firstId}"/><pic:cNvPr id="${firstId + 7}"/><wp:docPr id="${firstId + 1}"/>`),
          'docProps/core.xml': strToU8('<dcterms:created xsi:type="x">2026-11-27T18:52:25Z</dcterms:created><dcterms:modified xsi:type="x">2026-11-27T18:52:26Z</dcterms:modified>'),
          'word/media/image1.png': new Uint8Array(1000).fill(7),
        },
        { mtime },
      );
    const a = reproducibleDocx(docx(new Date('2026-11-27T18:52:25Z'), 41), '2020-01-02T03:04:05Z');
    const b = reproducibleDocx(docx(new Date('2025-03-01T10:00:00Z'), 97), '2020-01-02T03:04:05Z');
    expect(a.equals(b)).toBe(true);
    const e = unzipSync(a);
    expect(Object.keys(e)).toEqual(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml', 'word/media/image1.png']);
    expect(strFromU8(e['word/document.xml']!)).toBe('<wp:docPr id="1"/><pic:cNvPr id="1"/><wp:docPr id="2"/>');
    expect(strFromU8(e['docProps/core.xml']!)).toBe('<dcterms:created xsi:type="x">2020-01-02T03:04:05Z</dcterms:created><dcterms:modified xsi:type="x">2020-01-02T03:04:05Z</dcterms:modified>');
    expect(e['word/media/image1.png']).toEqual(new Uint8Array(1000).fill(7));
    // every local header carries DOS date 1980-01-01 (0x0021) and time 00:00
    const buf = Buffer.from(a);
    for (let p = buf.indexOf('PK\u0003\u0004'); p >= 0; p = buf.indexOf('PK\u0003\u0004', p + 4)) {
      expect([buf.readUInt16LE(p + 10), buf.readUInt16LE(p + 12)]).toEqual([0, 0x21]);
    }
  });
  it('overwrites PDF dates in place, keeping the byte length', () => {
    const pdf = Buffer.from('<< /CreationDate (D:20261127185225+00\'00\') /ModDate (D:20261127185225+00\'00\') >>', 'latin1');
    const fixed = fixPdfDates(pdf, new Date('2020-01-02T03:04:05Z'));
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.toString('latin1')).toContain('/CreationDate (D:20200102030405Z');
    expect(fixed.toString('latin1')).not.toContain('2026');
  });
});

describe('failure messages', () => {
  it('name the notebook, the code cell, its numbered source and the error, without kernel stack frames', () => {
    const text = formatFailure('01-x.ipynb', {
      cellIndex: 3,
      codeCell: 2,
      source: 'const b = 2;\nthrow new Error("boom");',
      message: 'evalmachine.<anonymous>:5\nError: boom\n    at evalmachine.<anonymous>:5:7\n    at Object.execute (/x/node_modules/tslab/dist/executor.js:160:38)',
    });
    expect(text).toContain('notebook 01-x.ipynb failed at code cell 2 (cell 4 of the file)');
    expect(text).toContain('    2 | throw new Error("boom");');
    expect(text).toContain('Error: boom');
    expect(text).not.toContain('executor.js');
  });
});

describe('SVG ids', () => {
  it('renumbers vega gradient and clip ids per document, references included', () => {
    const svg = '<defs><linearGradient id="gradient_7"/><clipPath id="clip12"/></defs><path fill="url(#gradient_7)" clip-path="url(#clip12)"/><rect fill="url(#gradient_9)"/>';
    expect(normaliseSvgIds(svg)).toBe(
      '<defs><linearGradient id="gradient_1"/><clipPath id="clip1"/></defs><path fill="url(#gradient_1)" clip-path="url(#clip1)"/><rect fill="url(#gradient_2)"/>',
    );
    expect(normaliseSvgIds(normaliseSvgIds(svg))).toBe(normaliseSvgIds(svg));
  });
});
