/**
 * The self-contained HTML report: title page, table of contents, summary (一、基本情况 …
 * 四、对策建议), chapters with inline figures, provenance appendix. Every data label is escaped;
 * figures are embedded as `<img>` data URIs (an SVG inside `<img>` cannot run script).
 * @module
 */
import { escapeHtml } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { FINDING_SECTIONS } from './protocol.js';
import { formatHeadlineValue, tableHtml } from './notebook-helpers.js';
import { chapterWarnings, citedSources, headlines, reportWarnings, summaryPoints } from './model.js';
import type { Chapter, ChapterManifest, CountedWarning } from './model.js';
import type { Provenance } from './provenance.js';
import { sourceSectionLabel } from './provenance.js';

/** A rendered figure. */
export interface RenderedFigure {
  id: string;
  title: string;
  svg: string | null;
  png: Uint8Array | null;
  note?: string;
}

const CSS = `
body{font-family:"PRD Noto Sans SC","Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:0 auto;padding:0 24px;color:#222;line-height:1.7}
h1,h2,h3{font-family:"PRD Noto Sans SC","Noto Sans CJK SC","SimHei",sans-serif}
.title-page{min-height:60vh;display:flex;flex-direction:column;justify-content:center;text-align:center}
.title-page h1{font-size:2.1em}
section.chapter,section.summary,section.appendix,nav.toc{break-before:page;page-break-before:always}
table.data{border-collapse:collapse;margin:1em 0;font-size:.85em;max-width:100%}
table.data caption{font-weight:bold;text-align:left;padding:.3em 0}
table.data th,table.data td{border:1px solid #bbb;padding:.2em .35em;line-break:strict;overflow-wrap:break-word}
table.data .short{white-space:nowrap}
table.data td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.data td.url,table.data td.long,.hashes table.data td{word-break:break-all;overflow-wrap:anywhere;font-size:.85em}
.data-warnings{border:2px solid #c9302c;background:#fdf2f2;padding:.6em 1em;margin:1em 0;break-inside:avoid}
.data-warnings h3{margin:.2em 0;color:#a02622}
.data-warnings li{margin:.2em 0;word-break:keep-all;overflow-wrap:anywhere}
figure{margin:1.2em 0}figure img{max-width:100%}
figcaption,.note{font-size:.85em;color:#555}
.ref{color:#555;font-size:.9em}
code{font-size:.9em}
@media print{body{max-width:none}}
`;

/** The report's style sheet, shared by the park bulletin's page (same fonts, same tables). */
export const REPORT_CSS: string = CSS;

function pngWidth(png: Uint8Array): number {
  return Buffer.from(png).readUInt32BE(16);
}

/** Subset CJK fonts embedded in the page (regular and bold WOFF2 bytes). */
export interface EmbeddedFonts {
  regular: Uint8Array;
  bold?: Uint8Array;
}

function fontFaces(fonts: EmbeddedFonts | null | undefined): string {
  if (!fonts) return '';
  const face = (bytes: Uint8Array, weight: number) =>
    `@font-face{font-family:"PRD Noto Sans SC";font-weight:${weight};src:url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')}) format("woff2")}`;
  return face(fonts.regular, 400) + (fonts.bold ? face(fonts.bold, 700) : '');
}

/**
 * Add the `@font-face` rules of `fonts` to a page rendered by {@link renderHtml} without fonts
 * (the same bytes as rendering with `input.fonts` set), so the page is rendered once and the
 * fonts subset to its characters.
 */
export function withEmbeddedFonts(html: string, fonts: EmbeddedFonts | null): string {
  if (!fonts) return html;
  const at = html.indexOf('<style>');
  if (at < 0) throw new Error('withEmbeddedFonts: the page has no <style> element');
  return html.slice(0, at + 7) + fontFaces(fonts) + html.slice(at + 7);
}

/** The characters of a page, data URIs left out: what the embedded fonts must hold. */
export function pageCharacters(html: string): string {
  return Array.from(new Set(Array.from(html.replace(/data:[^"')]+/g, '')))).sort().join('');
}

function recordHtml(chapter: Chapter, figures: ReadonlyMap<string, RenderedFigure>): string {
  const parts: string[] = [];
  for (const b of chapter.blocks) {
    if (b.type === 'markdown') {
      parts.push(renderMarkdown(b.markdown, 1));
      continue;
    }
    const r = b.record;
    switch (r.kind) {
      case 'text':
        parts.push(renderMarkdown(r.markdown, 1));
        break;
      case 'table':
        parts.push(tableHtml(r));
        break;
      case 'figure': {
        const f = figures.get(r.id);
        // PNG first: it is rendered with the bundled CJK font, so labels show on machines without one.
        const img = f?.png
          ? `<img alt="${escapeHtml(r.title)}" width="${Math.round(pngWidth(f.png) / 2)}" src="data:image/png;base64,${Buffer.from(f.png).toString('base64')}">`
          : f?.svg
            ? `<img alt="${escapeHtml(r.title)}" src="data:image/svg+xml;base64,${Buffer.from(f.svg, 'utf8').toString('base64')}">`
            : `<p class="note">(图未渲染 / figure not rendered: ${escapeHtml(r.id)})</p>`;
        const note = r.note ? `<br>${escapeHtml(r.note)}` : '';
        parts.push(`<figure id="fig-${escapeHtml(r.id)}" data-figure="${escapeHtml(r.id)}">${img}<figcaption>${escapeHtml(r.title)}${note}</figcaption></figure>`);
        break;
      }
      case 'headline':
        parts.push(`<p class="headline"><strong>${escapeHtml(r.label)}</strong>: ${escapeHtml(formatHeadlineValue(r))} ${escapeHtml(r.unit)}</p>`);
        break;
      case 'finding':
      case 'parameters':
      case 'warning':
      case 'sources':
        break;
    }
  }
  return parts.join('\n');
}

/** Most warnings a chapter's 数据警示 box lists (the appendix lists all). */
export const WARNINGS_SHOWN = 20;

/** Where a warning is: file, row, column (as printed). */
export function warningPlace(w: { file?: string; row?: number; column?: string }, zh: boolean): string {
  return [w.file, w.row !== undefined ? (zh ? `第 ${w.row} 行` : `row ${w.row}`) : undefined, w.column !== undefined ? (zh ? `列 ${w.column}` : `column ${w.column}`) : undefined]
    .filter((x): x is string => x !== undefined)
    .join(zh ? '，' : ', ');
}

/** One warning as a line of text: [code] place: message (advice) ×count. */
export function warningLine(cw: CountedWarning, zh: boolean): string {
  const w = cw.warning;
  const place = warningPlace(w, zh);
  const advice = w.advice ? (zh ? `（建议：${w.advice}）` : ` (advice: ${w.advice})`) : '';
  const count = cw.count > 1 ? (zh ? ` ×${cw.count}次` : ` ×${cw.count}`) : '';
  return `[${w.code}]${place ? ` ${place}` : ''}: ${w.message}${advice}${count}`;
}

function warningBox(chapter: Chapter, zh: boolean): string {
  const ws = chapterWarnings(chapter);
  if (ws.length === 0) return '';
  const total = ws.reduce((a, w) => a + w.count, 0);
  const items = ws
    .slice(0, WARNINGS_SHOWN)
    .map((cw) => `<li data-code="${escapeHtml(cw.warning.code)}">${escapeHtml(warningLine(cw, zh))}</li>`)
    .join('');
  const more = ws.length > WARNINGS_SHOWN ? `<p class="more">${zh ? `另有 ${ws.length - WARNINGS_SHOWN} 条，见附录“数据警示”。` : `and ${ws.length - WARNINGS_SHOWN} more (see the appendix, data warnings).`}</p>` : '';
  const lead = zh
    ? `本章使用的数据在计算中产生 ${total} 条警示（${ws.length} 种），相关数字须核对后引用：`
    : `Building this chapter raised ${total} data warning(s) (${ws.length} distinct); check the figures they touch before quoting them:`;
  return `<aside class="data-warnings" role="note"><h3>${zh ? '数据警示' : 'Data warnings'}</h3><p>${escapeHtml(lead)}</p><ul>${items}</ul>${more}</aside>`;
}

/** The cover line: 数据截至 2021年 (the year the data run to), never "latest". */
export function dataUpToLine(input: Pick<HtmlInput, 'dataYear' | 'provenance' | 'lang'>): string {
  const p = input.provenance.parameters['year'];
  const year = input.dataYear ?? (p !== undefined && /^\d{4}$/.test(p) ? Number(p) : undefined);
  const zh = input.lang === 'zh';
  if (year === undefined) return zh ? '数据截至：见附录参数' : 'Data years: see the appendix';
  return zh ? `数据截至 ${year}年` : `Data up to ${year}`;
}

/** The fixed text of the appendix, in the report's language (HTML and DOCX share it). */
export function appendixText(zh: boolean): {
  title: string; sources: string; sourcesLead: string; licence: string; licenceNote: string; method: string; methodNotes: string[]; repro: string; warnings: string;
} {
  return zh
    ? {
        title: '附录 数据来源与可复现信息',
        sources: '数据来源',
        sourcesLead: '随程序附带的数据文件及其来源、单位和版本见 data/SOURCES.md，各节如下：',
        licence: '许可说明',
        licenceNote:
          '城市面板（city-panel.csv）取自商业数据库 CSMAR 的公开摘录，能否再分发尚不明确，仅供分析与测试；对外发布前须确认使用权，或改用本单位自己的面板数据。人口普查数据（leiii/census）为 MIT 许可；维基百科表格为 CC BY-SA；国家统计局数据为公开统计资料。文字事实为公开网页的简短引文，附有网址以便核查。',
        method: '方法说明',
        methodNotes: [
          '单位：亿元 = 1 亿元人民币；万元 = 1 万元；万人 = 1 万人；比重与增速以百分数表示（8.0 即 8%），增速按可比价计算，与公布口径一致。',
          '程序只做复制、列名转换和按十的幂换算单位，不估算、不插值、不倒推任何数字；唯一例外（2017—2021 年以外的分行业增加值）已标注 va-derived。',
          '表中的来源以编号引用，编号对应的名称、等级和网址见上表。',
          '计算中发现的可疑数据不被改动，而是作为“数据警示”列在所在章节开头和本附录中。',
        ],
        repro: '可复现信息',
        warnings: '数据警示',
      }
    : {
        title: 'Appendix: data sources and reproducibility',
        sources: 'Sources',
        sourcesLead: 'The bundled data files, their sources, units and vintages are described in data/SOURCES.md, whose sections are:',
        licence: 'Licence note',
        licenceNote:
          'The city panel (city-panel.csv) is derived from a public excerpt of the commercial CSMAR database; whether it may be redistributed is unclear, so it is bundled for analysis and tests only; confirm the right to publish it or use your own panel. The census counts (leiii/census) are MIT-licensed; the zh.wikipedia table is CC BY-SA; NBS figures are public statistics. Text facts are short quotations of public web pages, with their addresses.',
        method: 'Method notes',
        methodNotes: [
          'Units: 亿元 = 100 million yuan; 万元 = 10 000 yuan; 万人 = 10 000 persons; shares and growth rates in percent (8.0 means 8 %); growth at comparable prices, as published.',
          'The build copies, renames columns and converts units by powers of ten; nothing is estimated, interpolated or back-calculated, with one labelled exception (sector value added outside 2017–2021, flagged va-derived).',
          'Tables cite sources by id; the table above gives each id\'s title, grade and URL.',
          'Suspicious data are never changed: they are listed as data warnings at the top of the chapter that used them and in this appendix.',
        ],
        repro: 'Reproducibility',
        warnings: 'Data warnings',
      };
}

/** Everything {@link renderHtml} needs. */
export interface HtmlInput {
  manifest: ChapterManifest;
  chapters: readonly Chapter[];
  skipped: readonly { number: string; title: string; missing: string[] }[];
  figures: ReadonlyMap<string, RenderedFigure>;
  provenance: Provenance;
  lang: 'zh' | 'en';
  /** Last year of data the report uses (the `--year`, else the panel's last year): the cover's 数据截至. */
  dataYear?: number;
  /** Fonts to embed (subset to the page's characters), so Chinese shows without a system CJK font. */
  fonts?: EmbeddedFonts;
}

/** Render the whole report as one self-contained HTML document. */
export function renderHtml(input: HtmlInput): string {
  const { manifest, chapters, provenance } = input;
  const zh = input.lang === 'zh';
  const title = zh ? manifest.title : manifest.title_en;
  const chTitle = (c: Chapter): string => `${c.entry.number} ${zh ? c.entry.title : c.entry.title_en}`;
  const toc = [
    `<li><a href="#summary">${zh ? '摘要' : 'Summary'}</a></li>`,
    ...chapters.map((c) => `<li><a href="#ch-${escapeHtml(c.entry.number)}">${escapeHtml(chTitle(c))}</a></li>`),
    `<li><a href="#appendix">${zh ? '附录 数据来源与可复现信息' : 'Appendix: provenance'}</a></li>`,
  ].join('');
  const skipped = input.skipped.length
    ? `<p class="note">${zh ? '以下章节所需的库函数尚未实现，本版报告未收录：' : 'Chapters left out (library functions not yet available): '}${input.skipped
        .map((s) => `${escapeHtml(s.number)} ${escapeHtml(s.title)} (${escapeHtml(s.missing.join(', '))})`)
        .join('；')}</p>`
    : '';
  const points = summaryPoints(chapters);
  const summary = (['basic', 'achievement', 'problem', 'recommendation'] as const)
    .map((section) => {
      const ps = points.filter((p) => p.section === section);
      const items = ps.length
        ? ps
            .map(
              (p) =>
                `<p class="point" data-section="${section}"><strong>${p.number}.</strong> ${escapeHtml(p.text)} <a class="ref" href="#ch-${escapeHtml(p.chapter.number)}">(${zh ? '见第' : 'see chapter '}${escapeHtml(p.chapter.number)}${zh ? '章' : ''})</a></p>`,
            )
            .join('\n')
        : `<p class="note">${zh ? '（本版报告的章节未提供此部分结论）' : '(no chapter in this report provides points for this part)'}</p>`;
      return `<h3>${escapeHtml(zh ? FINDING_SECTIONS[section].zh : FINDING_SECTIONS[section].en)}</h3>\n${items}`;
    })
    .join('\n');
  const body = chapters
    .map((c) => `<section class="chapter" id="ch-${escapeHtml(c.entry.number)}">\n<h2>${escapeHtml(chTitle(c))}</h2>\n${warningBox(c, zh)}${recordHtml(c, input.figures)}\n</section>`)
    .join('\n');
  const heads = [...headlines(chapters).values()];
  const headTable = heads.length
    ? tableHtml({
        id: 'headlines',
        title: zh ? '核心指标（由笔记本计算并经测试锁定）' : 'Headline figures (computed by the notebooks, pinned by tests)',
        columns: [
          { key: 'key', label: zh ? '键' : 'key' },
          { key: 'label', label: zh ? '指标' : 'figure' },
          { key: 'value', label: zh ? '数值' : 'value' },
          { key: 'unit', label: zh ? '单位' : 'unit' },
          { key: 'chapter', label: zh ? '章' : 'chapter' },
        ],
        // each headline printed with its own digits (as in its chapter), years without separators
        rows: heads.map((h) => ({ key: h.key, label: h.label, value: formatHeadlineValue(h), unit: h.unit, chapter: h.chapter })),
      })
    : '';
  const files = tableHtml({
    id: 'data-files',
    title: zh ? '数据文件与校验和（data/manifest.json）' : 'Data files and checksums (data/manifest.json)',
    columns: [
      { key: 'file', label: zh ? '文件' : 'file' },
      { key: 'sha256', label: 'SHA-256' },
    ],
    rows: provenance.dataFiles.map((f) => ({ file: f.file, sha256: f.sha256 })),
  });
  const cited = citedSources(chapters);
  const citedTable = cited.length
    ? tableHtml({
        id: 'cited-sources',
        title: zh ? '引用来源（表中以编号引用）' : 'Cited sources (tables cite them by id)',
        columns: [
          { key: 'id', label: zh ? '编号' : 'id' },
          { key: 'title', label: zh ? '名称' : 'title' },
          { key: 'grade', label: zh ? '等级' : 'grade' },
          { key: 'url', label: zh ? '网址' : 'URL' },
          { key: 'chapters', label: zh ? '章' : 'chapters' },
        ],
        rows: cited.map((c) => ({ id: c.id, title: c.title, grade: c.grade ?? null, url: c.url, chapters: c.chapters.join(', ') })),
      })
    : '';
  const allWarnings = reportWarnings(chapters);
  const warningsSection = `<h3 id="data-warnings">${zh ? '数据警示' : 'Data warnings'}</h3>
${
  allWarnings.length
    ? tableHtml({
        id: 'warnings',
        title: zh ? `构建报告时记录的全部数据警示（${allWarnings.reduce((a, w) => a + w.count, 0)} 条）` : `Every data warning recorded while building the report (${allWarnings.reduce((a, w) => a + w.count, 0)})`,
        columns: [
          { key: 'chapter', label: zh ? '章' : 'chapter' },
          { key: 'code', label: zh ? '代码' : 'code' },
          { key: 'file', label: zh ? '文件' : 'file' },
          { key: 'row', label: zh ? '行' : 'row', kind: 'year' },
          { key: 'column', label: zh ? '列' : 'column' },
          { key: 'count', label: zh ? '次数' : 'count', digits: 0 },
          { key: 'message', label: zh ? '说明' : 'message' },
          { key: 'advice', label: zh ? '建议' : 'advice' },
        ],
        rows: allWarnings.map((w) => ({
          chapter: w.chapter.number,
          code: w.warning.code,
          file: w.warning.file ?? null,
          row: w.warning.row ?? null,
          column: w.warning.column ?? null,
          count: w.count,
          message: w.warning.message,
          advice: w.warning.advice ?? null,
        })),
      })
    : `<p class="note">${zh ? '构建本报告时未记录任何数据警示。' : 'No data warning was recorded while building this report.'}</p>`
}`;
  const params = Object.entries(provenance.parameters)
    .map(([k, v]) => `<li><code>${escapeHtml(k)}</code> = ${escapeHtml(v)}</li>`)
    .join('');
  const text = appendixText(zh);
  const appendix = `<section class="appendix" id="appendix">
<h2>${escapeHtml(text.title)}</h2>
<h3>${escapeHtml(text.sources)}</h3>
<p>${escapeHtml(text.sourcesLead)}</p>
${provenance.sources.length ? `<ul>${provenance.sources.map((s) => `<li>${escapeHtml(sourceSectionLabel(s, input.lang))}</li>`).join('')}</ul>` : `<p class="note">data/SOURCES.md ${zh ? '缺失' : 'missing'}</p>`}
${citedTable}
<h3>${escapeHtml(text.licence)}</h3>
<p>${escapeHtml(text.licenceNote)}</p>
<h3>${escapeHtml(text.method)}</h3>
<ul>${text.methodNotes.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>
${warningsSection}
<div class="hashes">${files}</div>
${headTable}
<h3>${escapeHtml(text.repro)}</h3>
<ul>
<li>${zh ? '程序库' : 'library'}: ${escapeHtml(provenance.library)}</li>
<li>git commit: <code>${escapeHtml(provenance.commit)}</code></li>
<li>${zh ? '执行引擎' : 'engine'}: ${escapeHtml(provenance.engine)}</li>
<li>${zh ? '参数' : 'parameters'}:<ul>${params}</ul></li>
<li>${zh ? '笔记本' : 'notebooks'}: ${chapters.map((c) => `<code>notebooks/${escapeHtml(c.entry.file)}</code>`).join(', ')}</li>
</ul>
<p class="build-date">${zh ? '构建日期' : 'Build date'}: ${escapeHtml(provenance.buildDate)}</p>
</section>`;
  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${fontFaces(input.fonts)}${CSS}</style>
</head>
<body>
<header class="title-page">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(zh ? manifest.title_en : manifest.title)}</p>
<p class="data-up-to">${escapeHtml(dataUpToLine(input))} · ${escapeHtml(provenance.library)}</p>
</header>
<nav class="toc" id="toc"><h2>${zh ? '目录' : 'Contents'}</h2><ol>${toc}</ol>${skipped}</nav>
<section class="summary" id="summary"><h2>${zh ? '摘要' : 'Summary'}</h2>
${summary}
</section>
${body}
${appendix}
</body>
</html>
`;
}
