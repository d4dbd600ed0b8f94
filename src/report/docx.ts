/**
 * The DOCX report (what a provincial office circulates): headings, summary, narrative, tables and
 * PNG figures, Chinese fonts (宋体 body, 黑体 headings via `font.eastAsia`). Made reproducible:
 * the creation/modification dates are the git commit date and the archive is rewritten (fflate) with fixed
 * timestamps. The build date is not printed in the DOCX (it is in index.html).
 * @module
 */
import { markdownBlocks } from './markdown.js';
import type { MarkdownRun } from './markdown.js';
import { FINDING_SECTIONS } from './protocol.js';
import { formatCell, formatHeadlineValue } from './notebook-helpers.js';
import { chapterWarnings, citedSources, headlines, reportWarnings, summaryPoints } from './model.js';
import { appendixText, dataUpToLine, WARNINGS_SHOWN, warningLine } from './html.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { HtmlInput } from './html.js';
import { sourceSectionLabel } from './provenance.js';

function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Chinese fonts of the report's Word files: 宋体 body, 黑体 headings (via `font.eastAsia`). */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
const DOCX_STYLES = {
  default: {
    document: { run: { font: BODY_FONT, size: 24 } },
    title: { run: { font: HEADING_FONT, size: 40, bold: true } },
    heading1: { run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
    heading2: { run: { font: HEADING_FONT, size: 28, bold: true } },
    heading3: { run: { font: HEADING_FONT, size: 24, bold: true } },
  },
};

type DocxModule = typeof import('docx');

/** Word paragraphs and tables of a Markdown text (the same markdown-it token stream as the HTML). */
function markdownDocx(d: DocxModule, md: string): (InstanceType<DocxModule['Paragraph']> | InstanceType<DocxModule['Table']>)[] {
  const { Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType } = d;
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  const runs = (rs: readonly MarkdownRun[]) =>
    rs.map((r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false, ...(r.code ? { font: 'Consolas' } : {}) }));
  for (const b of markdownBlocks(md)) {
    if (b.type === 'heading') children.push(new Paragraph({ children: runs(b.runs), heading: b.level <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 }));
    else if (b.type === 'paragraph') children.push(new Paragraph({ children: runs(b.runs) }));
    else if (b.type === 'list-item') {
      const marker = b.marker === '' ? [] : [new TextRun(`${b.marker} `)];
      children.push(new Paragraph({ children: [...marker, ...runs(b.runs)], indent: { left: 360 * (b.depth + 1), hanging: b.marker === '' ? 0 : 360 } }));
    } else if (b.type === 'code') children.push(new Paragraph({ children: [new TextRun({ text: b.text, font: 'Consolas' })] }));
    else {
      const row = (cells: MarkdownRun[][], header: boolean) =>
        new TableRow({ tableHeader: header, children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runs(header ? c.map((r) => ({ ...r, bold: true })) : c) })] })) });
      children.push(new Table({ rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))], width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  return children;
}

/** The DOCX page: A4 with 1 inch margins (twips). */
const A4_PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } };

/** Text width of the DOCX page (A4, 1 inch margins), in twips (1/20 pt). */
export const DOCX_TEXT_WIDTH = 11906 - 2 * 1440;
/** Left + right cell margins Word adds to every table cell (2 × 108 twips), plus a margin for font differences, in twips. */
const CELL_PADDING = 2 * 108 + 100;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Approximate printed width of a text at `halfPoints` size, in twips: a CJK character 1.05 em,
 * any other glyph 0.65 em (generous: the widest common fallback fonts, DejaVu Sans digits ≈ 0.64 em).
 */
export function textTwips(text: string, halfPoints = 21): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? halfPoints * 10.5 : halfPoints * 6.5;
  return Math.ceil(w);
}

/**
 * The longest run a table cell must not break: a Chinese word (a CJK run, up to 6 characters:
 * longer runs are phrases that may wrap) or a Latin token (up to 16 characters; URLs and hashes
 * break anywhere, up to 12).
 */
export function longestWordTwips(text: string, halfPoints = 21): number {
  let best = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (/^(https?:\/\/|[0-9a-f]{32,}$)/.test(token)) {
      best = Math.max(best, textTwips(token.slice(0, 12), halfPoints));
      continue;
    }
    for (const run of token.match(/[\u2e80-\u9fff\uf900-\ufaff]+|[^\u2e80-\u9fff\uf900-\ufaff]+/g) ?? []) {
      const cjk = CJK.test(run[0]!);
      best = Math.max(best, textTwips(Array.from(run).slice(0, cjk ? 6 : 16).join(''), halfPoints));
    }
  }
  return best;
}

/**
 * Column widths (twips) of a DOCX table that fills the text width: every column at least as wide
 * as its longest word (so no two-character word wraps), the rest shared in proportion to each
 * column's longest cell. Only when the words alone are wider than the page are they scaled down.
 * @param cells - header then body texts, row by row.
 */
export function docxColumnWidths(cells: readonly (readonly string[])[], total = DOCX_TEXT_WIDTH, halfPoints = 21): number[] {
  const n = cells[0]?.length ?? 0;
  const min = new Array<number>(n).fill(0);
  const pref = new Array<number>(n).fill(0);
  for (const row of cells) {
    row.forEach((t, j) => {
      min[j] = Math.max(min[j]!, longestWordTwips(t, halfPoints) + CELL_PADDING);
      pref[j] = Math.max(pref[j]!, textTwips(t, halfPoints) + CELL_PADDING);
    });
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return min.map((m) => Math.floor((m * total) / sumMin));
  const extra = pref.map((p, j) => Math.max(0, p - min[j]!));
  const sumExtra = extra.reduce((a, b) => a + b, 0);
  const room = total - sumMin;
  const widths = sumExtra === 0 ? min.map((m) => m + room / n) : min.map((m, j) => m + (sumExtra <= room ? extra[j]! + (room - sumExtra) / n : (extra[j]! * room) / sumExtra));
  return widths.map((w) => Math.floor(w));
}

/** Build `report.docx` bytes from the same input as the HTML report. */
export async function renderDocx(input: HtmlInput): Promise<Buffer> {
  const d = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, ImageRun, WidthType, AlignmentType, TableLayoutType, ShadingType, BorderStyle } = d;
  const zh = input.lang === 'zh';
  const { manifest, chapters, provenance } = input;
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  const para = (text: string, opts: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; center?: boolean } = {}) =>
    new Paragraph({
      children: [new TextRun({ text, bold: opts.bold ?? false })],
      ...(opts.heading ? { heading: opts.heading } : {}),
      ...(opts.center ? { alignment: AlignmentType.CENTER } : {}),
    });
  // The DOCX reads the same markdown-it token stream as the HTML (markdownBlocks).
  const markdown = (md: string): void => {
    children.push(...markdownDocx(d, md));
  };
  /** A data table: fixed layout, column widths from {@link docxColumnWidths}, 10.5 pt text. */
  const dataTable = (header: readonly string[], body: readonly (readonly string[])[]): void => {
    const widths = docxColumnWidths([header, ...body]);
    const cell = (text: string, j: number, bold: boolean) =>
      new TableCell({ width: { size: widths[j]!, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21 })] })] });
    children.push(
      new Table({
        layout: TableLayoutType.FIXED,
        columnWidths: widths,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        rows: [new TableRow({ tableHeader: true, children: header.map((h, j) => cell(h, j, true)) }), ...body.map((row) => new TableRow({ children: row.map((t, j) => cell(t, j, false)) }))],
      }),
    );
  };
  children.push(para(zh ? manifest.title : manifest.title_en, { heading: HeadingLevel.TITLE, center: true }));
  children.push(para(zh ? manifest.title_en : manifest.title, { center: true }));
  children.push(para(dataUpToLine(input), { center: true }));
  children.push(para(`${provenance.library} · git ${provenance.commit}`, { center: true }));
  children.push(para(zh ? '目录' : 'Contents', { heading: HeadingLevel.HEADING_1 }));
  children.push(para(zh ? '摘要' : 'Summary'));
  for (const c of chapters) children.push(para(`${c.entry.number} ${zh ? c.entry.title : c.entry.title_en}`));
  children.push(para(appendixText(zh).title));

  children.push(para(zh ? '摘要' : 'Summary', { heading: HeadingLevel.HEADING_1 }));
  const points = summaryPoints(chapters);
  for (const section of ['basic', 'achievement', 'problem', 'recommendation'] as const) {
    children.push(para(zh ? FINDING_SECTIONS[section].zh : FINDING_SECTIONS[section].en, { heading: HeadingLevel.HEADING_2 }));
    for (const p of points.filter((q) => q.section === section)) {
      children.push(new Paragraph({ children: [new TextRun({ text: `${p.number}. `, bold: true }), new TextRun(`${p.text}（${zh ? `见第${p.chapter.number}章` : `see chapter ${p.chapter.number}`}）`)] }));
    }
  }
  for (const c of chapters) {
    children.push(para(`${c.entry.number} ${zh ? c.entry.title : c.entry.title_en}`, { heading: HeadingLevel.HEADING_1 }));
    const ws = chapterWarnings(c);
    if (ws.length) {
      // The 数据警示 box: a one-cell table with a red border and a pale red ground.
      const total = ws.reduce((a, w) => a + w.count, 0);
      const border = { style: BorderStyle.SINGLE, size: 12, color: 'C9302C' };
      const lines = [
        new Paragraph({ children: [new TextRun({ text: zh ? '数据警示' : 'Data warnings', bold: true, color: 'A02622' })] }),
        new Paragraph({
          children: [new TextRun(zh ? `本章使用的数据在计算中产生 ${total} 条警示（${ws.length} 种），相关数字须核对后引用：` : `Building this chapter raised ${total} data warning(s) (${ws.length} distinct); check the figures they touch before quoting them:`)],
        }),
        ...ws.slice(0, WARNINGS_SHOWN).map((w) => new Paragraph({ children: [new TextRun({ text: `• ${warningLine(w, zh)}`, size: 21 })] })),
        ...(ws.length > WARNINGS_SHOWN ? [new Paragraph({ children: [new TextRun(zh ? `另有 ${ws.length - WARNINGS_SHOWN} 条，见附录“数据警示”。` : `and ${ws.length - WARNINGS_SHOWN} more (see the appendix, data warnings).`)] })] : []),
      ];
      children.push(
        new Table({
          layout: TableLayoutType.FIXED,
          columnWidths: [DOCX_TEXT_WIDTH],
          width: { size: DOCX_TEXT_WIDTH, type: WidthType.DXA },
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  width: { size: DOCX_TEXT_WIDTH, type: WidthType.DXA },
                  shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDF2F2' },
                  borders: { top: border, bottom: border, left: border, right: border },
                  children: lines,
                }),
              ],
            }),
          ],
        }),
      );
      children.push(para(''));
    }
    for (const b of c.blocks) {
      if (b.type === 'markdown') {
        markdown(b.markdown);
        continue;
      }
      const r = b.record;
      if (r.kind === 'text') markdown(r.markdown);
      else if (r.kind === 'headline') children.push(para(`${r.label}: ${formatHeadlineValue(r)} ${r.unit}`.trim()));
      else if (r.kind === 'table') {
        children.push(para(r.title, { bold: true }));
        dataTable(r.columns.map((c) => c.label), r.rows.map((row) => r.columns.map((col) => formatCell(row[col.key], col))));
        if (r.note) children.push(para(r.note));
      } else if (r.kind === 'figure') {
        const f = input.figures.get(r.id);
        if (f?.png) {
          const { width, height } = pngSize(f.png);
          const w = Math.min(600, width);
          children.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new ImageRun({ type: 'png', data: Buffer.from(f.png), transformation: { width: w, height: Math.round((height * w) / width) }, altText: { name: r.id, title: r.title, description: r.title } })],
            }),
          );
        }
        children.push(para(`${zh ? '图' : 'Figure'}: ${r.title}${r.note ? `（${r.note}）` : ''}`, { center: true }));
      }
    }
  }
  const text = appendixText(zh);
  children.push(para(text.title, { heading: HeadingLevel.HEADING_1 }));
  children.push(para(text.sources, { heading: HeadingLevel.HEADING_2 }));
  children.push(para(text.sourcesLead));
  for (const s of provenance.sources) children.push(para(`• ${sourceSectionLabel(s, input.lang)}`));
  const cited = citedSources(chapters);
  if (cited.length) {
    children.push(para(zh ? '引用来源（表中以编号引用）' : 'Cited sources (tables cite them by id)', { bold: true }));
    dataTable(
      zh ? ['编号', '名称', '等级', '网址', '章'] : ['id', 'title', 'grade', 'URL', 'chapters'],
      cited.map((c) => [c.id, c.title, c.grade ?? '', c.url, c.chapters.join(', ')]),
    );
  }
  children.push(para(text.licence, { heading: HeadingLevel.HEADING_2 }));
  children.push(para(text.licenceNote));
  children.push(para(text.method, { heading: HeadingLevel.HEADING_2 }));
  for (const m of text.methodNotes) children.push(para(`• ${m}`));
  children.push(para(text.warnings, { heading: HeadingLevel.HEADING_2 }));
  const all = reportWarnings(chapters);
  if (all.length) {
    dataTable(
      zh ? ['章', '代码', '文件', '行', '列', '次数', '说明', '建议'] : ['chapter', 'code', 'file', 'row', 'column', 'count', 'message', 'advice'],
      all.map((w) => [w.chapter.number, w.warning.code, w.warning.file ?? '', w.warning.row === undefined ? '' : String(w.warning.row), w.warning.column ?? '', String(w.count), w.warning.message, w.warning.advice ?? '']),
    );
  } else children.push(para(zh ? '构建本报告时未记录任何数据警示。' : 'No data warning was recorded while building this report.'));
  children.push(para(zh ? '数据文件与校验和（data/manifest.json）' : 'Data files and checksums (data/manifest.json)', { bold: true }));
  dataTable(zh ? ['文件', 'SHA-256'] : ['file', 'SHA-256'], provenance.dataFiles.map((f) => [f.file, f.sha256]));
  const heads = [...headlines(chapters).values()];
  if (heads.length) {
    children.push(para(zh ? '核心指标（由笔记本计算并经测试锁定）' : 'Headline figures (computed by the notebooks, pinned by tests)', { bold: true }));
    dataTable(zh ? ['键', '指标', '数值', '单位', '章'] : ['key', 'figure', 'value', 'unit', 'chapter'], heads.map((h) => [h.key, h.label, formatHeadlineValue(h), h.unit, h.chapter]));
  }
  children.push(para(text.repro, { heading: HeadingLevel.HEADING_2 }));
  children.push(para(`${zh ? '程序库' : 'library'}: ${provenance.library}; git commit: ${provenance.commit}; ${zh ? '执行引擎' : 'engine'}: ${provenance.engine}`));
  children.push(para(`${zh ? '参数' : 'parameters'}: ${Object.entries(provenance.parameters).map(([k, v]) => `${k}=${v}`).join(', ')}`));

  const doc = new Document({
    creator: provenance.library,
    title: zh ? manifest.title : manifest.title_en,
    description: `git ${provenance.commit}`,
    styles: DOCX_STYLES,
    // A4 with 1 inch margins: DOCX_TEXT_WIDTH is what the tables fill.
    sections: [{ properties: { page: A4_PAGE }, children }],
  });
  const bytes = await Packer.toBuffer(doc);
  const stamp = (provenance.commitDate ? new Date(provenance.commitDate) : new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return reproducibleDocx(bytes, stamp);
}

/**
 * A short document (e.g. the park bulletin) from Markdown, with the report's fonts and the same
 * Markdown→Word conversion as the report's chapters: `title` as the title paragraph, then the
 * Markdown; `header` (e.g. 示意数据（SYNTHETIC）) is printed in the page header of every page.
 * Reproducible like the report: dates are `stamp` (ISO, no milliseconds), fixed ZIP timestamps.
 */
export async function renderMarkdownDocx(markdown: string, options: { title: string; creator: string; stamp: string; header?: string }): Promise<Buffer> {
  const d = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Header } = d;
  const children = [new Paragraph({ children: [new TextRun({ text: options.title, bold: true })], heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }), ...markdownDocx(d, markdown)];
  const headers = options.header
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: options.header, bold: true, color: 'B00000' })] })] }) }
    : undefined;
  const doc = new Document({
    creator: options.creator,
    title: options.title,
    styles: DOCX_STYLES,
    sections: [{ properties: { page: A4_PAGE }, ...(headers ? { headers } : {}), children }],
  });
  return reproducibleDocx(await Packer.toBuffer(doc), options.stamp);
}

/** The DOS date every entry of the rewritten archive carries: 1980-01-01 00:00, the earliest a ZIP holds. */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0); // local time on purpose: fflate writes local date parts

/**
 * Make a DOCX archive byte-reproducible (ZIP read and written by fflate): the drawing ids that
 * docx numbers with a process-wide counter are renumbered from 1 in document order, the
 * created/modified dates of `docProps/core.xml` become `stamp`, and every entry is written with
 * the same timestamp (1980-01-01 00:00) and deflate level 9, in the original entry order.
 * @param stamp - ISO date without milliseconds, e.g. the git commit date `2024-01-01T00:00:00Z`.
 */
export function reproducibleDocx(bytes: Uint8Array, stamp: string): Buffer {
  const entries = unzipSync(bytes);
  const renumber = (xml: string): string => {
    let doc = 0;
    let pic = 0;
    return xml.replace(/(<wp:docPr id=")\d+"/g, (_m, p: string) => `${p}${++doc}"`).replace(/(<pic:cNvPr id=")\d+"/g, (_m, p: string) => `${p}${++pic}"`);
  };
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    let bytesOut = data;
    if (name === 'word/document.xml') bytesOut = strToU8(renumber(strFromU8(data)));
    else if (name === 'docProps/core.xml') {
      bytesOut = strToU8(
        strFromU8(data)
          .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`),
      );
    }
    out[name] = bytesOut;
  }
  return Buffer.from(zipSync(out, { level: 9, mtime: ZIP_EPOCH }));
}
