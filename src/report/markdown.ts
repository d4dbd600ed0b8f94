/**
 * Notebook narrative as Markdown, parsed once by markdown-it into one token stream that feeds
 * both the HTML report ({@link renderMarkdown}) and the DOCX ({@link markdownBlocks}).
 *
 * markdown-it runs with raw HTML off (`<b>` in a notebook or a data label is shown as text, never
 * executed) and its own link validation (no `javascript:`, `vbscript:`, `file:` or non-image
 * `data:` links); CommonMark rules, so `*` inside a code span stays literal, a URL may hold
 * balanced parentheses, and a `1.` list followed by a `-` list are two lists. GFM pipe tables are on.
 * @module
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });

/**
 * Parse Markdown into markdown-it's token stream (block tokens; inline content in `children`).
 * @example
 * parseMarkdown('**a**')[1].children.map((t) => t.type) // ['strong_open', 'text', 'strong_close']
 */
export function parseMarkdown(source: string): Token[] {
  return md.parse(source, {});
}

/**
 * Render Markdown to HTML (raw HTML escaped, unsafe links dropped).
 * @param source - Markdown source.
 * @param headingOffset - added to each heading level (a notebook's `#` becomes `<h2>` with 1).
 * @example
 * renderMarkdown('**增幅** <b>') // '<p><strong>增幅</strong> &lt;b&gt;</p>'
 */
export function renderMarkdown(source: string, headingOffset = 0): string {
  const tokens = parseMarkdown(source);
  if (headingOffset !== 0) {
    for (const t of tokens) {
      if (t.type === 'heading_open' || t.type === 'heading_close') t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + headingOffset)}`;
    }
  }
  return md.renderer.render(tokens, md.options, {}).trimEnd();
}

/** A run of text with its inline formatting (for the DOCX). */
export interface MarkdownRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** Target of a link the run is inside (only links markdown-it accepts). */
  href?: string;
}

/** A block of Markdown as the DOCX writer needs it. */
export type MarkdownBlock =
  | { type: 'heading'; level: number; runs: MarkdownRun[] }
  | { type: 'paragraph'; runs: MarkdownRun[] }
  /** One list item; `marker` is `•` for a bullet list, `3.` for the third item of a numbered list. */
  | { type: 'list-item'; marker: string; depth: number; runs: MarkdownRun[] }
  | { type: 'table'; header: MarkdownRun[][]; rows: MarkdownRun[][][] }
  | { type: 'code'; text: string };

function runsOf(inline: Token | undefined): MarkdownRun[] {
  const runs: MarkdownRun[] = [];
  let bold = 0;
  let italic = 0;
  const links: string[] = [];
  const push = (text: string, code = false): void => {
    if (text === '') return;
    const r: MarkdownRun = { text };
    if (bold > 0) r.bold = true;
    if (italic > 0) r.italic = true;
    if (code) r.code = true;
    if (links.length > 0) r.href = links[links.length - 1]!;
    runs.push(r);
  };
  for (const t of inline?.children ?? []) {
    switch (t.type) {
      case 'text':
      case 'html_inline':
        push(t.content);
        break;
      case 'code_inline':
        push(t.content, true);
        break;
      case 'softbreak':
        break; // Chinese text joins lines without a space
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        links.push(t.attrGet('href') ?? '');
        break;
      case 'link_close':
        links.pop();
        break;
      case 'image':
        push(t.content);
        break;
      default:
        if (t.content) push(t.content);
    }
  }
  return runs;
}

/**
 * The blocks of a Markdown text with inline runs, from the same token stream as
 * {@link renderMarkdown}: headings, paragraphs, list items (bullet `•` or their number), tables,
 * code blocks. Block quotes give their paragraphs.
 * @example
 * markdownBlocks('1. *a*\n- b') // [{ type: 'list-item', marker: '1.', depth: 0, runs: [{ text: 'a', italic: true }] }, { type: 'list-item', marker: '•', … }]
 */
export function markdownBlocks(source: string): MarkdownBlock[] {
  const tokens = parseMarkdown(source);
  const blocks: MarkdownBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let item: { marker: string; depth: number; first: boolean } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open':
        blocks.push({ type: 'heading', level: Number(t.tag.slice(1)), runs: runsOf(tokens[i + 1]) });
        i += 2;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const l = lists[lists.length - 1]!;
        item = { marker: l.ordered ? `${l.next++}.` : '•', depth: lists.length - 1, first: true };
        break;
      }
      case 'list_item_close':
        item = null;
        break;
      case 'paragraph_open': {
        const runs = runsOf(tokens[i + 1]);
        if (item) {
          blocks.push({ type: 'list-item', marker: item.first ? item.marker : '', depth: item.depth, runs });
          item.first = false;
        } else blocks.push({ type: 'paragraph', runs });
        i += 2;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', text: t.content.replace(/\n$/, '') });
        break;
      case 'table_open': {
        const header: MarkdownRun[][] = [];
        const rows: MarkdownRun[][][] = [];
        let inHead = false;
        let row: MarkdownRun[][] | null = null;
        for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
          const c = tokens[i]!;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') row = [];
          else if (c.type === 'tr_close') {
            if (row && !inHead) rows.push(row);
            row = null;
          } else if (c.type === 'inline') {
            if (inHead) header.push(runsOf(c));
            else row?.push(runsOf(c));
          }
        }
        blocks.push({ type: 'table', header, rows });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** The plain text of Markdown (formatting marks removed), e.g. for a DOCX paragraph or a title. */
export function markdownToPlain(source: string): string {
  return markdownBlocks(source)
    .map((b) => (b.type === 'table' ? '' : b.type === 'code' ? b.text : b.runs.map((r) => r.text).join('')))
    .filter((s) => s !== '')
    .join('\n');
}
