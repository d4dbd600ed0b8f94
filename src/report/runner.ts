/**
 * `runReport`: build the library if stale, execute the chapter notebooks listed in
 * `notebooks/chapters.json` (leaving out chapters whose library functions do not exist yet),
 * and assemble `report/` (executed notebooks, figures, index.html, report.docx, report.pdf).
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJupyterEngine } from './engine-jupyter.js';
import { createTslabEngine, typesKey } from './engine-tslab.js';
import { readNotebook, serialiseNotebook } from './ipynb.js';
import { notebookBlocks, recordsOf } from './model.js';
import { renderHtml } from './html.js';
import { renderDocx } from './docx.js';
import { findChromium, NO_CHROMIUM_MESSAGE, renderPdf } from './pdf.js';
import { buildLibrary, projectRoot } from './project.js';
import { collectProvenance } from './provenance.js';
import { normaliseSvgIds } from './svg-ids.js';
import { cjkFontFiles } from '../charts/fonts.js';
import { subsetFont } from '../charts/font-subset.js';
import type { Engine, EngineName, CellFailure } from './engine.js';
import type { Chapter, ChapterManifest } from './model.js';
import type { EmbeddedFonts, HtmlInput, RenderedFigure } from './html.js';

/** Options of {@link runReport} (the CLI flags). */
export interface ReportOptions {
  /** Output folder (default `<project>/report`). */
  out?: string;
  engine?: EngineName;
  /** Last year covered (REPORT_YEAR); default: latest in the data. */
  year?: number;
  lang?: 'zh' | 'en';
  /** A user's own panel folder (REPORT_DATA_DIR), validated with the data layer's `readPanel`. */
  dataDir?: string;
  /** Notebook folder with its chapters.json (default `<project>/notebooks`). */
  notebooksDir?: string;
  /** Write report.pdf when a Chromium is found (default true). */
  pdf?: boolean;
  /** Build the library when dist/ is stale (default true). */
  build?: boolean;
  /** Build date printed in the appendix (default: `SOURCE_DATE_EPOCH` or now). */
  buildDate?: Date;
  /**
   * Folder of the tslab engine's cell-conversion cache (default `REPORT_CACHE_DIR` or
   * `<project>/.cache/prd-report/cells`, git-ignored); `false` converts every cell afresh.
   */
  cacheDir?: string | false;
  /** Progress sink (default: stdout). */
  log?: (line: string) => void;
}

/** Per-notebook timing. */
export interface NotebookTiming {
  file: string;
  cells: number;
  seconds: number;
}

/** What {@link runReport} wrote. */
export interface ReportResult {
  out: string;
  chapters: string[];
  skipped: { number: string; title: string; missing: string[] }[];
  files: string[];
  pdf: boolean;
  timings: NotebookTiming[];
  seconds: number;
}

/** File names looked for in a `--data` folder, in order. */
export const PANEL_FILE_NAMES = ['city-panel.csv', 'panel.csv', 'city-panel.xlsx', 'panel.xlsx'];

/** A cell of a report notebook failed: carries the notebook, cell number, source and error. */
export class NotebookFailureError extends Error {
  constructor(
    readonly notebook: string,
    readonly failure: CellFailure,
  ) {
    super(formatFailure(notebook, failure));
    this.name = 'NotebookFailureError';
  }
}

/** Print a failure: notebook, cell number, source and the error (stack trimmed to the cell). */
export function formatFailure(notebook: string, f: CellFailure): string {
  const lines = f.message.split('\n');
  const kept: string[] = [];
  let frames = 0;
  for (const l of lines) {
    if (/^\s+at /.test(l)) {
      if (frames++ < 2 && /evalmachine|__tslab__/.test(l)) kept.push(l);
      continue;
    }
    kept.push(l);
  }
  const src = f.source
    .split('\n')
    .map((l, i) => `  ${String(i + 1).padStart(3)} | ${l}`)
    .join('\n');
  return `notebook ${notebook} failed at code cell ${f.codeCell} (cell ${f.cellIndex + 1} of the file):\n${src}\nerror:\n${kept.join('\n').trim()}`;
}

/** Read and check `chapters.json`. */
export function readChapterManifest(notebooksDir: string): ChapterManifest {
  const p = join(notebooksDir, 'chapters.json');
  const m = JSON.parse(readFileSync(p, 'utf8')) as ChapterManifest;
  if (!Array.isArray(m.chapters)) throw new Error(`${p}: "chapters" must be an array`);
  for (const c of m.chapters) {
    if (!/^\d{2}$/.test(c.number) || typeof c.file !== 'string' || !Array.isArray(c.requires)) {
      throw new Error(`${p}: chapter ${JSON.stringify(c)} needs number ("01"), file, title, title_en and requires[]`);
    }
  }
  return m;
}

/**
 * Noto Sans SC (from npm, through the charts layer) subset to the characters of the page as
 * WOFF2, for embedding, so that Chinese text shows on machines without a CJK system font.
 */
async function subsetFonts(html: string): Promise<EmbeddedFonts | null> {
  const text = Array.from(new Set(Array.from(html.replace(/data:[^"')]+/g, '')))).sort().join('');
  const [regular, bold] = cjkFontFiles();
  if (!regular) return null;
  const [r, b] = await Promise.all([regular, bold].map((f) => (f ? subsetFont(new Uint8Array(readFileSync(f)), text, { format: 'woff2' }) : null)));
  return b ? { regular: r!, bold: b } : { regular: r! };
}

type WarningHandler = (w: { code: string; message: string }) => void;

/**
 * Give the built library (the module instance the notebooks use) a warning printer with an empty
 * "already printed" set, the behaviour of a fresh kernel.
 */
function freshWarnings(lib: Record<string, unknown>): void {
  const set = lib['setWarningHandler'] as ((h: WarningHandler | undefined) => WarningHandler) | undefined;
  if (typeof set !== 'function') return;
  const seen = new Set<string>();
  set((w) => {
    if (process.env['PRD_SILENCE_WARNINGS'] === '1') return;
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    process.stderr.write(`prd-restructuring warning [${w.code}]: ${w.message}\n`);
  });
}

function isoDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The build date: `SOURCE_DATE_EPOCH` (seconds) when set, else now. */
export function defaultBuildDate(): Date {
  const e = process.env['SOURCE_DATE_EPOCH'];
  return e && /^\d+$/.test(e) ? new Date(Number(e) * 1000) : new Date();
}

interface ChartsModule {
  renderSvg?: (spec: object) => Promise<string>;
  renderPng?: (spec: object, options?: { scale?: number }) => Promise<Uint8Array>;
}

/**
 * Build the report. Stops at the first failing notebook cell with a {@link NotebookFailureError}.
 * @throws {NotebookFailureError} when a cell fails; {@link Error} for bad options or a failed build.
 */
export async function runReport(options: ReportOptions = {}): Promise<ReportResult> {
  const t0 = performance.now();
  const log = options.log ?? ((l: string) => process.stdout.write(l + '\n'));
  const root = projectRoot();
  const out = resolve(options.out ?? join(root, 'report'));
  const notebooksDir = resolve(options.notebooksDir ?? join(root, 'notebooks'));
  const engineName: EngineName = options.engine ?? 'tslab';
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new Error(`--lang ${String(lang)}: use zh or en`);
  if (engineName !== 'tslab' && engineName !== 'jupyter') throw new Error(`--engine ${String(engineName)}: use tslab or jupyter`);
  if (options.year !== undefined && !Number.isInteger(options.year)) throw new Error(`--year ${options.year}: give a year like 2020`);

  if (options.build ?? true) {
    const b = buildLibrary(root);
    if (b.built) log(`build   library (tsc -p tsconfig.build.json)  ${b.seconds.toFixed(1)} s`);
    if (b.warnings) log(`warning: tsc reported errors but emitted dist/; continuing with it:\n${b.warnings.split('\n').slice(0, 20).join('\n')}`);
  }
  const lib = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Record<string, unknown>;

  let dataDir: string | undefined;
  let panelFile: string | undefined;
  if (options.dataDir !== undefined) {
    const given = isAbsolute(options.dataDir) ? options.dataDir : resolve(options.dataDir);
    if (!existsSync(given)) throw new Error(`--data ${options.dataDir}: not found`);
    if (statSync(given).isDirectory()) {
      dataDir = given;
      const hit = PANEL_FILE_NAMES.find((n) => existsSync(join(given, n)));
      if (!hit) throw new Error(`--data ${options.dataDir}: the folder holds none of ${PANEL_FILE_NAMES.join(', ')}`);
      panelFile = join(given, hit);
    } else {
      panelFile = given;
      dataDir = dirname(given);
    }
    const readPanel = lib['readPanel'];
    if (typeof readPanel !== 'function') throw new Error('--data needs the data layer\'s readPanel, which this build of the library does not export');
    await (readPanel as (file: string) => Promise<unknown>)(panelFile); // throws DataError (file, row, column) on a bad panel
    log(`data    ${panelFile} validated by readPanel`);
  }

  const manifest = readChapterManifest(notebooksDir);
  const included = manifest.chapters.filter((c) => c.requires.every((n) => n in lib) && existsSync(join(notebooksDir, c.file)));
  const skipped = manifest.chapters
    .filter((c) => !included.includes(c))
    .map((c) => ({
      number: c.number,
      title: lang === 'zh' ? c.title : c.title_en,
      missing: existsSync(join(notebooksDir, c.file)) ? c.requires.filter((n) => !(n in lib)) : [`notebooks/${c.file}`],
    }));
  for (const s of skipped) log(`skip    ${s.number} ${s.title}: not yet available (${s.missing.join(', ')})`);

  const params: Record<string, string> = {
    year: options.year === undefined ? 'latest' : String(options.year),
    lang,
    dataDir: dataDir === undefined ? 'bundled' : options.dataDir!,
    panelFile: panelFile === undefined ? 'bundled' : basename(panelFile),
    regions: 'official4',
    engine: engineName,
  };
  const env: Record<string, string> = {
    REPORT_YEAR: options.year === undefined ? '' : String(options.year),
    REPORT_LANG: lang,
    REPORT_DATA_DIR: dataDir ?? '',
    REPORT_PANEL_FILE: panelFile ?? '',
    REPORT_REGIONS: 'official4',
  };

  // Clean only what this command writes.
  mkdirSync(join(out, 'notebooks'), { recursive: true });
  mkdirSync(join(out, 'figures'), { recursive: true });
  for (const f of readdirSync(join(out, 'notebooks'))) if (f.endsWith('.ipynb')) rmSync(join(out, 'notebooks', f));
  for (const f of readdirSync(join(out, 'figures'))) if (/\.(svg|png)$/.test(f)) rmSync(join(out, 'figures', f));
  for (const f of ['index.html', 'report.docx', 'report.pdf']) rmSync(join(out, f), { force: true });

  // Warnings print once per notebook (as in a fresh Jupyter kernel), not once per process.
  const distIndex = join(root, 'dist', 'index.js');
  const cacheDir = options.cacheDir === undefined ? (process.env['REPORT_CACHE_DIR'] || join(root, '.cache', 'prd-report', 'cells')) : options.cacheDir;
  const tslabEngine =
    engineName === 'tslab'
      ? createTslabEngine(notebooksDir, {
          beforeNotebook: (req) => freshWarnings(req(distIndex) as Record<string, unknown>),
          ...(cacheDir === false ? {} : { cache: { dir: resolve(cacheDir), key: typesKey(join(root, 'dist'), join(root, 'package-lock.json')) } }),
        })
      : null;
  const engine: Engine = tslabEngine ?? createJupyterEngine(root);
  const chapters: Chapter[] = [];
  const timings: NotebookTiming[] = [];
  try {
    if (engine.warm && included.length > 0) {
      const tw = performance.now();
      engine.warm();
      log(`start   tslab TypeScript converter  ${((performance.now() - tw) / 1000).toFixed(1)} s`);
    }
    for (const [i, entry] of included.entries()) {
      const path = join(notebooksDir, entry.file);
      const nb = readNotebook(path);
      const cells = nb.cells.filter((c) => c.cell_type === 'code').length;
      const ts = performance.now();
      const r = await engine.execute(nb, env, path);
      const seconds = (performance.now() - ts) / 1000;
      writeFileSync(join(out, 'notebooks', entry.file), serialiseNotebook(r.notebook));
      if (r.failure) {
        log(`FAIL    [${i + 1}/${included.length}] ${entry.file}  ${cells} cells  ${seconds.toFixed(1)} s`);
        throw new NotebookFailureError(entry.file, r.failure);
      }
      log(`run     [${i + 1}/${included.length}] ${entry.file}  ${cells} cells  ${seconds.toFixed(1)} s`);
      timings.push({ file: entry.file, cells, seconds });
      chapters.push({ entry, blocks: notebookBlocks(r.notebook), cellCount: cells, seconds });
    }
  } finally {
    engine.close();
  }
  if (tslabEngine && cacheDir !== false) {
    const st = tslabEngine.cacheStats();
    log(`cache   cell conversions: ${st.hits} reused, ${st.misses} converted (${resolve(cacheDir)})`);
  }

  // Figures: render every emitted spec to SVG and PNG.
  const ta = performance.now();
  const charts = (await import('../charts/index.js')) as unknown as ChartsModule;
  const figures = new Map<string, RenderedFigure>();
  const files: string[] = chapters.map((c) => `notebooks/${c.entry.file}`);
  for (const { record } of recordsOf(chapters, 'figure')) {
    if (figures.has(record.id)) throw new Error(`figure id "${record.id}" is emitted twice; ids must be unique in the report`);
    const svg = typeof charts.renderSvg === 'function' ? normaliseSvgIds(await charts.renderSvg(record.spec)) : null;
    const png = typeof charts.renderPng === 'function' ? await charts.renderPng(record.spec, { scale: 2 }) : null;
    if (svg !== null) {
      writeFileSync(join(out, 'figures', `${record.id}.svg`), svg);
      files.push(`figures/${record.id}.svg`);
    }
    if (png !== null) {
      writeFileSync(join(out, 'figures', `${record.id}.png`), png);
      files.push(`figures/${record.id}.png`);
    }
    figures.set(record.id, { id: record.id, title: record.title, svg, png, ...(record.note ? { note: record.note } : {}) });
  }
  const buildDate = options.buildDate ?? defaultBuildDate();
  const provenance = collectProvenance(root, engineName, params, isoDate(buildDate));
  const input: HtmlInput = { manifest, chapters, skipped, figures, provenance, lang };
  const htmlPath = join(out, 'index.html');
  const fonts = await subsetFonts(renderHtml(input));
  if (fonts) input.fonts = fonts;
  writeFileSync(htmlPath, renderHtml(input));
  files.push('index.html');
  writeFileSync(join(out, 'report.docx'), await renderDocx(input));
  files.push('report.docx');
  log(`write   figures (${figures.size}), index.html, report.docx  ${((performance.now() - ta) / 1000).toFixed(1)} s`);
  let pdf = false;
  if (options.pdf ?? true) {
    if (findChromium()) {
      const tp = performance.now();
      const stamp = provenance.commitDate ? new Date(provenance.commitDate) : new Date(0);
      await renderPdf(htmlPath, join(out, 'report.pdf'), stamp);
      files.push('report.pdf');
      pdf = true;
      log(`write   report.pdf  ${((performance.now() - tp) / 1000).toFixed(1)} s`);
    } else {
      log(NO_CHROMIUM_MESSAGE);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  log(`done    ${out}  (${chapters.length} chapters, ${skipped.length} left out)  ${seconds.toFixed(1)} s`);
  return { out, chapters: chapters.map((c) => c.entry.file), skipped, files, pdf, timings, seconds };
}
