/**
 * The report model: what the assembler reads back from executed notebooks.
 * @module
 */
import { REPORT_MIME, isStoredRecord } from './protocol.js';
import type { CitedSource, FigureRecord, FindingSection, HeadlineRecord, ReportRecord, TableRecord, WarningRecord } from './protocol.js';
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

/** A distinct warning and how many times it was raised. */
export interface CountedWarning {
  warning: WarningRecord;
  count: number;
}

function warningKey(w: WarningRecord): string {
  return [w.code, w.file ?? '', w.row ?? '', w.column ?? '', w.message].join('\u0000');
}

/** The warnings of one chapter, identical ones merged and counted, in first-seen order. */
export function chapterWarnings(chapter: Chapter): CountedWarning[] {
  const map = new Map<string, CountedWarning>();
  for (const b of chapter.blocks) {
    if (b.type !== 'record' || b.record.kind !== 'warning') continue;
    const k = warningKey(b.record);
    const hit = map.get(k);
    if (hit) hit.count++;
    else map.set(k, { warning: b.record, count: 1 });
  }
  return [...map.values()];
}

/** Every warning of the report with its chapter (merged and counted within each chapter). */
export function reportWarnings(chapters: readonly Chapter[]): (CountedWarning & { chapter: ChapterEntry })[] {
  return chapters.flatMap((c) => chapterWarnings(c).map((w) => ({ ...w, chapter: c.entry })));
}

/**
 * Every cited source once, in order of first citation, with the chapters that cite it.
 * @throws {Error} when one id is cited with two different titles or URLs.
 */
export function citedSources(chapters: readonly Chapter[]): (CitedSource & { chapters: string[] })[] {
  const map = new Map<string, CitedSource & { chapters: string[] }>();
  for (const { record, chapter } of recordsOf(chapters, 'sources')) {
    for (const s of record.sources) {
      const hit = map.get(s.id);
      if (!hit) {
        map.set(s.id, { ...s, chapters: [chapter.number] });
        continue;
      }
      if (hit.url !== s.url || hit.title !== s.title) {
        throw new Error(`source id "${s.id}" is cited with two different titles or URLs (chapters ${hit.chapters.join(', ')} and ${chapter.number}): "${hit.title}" ${hit.url} vs "${s.title}" ${s.url}`);
      }
      if (hit.grade === undefined && s.grade !== undefined) hit.grade = s.grade;
      if (!hit.chapters.includes(chapter.number)) hit.chapters.push(chapter.number);
    }
  }
  return [...map.values()];
}

export type { FigureRecord, TableRecord };
