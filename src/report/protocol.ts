/**
 * The hand-over protocol between report notebooks and the report assembler.
 *
 * A notebook cell calls {@link emit} (or the helpers in `notebook-helpers.ts`); each call writes
 * one Jupyter `display_data` output whose mime bundle carries a machine-readable record under
 * {@link REPORT_MIME} next to a human-readable `text/markdown` / `text/html` / `text/plain`
 * rendering. Jupyter front ends show the human part; the assembler reads the records back from
 * the executed `.ipynb` files, so summary points, figures, tables and golden headline numbers all
 * come from the executed notebooks, never from typed copies.
 * @module
 */
import { createRequire } from 'node:module';

/** Mime type of report records inside notebook outputs (versioned by the `v` field). */
export const REPORT_MIME = 'application/vnd.prd-report+json';

/** The four parts of the summary page, in the order of a provincial 调研报告. */
export type FindingSection = 'basic' | 'achievement' | 'problem' | 'recommendation';

/** Chinese / English headings of the summary sections. */
export const FINDING_SECTIONS: Readonly<Record<FindingSection, { zh: string; en: string; order: number }>> = {
  basic: { zh: '一、基本情况', en: '1. Overview', order: 0 },
  achievement: { zh: '二、主要成效', en: '2. Achievements', order: 1 },
  problem: { zh: '三、存在的问题', en: '3. Problems', order: 2 },
  recommendation: { zh: '四、对策建议', en: '4. Recommendations', order: 3 },
};

/** A headline number: a golden figure the tests pin and the summary may quote. */
export interface HeadlineRecord {
  kind: 'headline';
  /** Stable key, e.g. `growthGap.province.2010`. */
  key: string;
  value: number;
  /** Human label (Chinese by default). */
  label: string;
  /** Unit as printed, e.g. `%`, `百分点`, `亿元`. */
  unit: string;
  /** Decimals used when printed. */
  digits: number;
}

/** One point of the summary page; the assembler numbers it and adds its chapter reference. */
export interface FindingRecord {
  kind: 'finding';
  section: FindingSection;
  /** Plain text (not HTML); numbers already filled in from the library. */
  text: string;
}

/** A chart: a vega-lite spec the assembler renders to `figures/<id>.svg|png`. */
export interface FigureRecord {
  kind: 'figure';
  /** File-name-safe id, unique in the report, e.g. `01-growth-gap`. */
  id: string;
  title: string;
  /** A vega-lite `TopLevelSpec` (kept as plain JSON). */
  spec: Record<string, unknown>;
  /** Optional source note printed under the figure. */
  note?: string;
}

/** A table of plain values (strings, numbers, null). */
export interface TableRecord {
  kind: 'table';
  id: string;
  title: string;
  columns: readonly { key: string; label: string; digits?: number; kind?: 'year' | 'number' }[];
  rows: readonly Record<string, string | number | null>[];
  note?: string;
}

/** A narrative paragraph (restricted Markdown: paragraphs, lists, **bold**), numbers filled in. */
export interface TextRecord {
  kind: 'text';
  markdown: string;
}

/** The parameters a notebook ran with (its first, `parameters`-tagged cell emits it). */
export interface ParametersRecord {
  kind: 'parameters';
  values: Record<string, string>;
}

/**
 * A data warning raised while the notebook ran (a `DataWarning` of the library: code, message,
 * file, row, column, advice), so both engines carry it in the executed notebook and the report
 * prints it in the chapter's 数据警示 box and in the appendix.
 */
export interface WarningRecord {
  kind: 'warning';
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
  advice?: string;
}

/** One cited source: tables cite it by `id`; the appendix lists its title, grade and URL once. */
export interface CitedSource {
  /** Short id printed in table cells, e.g. `gd-yearbook-2021`. */
  id: string;
  title: string;
  url: string;
  /** Source grade (e.g. `A`, `official`), as printed. */
  grade?: string;
}

/** Sources a chapter cites (see {@link CitedSource}). */
export interface SourcesRecord {
  kind: 'sources';
  sources: CitedSource[];
}

/** Every record kind of protocol version 1. */
export type ReportRecord =
  | HeadlineRecord
  | FindingRecord
  | FigureRecord
  | TableRecord
  | TextRecord
  | ParametersRecord
  | WarningRecord
  | SourcesRecord;

/** A record as stored in a notebook output (with the protocol version). */
export type StoredRecord = ReportRecord & { v: 1 };

/** A Jupyter mime bundle. */
export type MimeBundle = Record<string, unknown>;

type WriteDisplayData = (data: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

function kernelDisplay(): WriteDisplayData | null {
  try {
    // Same module instance as the kernel's (tslab's kernel always starts the project-local tslab).
    const jupyter = createRequire(import.meta.url)('tslab/dist/jupyter') as {
      lastWriteDisplayData: WriteDisplayData | null;
    };
    return jupyter.lastWriteDisplayData;
  } catch {
    return null;
  }
}

/**
 * Write one record to the notebook as a `display_data` output: the record under
 * {@link REPORT_MIME} plus the given human-readable renderings.
 *
 * Outside a tslab kernel (plain Node) it prints the `text/plain` rendering instead, so a notebook
 * cell pasted into a script still runs.
 * @param record - the record (validated lightly: a headline must be finite).
 * @param human - extra mime entries shown to a reader (`text/markdown`, `text/html`, `text/plain`).
 * @throws {TypeError} when a headline value is not a finite number or an id is not file-name-safe.
 * @example
 * emit({ kind: 'headline', key: 'cities', value: 21, label: '城市数', unit: '个', digits: 0 });
 * // notebook output: {"application/vnd.prd-report+json": {...,"v":1}, "text/plain": "城市数: 21 个"}
 */
export function emit(record: ReportRecord, human: MimeBundle = {}): void {
  if (record.kind === 'headline' && !Number.isFinite(record.value)) {
    throw new TypeError(`emit: headline "${record.key}" has the non-finite value ${record.value}; compute it before emitting`);
  }
  if ((record.kind === 'figure' || record.kind === 'table') && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(record.id)) {
    throw new TypeError(`emit: ${record.kind} id "${record.id}" must be file-name-safe (letters, digits, . _ -)`);
  }
  const stored: StoredRecord = { ...record, v: 1 };
  const bundle: MimeBundle = { ...human, [REPORT_MIME]: JSON.parse(JSON.stringify(stored)) as unknown };
  if (typeof bundle['text/plain'] !== 'string') bundle['text/plain'] = plainSummary(record);
  const write = kernelDisplay();
  if (write) write({ data: bundle, metadata: {}, transient: {} }, false);
  else console.log(bundle['text/plain']);
}

function plainSummary(record: ReportRecord): string {
  switch (record.kind) {
    case 'headline':
      return `${record.label}: ${record.value.toFixed(record.digits)} ${record.unit}`.trim();
    case 'finding':
      return `[${FINDING_SECTIONS[record.section].zh}] ${record.text}`;
    case 'figure':
      return `[figure ${record.id}] ${record.title}`;
    case 'table':
      return `[table ${record.id}] ${record.title} (${record.rows.length} rows)`;
    case 'text':
      return record.markdown;
    case 'warning':
      return `数据警示 [${record.code}]${record.file ? ` ${record.file}` : ''}${record.row !== undefined ? ` row ${record.row}` : ''}: ${record.message}${record.advice ? ` — ${record.advice}` : ''}`;
    case 'sources':
      return record.sources.map((s) => `[${s.id}] ${s.title} ${s.url}`).join('\n');
    case 'parameters':
      return Object.entries(record.values)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n');
  }
}

/** True when a tslab kernel is running this code (records reach the notebook). */
export function inKernel(): boolean {
  return kernelDisplay() !== null;
}

/** True when `x` looks like a stored record of protocol version 1. */
export function isStoredRecord(x: unknown): x is StoredRecord {
  return typeof x === 'object' && x !== null && (x as { v?: unknown }).v === 1 && typeof (x as { kind?: unknown }).kind === 'string';
}
