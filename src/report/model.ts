/**
 * The report model: what the assembler reads back from executed notebooks.
 * @module
 */
import { REPORT_MIME, isStoredRecord } from './protocol.js';
import type { FigureRecord, FindingSection, HeadlineRecord, ReportRecord, TableRecord } from './protocol.js';
import type { Notebook } from './ipynb.js';

/** One entry of `notebooks/chapters.json`. */
export interface ChapterEntry {
  /** Two-digit chapter number, e.g. `01`. */
  number: string;
  /** Notebook file name in the notebooks folder. */
  file: string;
  title: string;
  title_en: string;
  /** Library exports the chapter needs; a chapter whose exports are missing is left out. */
  requires: string[];
}

/** The chapter manifest (`notebooks/chapters.json`). */
export interface ChapterManifest {
  title: string;
  title_en: string;
  chapters: ChapterEntry[];
}

/** A piece of chapter content, in notebook order. */
export type Block = { type: 'markdown'; markdown: string } | { type: 'record'; record: ReportRecord };

/** An executed chapter. */
export interface Chapter {
  entry: ChapterEntry;
  blocks: Block[];
  cellCount: number;
  seconds: number;
}

/** A numbered summary point with its chapter reference. */
export interface SummaryPoint {
  section: FindingSection;
  number: number;
  text: string;
  chapter: ChapterEntry;
}

/**
 * Read the content blocks of an executed notebook: markdown cells (the chapter's leading `# ` title
 * line dropped: the title comes from the manifest) and report records from code-cell outputs.
 * Other outputs (streams, plain displays) stay in the notebook only.
 */
export function notebookBlocks(nb: Notebook): Block[] {
  const blocks: Block[] = [];
  let first = true;
  for (const cell of nb.cells) {
    if (cell.cell_type === 'markdown') {
      let md = cell.source;
      if (first) md = md.replace(/^\s*#\s[^\n]*\n?/, '');
      first = false;
      if (md.trim() !== '') blocks.push({ type: 'markdown', markdown: md });
      continue;
    }
    first = false;
    for (const out of cell.outputs ?? []) {
      if (out.output_type !== 'display_data') continue;
      const rec = out.data[REPORT_MIME];
      if (isStoredRecord(rec)) {
        const { v: _v, ...record } = rec;
        blocks.push({ type: 'record', record: record as ReportRecord });
      }
    }
  }
  return blocks;
}

/** All records of one kind in a chapter list. */
export function recordsOf<K extends ReportRecord['kind']>(chapters: readonly Chapter[], kind: K): { record: Extract<ReportRecord, { kind: K }>; chapter: ChapterEntry }[] {
  const out: { record: Extract<ReportRecord, { kind: K }>; chapter: ChapterEntry }[] = [];
  for (const ch of chapters) {
    for (const b of ch.blocks) {
      if (b.type === 'record' && b.record.kind === kind) out.push({ record: b.record as Extract<ReportRecord, { kind: K }>, chapter: ch.entry });
    }
  }
  return out;
}

/** Summary points numbered within each section, in section then chapter order. */
export function summaryPoints(chapters: readonly Chapter[]): SummaryPoint[] {
  const order: FindingSection[] = ['basic', 'achievement', 'problem', 'recommendation'];
  const findings = recordsOf(chapters, 'finding');
  const points: SummaryPoint[] = [];
  for (const section of order) {
    let n = 0;
    for (const f of findings) if (f.record.section === section) points.push({ section, number: ++n, text: f.record.text, chapter: f.chapter });
  }
  return points;
}

/** Headline numbers keyed by `key` (a duplicate key is an error: keys must be unique in a report). */
export function headlines(chapters: readonly Chapter[]): Map<string, HeadlineRecord & { chapter: string }> {
  const map = new Map<string, HeadlineRecord & { chapter: string }>();
  for (const { record, chapter } of recordsOf(chapters, 'headline')) {
    if (map.has(record.key)) throw new Error(`headline key "${record.key}" is emitted twice (chapter ${chapter.number}); keys must be unique`);
    map.set(record.key, { ...record, chapter: chapter.number });
  }
  return map;
}

export type { FigureRecord, TableRecord };
