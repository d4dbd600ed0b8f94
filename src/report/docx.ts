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
import { formatCell } from './notebook-helpers.js';
import { formatThousands } from '../charts/format.js';
import { summaryPoints } from './model.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { HtmlInput } from './html.js';

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

/** Build `report.docx` bytes from the same input as the HTML report. */
export async function renderDocx(input: HtmlInput): Promise<Buffer> {
  const d = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, ImageRun, WidthType, AlignmentType } = d;
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
  children.push(para(zh ? manifest.title : manifest.title_en, { heading: HeadingLevel.TITLE, center: true }));
  children.push(para(zh ? manifest.title_en : manifest.title, { center: true }));
  children.push(para(`${provenance.library} · git ${provenance.commit}`, { center: true }));
  children.push(para(zh ? '目录' : 'Contents', { heading: HeadingLevel.HEADING_1 }));
  children.push(para(zh ? '摘要' : 'Summary'));
  for (const c of chapters) children.push(para(`${c.entry.number} ${zh ? c.entry.title : c.entry.title_en}`));
  children.push(para(zh ? '附录 数据来源与可复现信息' : 'Appendix: provenance'));

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
    for (const b of c.blocks) {
      if (b.type === 'markdown') {
        markdown(b.markdown);
        continue;
      }
      const r = b.record;
      if (r.kind === 'text') markdown(r.markdown);
      else if (r.kind === 'headline') children.push(para(`${r.label}: ${formatThousands(r.value, { digits: r.digits })} ${r.unit}`.trim()));
      else if (r.kind === 'table') {
        children.push(para(r.title, { bold: true }));
        const header = new TableRow({
          tableHeader: true,
          children: r.columns.map((col) => new TableCell({ children: [para(col.label, { bold: true })] })),
        });
        const rows = r.rows.map(
          (row) =>
            new TableRow({
              children: r.columns.map((col) => {
                return new TableCell({ children: [para(formatCell(row[col.key], col))] });
              }),
            }),
        );
        children.push(new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }));
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
  children.push(para(zh ? '附录 数据来源与可复现信息' : 'Appendix: data sources and reproducibility', { heading: HeadingLevel.HEADING_1 }));
  for (const s of provenance.sources) children.push(para(`• ${s}`));
  for (const f of provenance.dataFiles) children.push(para(`${f.file}  sha256:${f.sha256}`));
  children.push(para(`${zh ? '程序库' : 'library'}: ${provenance.library}; git commit: ${provenance.commit}; ${zh ? '引擎' : 'engine'}: ${provenance.engine}`));
  children.push(para(`${zh ? '参数' : 'parameters'}: ${Object.entries(provenance.parameters).map(([k, v]) => `${k}=${v}`).join(', ')}`));

  const doc = new Document({
    creator: provenance.library,
    title: zh ? manifest.title : manifest.title_en,
    description: `git ${provenance.commit}`,
    styles: DOCX_STYLES,
    sections: [{ children }],
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
    sections: [{ ...(headers ? { headers } : {}), children }],
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
