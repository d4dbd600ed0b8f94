/**
 * The self-contained HTML report: title page, table of contents, summary (一、基本情况 …
 * 四、对策建议), chapters with inline figures, provenance appendix. Every data label is escaped;
 * figures are embedded as `<img>` data URIs (an SVG inside `<img>` cannot run script).
 * @module
 */
import { escapeHtml } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { FINDING_SECTIONS } from './protocol.js';
import { tableHtml } from './notebook-helpers.js';
import { formatThousands } from '../charts/format.js';
import { headlines, summaryPoints } from './model.js';
import type { Chapter, ChapterManifest } from './model.js';
import type { Provenance } from './provenance.js';

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
table.data{border-collapse:collapse;margin:1em 0;font-size:.9em}
table.data caption{font-weight:bold;text-align:left;padding:.3em 0}
table.data th,table.data td{border:1px solid #bbb;padding:.25em .6em}
table.data td.num{text-align:right;font-variant-numeric:tabular-nums}
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
        parts.push(`<p class="headline"><strong>${escapeHtml(r.label)}</strong>: ${escapeHtml(formatThousands(r.value, { digits: r.digits }))} ${escapeHtml(r.unit)}</p>`);
        break;
      case 'finding':
      case 'parameters':
        break;
    }
  }
  return parts.join('\n');
}

/** Everything {@link renderHtml} needs. */
export interface HtmlInput {
  manifest: ChapterManifest;
  chapters: readonly Chapter[];
  skipped: readonly { number: string; title: string; missing: string[] }[];
  figures: ReadonlyMap<string, RenderedFigure>;
  provenance: Provenance;
  lang: 'zh' | 'en';
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
    .map((c) => `<section class="chapter" id="ch-${escapeHtml(c.entry.number)}">\n<h2>${escapeHtml(chTitle(c))}</h2>\n${recordHtml(c, input.figures)}\n</section>`)
    .join('\n');
  const heads = [...headlines(chapters).values()];
  const headTable = heads.length
    ? tableHtml({
        id: 'headlines',
        title: zh ? '核心指标（由笔记本计算并经测试锁定）' : 'Headline figures (computed by the notebooks, pinned by tests)',
        columns: [
          { key: 'key', label: zh ? '键' : 'key' },
          { key: 'label', label: zh ? '指标' : 'figure' },
          { key: 'value', label: zh ? '数值' : 'value', digits: 4 },
          { key: 'unit', label: zh ? '单位' : 'unit' },
          { key: 'chapter', label: zh ? '章' : 'chapter' },
        ],
        rows: heads.map((h) => ({ key: h.key, label: h.label, value: h.value, unit: h.unit, chapter: h.chapter })),
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
  const params = Object.entries(provenance.parameters)
    .map(([k, v]) => `<li><code>${escapeHtml(k)}</code> = ${escapeHtml(v)}</li>`)
    .join('');
  const appendix = `<section class="appendix" id="appendix">
<h2>${zh ? '附录 数据来源与可复现信息' : 'Appendix: data sources and reproducibility'}</h2>
<h3>${zh ? '数据来源' : 'Sources'}</h3>
${provenance.sources.length ? `<ul>${provenance.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : `<p class="note">data/SOURCES.md ${zh ? '缺失' : 'missing'}</p>`}
${files}
${headTable}
<h3>${zh ? '可复现信息' : 'Reproducibility'}</h3>
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
<p>${zh ? '数据截至' : 'Data up to'} ${escapeHtml(provenance.parameters['year'] ?? '')} · ${escapeHtml(provenance.library)}</p>
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
