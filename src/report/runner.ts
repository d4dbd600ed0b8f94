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
import { headlines, notebookBlocks, recordsOf, reportWarnings } from './model.js';
import { pageCharacters, renderHtml, withEmbeddedFonts } from './html.js';
import { renderDocx } from './docx.js';
import { launchChromium, NO_CHROMIUM_MESSAGE, renderPdf, resolveChromium } from './pdf.js';
import type { LaunchedBrowser } from './pdf.js';
import { buildLibrary, projectRoot } from './project.js';
import { collectProvenance } from './provenance.js';
import { REPORT_INPUT_ROLES, reportInputEnv, resolveReportInputs, validateReportInputs } from './inputs.js';
import type { ReportInputFile, ReportInputRole } from './inputs.js';
import { warningRecord } from './notebook-helpers.js';
import { warningLine } from './html.js';
import { setWarningHandler } from '../core/warnings.js';
import type { DataWarning } from '../core/warnings.js';
import { normaliseSvgIds } from './svg-ids.js';
import { bulletinOfRun, bulletinTables, markSyntheticPage, writeBulletin } from './bulletin.js';
import { exportedTables, writeTables } from './tables-export.js';
import { cjkFontSubsets } from '../charts/fonts.js';
import { renderSvg, svgToPng } from '../charts/render.js';
import { isVegaLiteSpec } from '../charts/html.js';
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
  /** The office's own files: park-year records (`--parks`), industry table, firm register, transfers. */
  parks?: string;
  industry?: string;
  firms?: string;
  transfers?: string;
  /** Folder whose files of the conventional names serve every input (`--data-dir`). */
  inputDir?: string;
  /** Use the SYNTHETIC example inputs of `data/examples/` (`--example`). */
  example?: boolean;
  /** Reward fund for output moved out, 亿元 (`--fund`), and the largest share one city may get (`--cap`). */
  fund?: number;
  cap?: number;
  /** Park rule set: `gd-2011`, `gd-2014` or a rules JSON file (`--rules`). */
  rules?: string;
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
  /**
   * Fail (a {@link ReportWarningsError}, no report written) when any data warning was recorded
   * while validating the inputs or running the notebooks (`--strict`).
   */
  strict?: boolean;
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

/** `--strict` and data warnings were recorded: lists every one (chapter, code, place, message, advice). */
export class ReportWarningsError extends Error {
  constructor(readonly warnings: readonly { chapter: string; line: string }[]) {
    super(
      `--strict: ${warnings.length} distinct data warning(s) were recorded while building the report; the report was not written. Fix the data (or drop --strict to get a report that shows them in 数据警示 boxes):\n` +
        warnings.map((w) => `  chapter ${w.chapter}: ${w.line}`).join('\n'),
    );
    this.name = 'ReportWarningsError';
  }
}

/** What each input role looks like in a notebook's source (the chapter then uses that input). */
const INPUT_USE: Readonly<Record<ReportInputRole, RegExp>> = {
  panel: /\breportPanel\b|REPORT_PANEL_FILE|REPORT_DATA_DIR/,
  parks: /\breportParks\b|REPORT_PARKS/,
  industry: /\breportIndustry\b|REPORT_INDUSTRY/,
  firms: /\breportFirms\b|REPORT_FIRMS/,
  transfers: /\breportTransfers\b|REPORT_TRANSFERS/,
};

/**
 * Run `f` with every library warning collected (on the built library the notebooks use and on
 * this module's own instance, which differ when the runner runs from source); the console
 * printer still prints them.
 */
async function collectingWarnings<T>(lib: BuiltLibrary, into: DataWarning[], f: () => Promise<T>): Promise<T> {
  const printer = lib.createWarningPrinter();
  const h = (w: DataWarning): void => {
    into.push(w);
    printer(w);
  };
  const prevLib = lib.setWarningHandler(h);
  const prevOwn = setWarningHandler(h);
  try {
    return await f();
  } finally {
    setWarningHandler(prevOwn);
    lib.setWarningHandler(prevLib);
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
async function subsetFonts(text: string): Promise<EmbeddedFonts | null> {
  const [regular, bold] = await cjkFontSubsets(text, 'woff2');
  if (!regular) return null;
  return bold ? { regular, bold } : { regular };
}

/** What the runner calls in the built library (`dist/index.js`, the instance the notebooks use). */
type BuiltLibrary = typeof import('../data/read-panel.js') & typeof import('../core/warnings.js') & typeof import('../data/panel.js');

/**
 * Give the built library a fresh warning printer (the library's own, with an empty "already
 * printed" set): the behaviour of a fresh kernel.
 */
function freshWarnings(lib: BuiltLibrary): void {
  lib.setWarningHandler(lib.createWarningPrinter());
}

function isoDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The build date: `SOURCE_DATE_EPOCH` (seconds) when set, else now. */
export function defaultBuildDate(): Date {
  const e = process.env['SOURCE_DATE_EPOCH'];
  return e && /^\d+$/.test(e) ? new Date(Number(e) * 1000) : new Date();
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
  // The built library, the module instance the notebooks use; typed by the modules it re-exports.
  const lib = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as BuiltLibrary;
  const exported = new Set(Object.keys(lib));

  let dataDir: string | undefined;
  let panelFile: string | undefined;
  // Warnings the runner's own input validation raises, by input role (go to the chapters using that input).
  const inputWarnings = new Map<ReportInputRole, DataWarning[]>(REPORT_INPUT_ROLES.map((r) => [r, []]));
  let panelLastYear: number | undefined;
  const readUserPanel = async (file: string): Promise<void> => {
    const t = await collectingWarnings(lib, inputWarnings.get('panel')!, () => lib.readPanel(file)); // throws DataError (file, row, column) on a bad panel
    const years = t.array('year') as ArrayLike<number>;
    let max = -Infinity;
    for (let i = 0; i < years.length; i++) if (Number.isFinite(years[i]!) && years[i]! > max) max = years[i]!;
    if (Number.isFinite(max)) panelLastYear = max;
  };
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
    await readUserPanel(panelFile);
    log(`data    ${panelFile} validated by readPanel`);
  }

  // The office's own files (and the example): each read once by its reader before any notebook runs.
  const resolvedInputs = resolveReportInputs({
    ...(options.inputDir !== undefined ? { dataDir: options.inputDir } : {}),
    ...(options.parks !== undefined ? { parks: options.parks } : {}),
    ...(options.industry !== undefined ? { industry: options.industry } : {}),
    ...(options.firms !== undefined ? { firms: options.firms } : {}),
    ...(options.transfers !== undefined ? { transfers: options.transfers } : {}),
    ...(options.example ? { example: true } : {}),
  });
  if (panelFile === undefined && resolvedInputs.panel !== null) {
    panelFile = resolvedInputs.panel;
    dataDir = dirname(panelFile);
    await readUserPanel(panelFile);
  }
  // Each input read on its own, so each warning is known to come from that input.
  const inputFiles: ReportInputFile[] = [];
  for (const role of REPORT_INPUT_ROLES) {
    const only = { panel: null, parks: null, industry: null, firms: null, transfers: null, example: resolvedInputs.example, [role]: role === 'panel' ? (panelFile ?? null) : resolvedInputs[role] };
    if (only[role] === null) continue;
    // the panel's warnings were collected when it was read above
    const sink = role === 'panel' ? [] : inputWarnings.get(role)!;
    inputFiles.push(...(await collectingWarnings(lib, sink, () => validateReportInputs(only))));
  }
  const dataYear = options.year !== undefined ? Math.min(options.year, panelLastYear ?? lib.PANEL_YEARS.last) : (panelLastYear ?? lib.PANEL_YEARS.last);
  for (const [role, ws] of inputWarnings) if (ws.length) log(`warning ${role}: ${ws.length} data warning(s) while reading the input (listed in the report)`);
  for (const f of inputFiles) log(`input   ${f.role}: ${f.file}  ${f.rows} rows${f.synthetic ? '  SYNTHETIC' : ''}  validated`);
  if (options.fund !== undefined && !(Number.isFinite(options.fund) && options.fund > 0)) throw new Error(`--fund ${options.fund}: give the fund in 亿元, a positive number`);
  if (options.cap !== undefined && !(Number.isFinite(options.cap) && options.cap > 0 && options.cap <= 1)) throw new Error(`--cap ${options.cap}: give a share in (0, 1]`);

  const manifest = readChapterManifest(notebooksDir);
  const included = manifest.chapters.filter((c) => c.requires.every((n) => exported.has(n)) && existsSync(join(notebooksDir, c.file)));
  const skipped = manifest.chapters
    .filter((c) => !included.includes(c))
    .map((c) => ({
      number: c.number,
      title: lang === 'zh' ? c.title : c.title_en,
      missing: existsSync(join(notebooksDir, c.file)) ? c.requires.filter((n) => !exported.has(n)) : [`notebooks/${c.file}`],
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
    REPORT_REGIONS: 'official4',
    ...reportInputEnv(inputFiles, resolvedInputs.example),
    REPORT_PANEL_FILE: panelFile ?? '',
    REPORT_FUND: options.fund === undefined ? '' : String(options.fund),
    REPORT_CAP: options.cap === undefined ? '' : String(options.cap),
    REPORT_RULES: options.rules ?? '',
  };
  for (const f of inputFiles) params[f.role === 'panel' ? 'panelFile' : f.role] = `${f.file} (${f.rows} rows, SHA-256 ${f.sha256}${f.synthetic ? ', SYNTHETIC' : ''})`;
  if (resolvedInputs.example) params['example'] = 'SYNTHETIC example inputs (示意数据)';
  if (options.fund !== undefined) params['fund'] = `${options.fund} 亿元`;
  if (options.cap !== undefined) params['cap'] = String(options.cap);
  if (options.rules !== undefined) params['rules'] = options.rules;

  // Clean only what this command writes.
  mkdirSync(join(out, 'notebooks'), { recursive: true });
  mkdirSync(join(out, 'figures'), { recursive: true });
  for (const f of readdirSync(join(out, 'notebooks'))) if (f.endsWith('.ipynb')) rmSync(join(out, 'notebooks', f));
  for (const f of readdirSync(join(out, 'figures'))) if (/\.(svg|png)$/.test(f)) rmSync(join(out, 'figures', f));
  for (const f of ['index.html', 'report.docx', 'report.pdf', 'bulletin.html', 'bulletin.docx', 'bulletin.pdf', 'tables.xlsx', 'headlines.json']) rmSync(join(out, f), { force: true });
  // Headlines of the chapters run so far, for priorHeadline() in later chapters (rewritten after each notebook).
  const headlinesPath = join(out, 'headlines.json');
  writeFileSync(headlinesPath, '{}\n');
  env['REPORT_HEADLINES'] = headlinesPath;

  // Warnings print once per notebook (as in a fresh Jupyter kernel), not once per process.
  const distIndex = join(root, 'dist', 'index.js');
  const cacheDir = options.cacheDir === undefined ? (process.env['REPORT_CACHE_DIR'] || join(root, '.cache', 'prd-report', 'cells')) : options.cacheDir;
  const tslabEngine =
    engineName === 'tslab'
      ? createTslabEngine(notebooksDir, {
          beforeNotebook: (req) => freshWarnings(req(distIndex) as BuiltLibrary),
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
      // Warnings of the inputs this chapter reads come first (its 数据警示 box lists them with the notebook's own).
      const source = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source).join('\n');
      const fromInputs = REPORT_INPUT_ROLES.filter((role) => INPUT_USE[role].test(source)).flatMap((role) => inputWarnings.get(role)!);
      chapters.push({
        entry,
        blocks: [...fromInputs.map((w) => ({ type: 'record' as const, record: warningRecord(w) })), ...notebookBlocks(r.notebook)],
        cellCount: cells,
        seconds,
      });
      const recorded = Object.fromEntries(
        [...headlines(chapters).entries()].map(([k, h]) => [k, { value: h.value, label: h.label, unit: h.unit, digits: h.digits, chapter: h.chapter }]),
      );
      writeFileSync(headlinesPath, JSON.stringify(recorded, null, 2) + '\n');
    }
  } finally {
    engine.close();
  }
  if (tslabEngine && cacheDir !== false) {
    const st = tslabEngine.cacheStats();
    log(`cache   cell conversions: ${st.hits} reused, ${st.misses} converted (${resolve(cacheDir)})`);
  }
  // Input warnings no included chapter reads still reach the report: the first chapter carries them.
  const unused = REPORT_INPUT_ROLES.filter((role) => !included.some((e) => INPUT_USE[role].test(readNotebook(join(notebooksDir, e.file)).cells.map((c) => c.source).join('\n'))));
  const orphan = unused.flatMap((role) => inputWarnings.get(role)!);
  if (orphan.length && chapters[0]) chapters[0].blocks.unshift(...orphan.map((w) => ({ type: 'record' as const, record: warningRecord(w) })));
  const recordedWarnings = reportWarnings(chapters);
  if (recordedWarnings.length) log(`warning ${recordedWarnings.reduce((a, w) => a + w.count, 0)} data warning(s) recorded; the report lists them (数据警示)`);
  if (options.strict && recordedWarnings.length) {
    throw new ReportWarningsError(recordedWarnings.map((w) => ({ chapter: w.chapter.number, line: warningLine(w, false) })));
  }

  // Launch Chromium now, while figures, HTML and DOCX are written.
  const wantPdf = options.pdf ?? true;
  const tl = performance.now();
  let launchSeconds = 0;
  const browserPromise: Promise<LaunchedBrowser | null> | null = wantPdf
    ? resolveChromium().then(async (exe) => {
        if (!exe) return null;
        const b = await launchChromium(exe);
        launchSeconds = (performance.now() - tl) / 1000;
        return b;
      })
    : null;
  browserPromise?.catch(() => undefined); // awaited (and its error thrown) below
  try {
    // Figures: each emitted spec rendered to SVG once, the PNG drawn from that SVG.
    const ta = performance.now();
    const figures = new Map<string, RenderedFigure>();
    const files: string[] = chapters.map((c) => `notebooks/${c.entry.file}`);
    for (const { record } of recordsOf(chapters, 'figure')) {
      if (figures.has(record.id)) throw new Error(`figure id "${record.id}" is emitted twice; ids must be unique in the report`);
      if (!isVegaLiteSpec(record.spec)) throw new Error(`figure "${record.id}": the emitted spec is not a vega-lite spec`);
      const svg = normaliseSvgIds(await renderSvg(record.spec));
      const png = await svgToPng(svg, { scale: 2 });
      writeFileSync(join(out, 'figures', `${record.id}.svg`), svg);
      writeFileSync(join(out, 'figures', `${record.id}.png`), png);
      files.push(`figures/${record.id}.svg`, `figures/${record.id}.png`);
      figures.set(record.id, { id: record.id, title: record.title, svg, png, ...(record.note ? { note: record.note } : {}) });
    }
    log(`write   figures (${figures.size})  ${((performance.now() - ta) / 1000).toFixed(1)} s`);
    const th = performance.now();
    const buildDate = options.buildDate ?? defaultBuildDate();
    const provenance = collectProvenance(root, engineName, params, isoDate(buildDate));
    const input: HtmlInput = { manifest, chapters, skipped, figures, provenance, lang, dataYear };
    const htmlPath = join(out, 'index.html');
    // Rendered once; the fonts hold the page's characters, and their @font-face rules add none.
    const page = markSyntheticPage(renderHtml(input), inputFiles.some((f) => f.synthetic), lang); // 示意数据 on every page of an --example run
    writeFileSync(htmlPath, withEmbeddedFonts(page, await subsetFonts(pageCharacters(page))));
    files.push('index.html');
    log(`write   index.html (WOFF2 font subsets)  ${((performance.now() - th) / 1000).toFixed(1)} s`);
    const td = performance.now();
    writeFileSync(join(out, 'report.docx'), await renderDocx(input));
    files.push('report.docx');
    log(`write   report.docx  ${((performance.now() - td) / 1000).toFixed(1)} s`);
    // The park bulletin (with --parks) and every table as data (tables/<id>.csv, tables.xlsx).
    const stampDate = provenance.commitDate ? new Date(provenance.commitDate) : new Date(0);
    const bulletin = await bulletinOfRun(inputFiles, resolvedInputs.example, options);
    const bulletinOut = bulletin ? await writeBulletin(out, bulletin, lang, { creator: provenance.library, stamp: isoDate(stampDate), fonts: subsetFonts }) : null;
    if (bulletinOut) log(`write   ${bulletinOut.files.join(', ')} (${bulletin!.year}, rules ${bulletin!.ruleSet.id}${bulletin!.illustrative ? ', 示意数据' : ''})`);
    const tables = exportedTables(recordsOf(chapters, 'table').map(({ record: { kind: _kind, ...t } }) => t), bulletin ? bulletinTables(bulletin, lang) : []);
    files.push(...(bulletinOut?.files ?? []), ...(await writeTables(out, tables, stampDate)));
    log(`write   tables/*.csv (${tables.length}), tables.xlsx`);
    let pdf = false;
    if (browserPromise) {
      const browser = await browserPromise;
      if (browser) {
        log(`start   Chromium (launched alongside figures, HTML and DOCX)  ${launchSeconds.toFixed(1)} s`);
        const tp = performance.now();
        try {
          const stamp = provenance.commitDate ? new Date(provenance.commitDate) : new Date(0);
          await renderPdf(htmlPath, join(out, 'report.pdf'), stamp, browser);
          if (bulletinOut) await renderPdf(bulletinOut.htmlPath, join(out, 'bulletin.pdf'), stamp, browser);
        } finally {
          await browser.close();
        }
        files.push('report.pdf', ...(bulletinOut ? ['bulletin.pdf'] : []));
        pdf = true;
        log(`write   report.pdf  ${((performance.now() - tp) / 1000).toFixed(1)} s`);
      } else {
        log(NO_CHROMIUM_MESSAGE);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    log(`done    ${out}  (${chapters.length} chapters, ${skipped.length} left out)  ${seconds.toFixed(1)} s`);
    return { out, chapters: chapters.map((c) => c.entry.file), skipped, files, pdf, timings, seconds };
  } catch (e) {
    // a launched browser is closed when anything after its launch fails
    await browserPromise?.then((b) => b?.close()).catch(() => undefined);
    throw e;
  }
}
