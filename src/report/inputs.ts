/**
 * The office's own files through the report: which files a run uses (`--data-dir`, `--parks`,
 * `--industry`, `--firms`, `--transfers`, `--example`), their validation before any notebook
 * runs, and the loaders a chapter calls to get them back typed.
 *
 * One rule for every input: an explicit option wins, then a file of the conventional name in
 * `--data-dir` (`city-panel.*`, `parks.*`, `industry.*`, `firms.*`, `transfers.*`), then the
 * synthetic example (`--example`, files in `data/examples/`), else the bundled public data (or
 * nothing, for inputs public data cannot give). Each file is read once by the runner with the
 * library's own reader, so a bad file stops the build (a `DataError` naming file, row and column)
 * before anything is written; its rows and SHA-256 go to the chapters and the appendix.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { DataError } from '../core/errors.js';
import { readPanel } from '../data/read-panel.js';
import { readIndustry } from '../data/read-industry.js';
import type { IndustryTable } from '../data/read-industry.js';
import { readTransfers } from '../data/read-transfers.js';
import type { TransfersTable } from '../data/read-transfers.js';
import { readParks } from '../parks/read-parks.js';
import type { ParkTable } from '../parks/read-parks.js';
import { openFirmPanel } from '../firms/panel.js';
import type { FirmPanel } from '../firms/panel.js';
import { dataPath } from '../data/paths.js';

/** The kinds of input a report run can take. */
export type ReportInputRole = 'panel' | 'parks' | 'industry' | 'firms' | 'transfers';

/** Every role, in the order the appendix lists them. */
export const REPORT_INPUT_ROLES: readonly ReportInputRole[] = Object.freeze(['panel', 'parks', 'industry', 'firms', 'transfers']);

/** File names looked for in `--data-dir`, by role, in order of preference. */
export const REPORT_INPUT_FILE_NAMES: Readonly<Record<ReportInputRole, readonly string[]>> = Object.freeze({
  panel: ['city-panel.csv', 'city-panel.xlsx', 'panel.csv', 'panel.xlsx'],
  parks: ['parks.csv', 'parks.xlsx'],
  industry: ['industry.csv', 'industry.xlsx'],
  firms: ['firms.parquet', 'firms.csv'],
  transfers: ['transfers.csv', 'transfers.xlsx'],
});

/** The synthetic example files of `--example` (in `data/examples/`), by role. */
export const REPORT_EXAMPLE_FILES: Readonly<Partial<Record<ReportInputRole, string>>> = Object.freeze({
  parks: 'parks-synthetic.csv',
  industry: 'industry-synthetic.csv',
  transfers: 'transfers-synthetic.csv',
});

/** Chinese and English names of the roles (for the appendix and the chapters' data notes). */
export const REPORT_INPUT_LABELS: Readonly<Record<ReportInputRole, { zh: string; en: string }>> = Object.freeze({
  panel: { zh: '城市—年份面板', en: 'city-year panel' },
  parks: { zh: '园区年度考核记录', en: 'park-year records' },
  industry: { zh: '分行业增加值（或总产值）', en: 'value added (or gross output) by industry' },
  firms: { zh: '企业名录（迁移）', en: 'firm register (relocations)' },
  transfers: { zh: '转出产值', en: 'output moved out' },
});

/** What the caller gave: explicit files, a folder to pick files from, or the synthetic example. */
export interface ReportInputOptions {
  /** Folder holding files of the conventional names ({@link REPORT_INPUT_FILE_NAMES}). */
  dataDir?: string;
  panel?: string;
  parks?: string;
  industry?: string;
  firms?: string;
  transfers?: string;
  /** Use the synthetic example files of `data/examples/` for every role not given otherwise. */
  example?: boolean;
}

/** Where each input comes from after {@link resolveReportInputs}: an absolute path or `null`. */
export type ResolvedReportInputs = Record<ReportInputRole, string | null> & { example: boolean };

/** One input file as used by a run: what the chapters state and the appendix lists. */
export interface ReportInputFile {
  role: ReportInputRole;
  /** File name (no folder: the report never prints a path of the user's machine). */
  file: string;
  /** Absolute path, for the notebooks to read; not printed. */
  path: string;
  /** Data rows read (comment rows not counted). */
  rows: number;
  sha256: string;
  /** The file marks itself as synthetic or illustrative (示意数据). */
  synthetic: boolean;
  /** Warnings the reader recorded (count). */
  warnings: number;
}

function absolute(p: string, cwd: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

/**
 * Decide which file serves each role (explicit option, then `--data-dir` by name, then the
 * example). Checks that every named file or folder exists.
 * @throws {DataError} when a given file or folder does not exist, or `dataDir` is not a folder.
 * @example
 * resolveReportInputs({ dataDir: 'office-2023' }) // → { panel: '/…/office-2023/city-panel.csv', parks: '/…/parks.xlsx', industry: null, … }
 */
export function resolveReportInputs(options: ReportInputOptions, cwd: string = process.cwd()): ResolvedReportInputs {
  const out: ResolvedReportInputs = { panel: null, parks: null, industry: null, firms: null, transfers: null, example: options.example === true };
  let dir: string | null = null;
  if (options.dataDir !== undefined) {
    dir = absolute(options.dataDir, cwd);
    if (!existsSync(dir)) throw new DataError('unreadable', `--data-dir ${options.dataDir}: no such folder`);
    if (!statSync(dir).isDirectory()) throw new DataError('unreadable', `--data-dir ${options.dataDir}: not a folder (give a file with --data, --parks, … instead)`);
  }
  for (const role of REPORT_INPUT_ROLES) {
    const given = options[role];
    if (given !== undefined) {
      const p = absolute(given, cwd);
      if (!existsSync(p)) throw new DataError('unreadable', `--${role === 'panel' ? 'data' : role} ${given}: no such file`);
      out[role] = p;
      continue;
    }
    if (dir !== null) {
      const hit = REPORT_INPUT_FILE_NAMES[role].find((n) => existsSync(join(dir!, n)));
      if (hit) {
        out[role] = join(dir, hit);
        continue;
      }
    }
    const example = REPORT_EXAMPLE_FILES[role];
    if (out.example && example !== undefined) out[role] = dataPath(`examples/${example}`);
  }
  return out;
}

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Read every resolved input with the library's own reader (so a bad file fails here, before any
 * notebook runs) and describe it.
 * @throws {DataError} from the readers: file, row and column of the first problem.
 */
export async function validateReportInputs(inputs: ResolvedReportInputs): Promise<ReportInputFile[]> {
  const files: ReportInputFile[] = [];
  for (const role of REPORT_INPUT_ROLES) {
    const path = inputs[role];
    if (path === null) continue;
    let rows: number;
    let synthetic: boolean;
    let warnings: number;
    switch (role) {
      case 'panel': {
        const t = await readPanel(path);
        rows = t.numRows();
        synthetic = false;
        warnings = 0;
        break;
      }
      case 'parks': {
        const t = await readParks(path);
        ({ synthetic, warnings } = { synthetic: t.illustrative, warnings: t.warnings.length });
        rows = t.rows.length;
        break;
      }
      case 'industry': {
        const t = await readIndustry(path);
        ({ synthetic, warnings } = { synthetic: t.synthetic, warnings: t.warnings.length });
        rows = t.rows.length;
        break;
      }
      case 'transfers': {
        const t = await readTransfers(path);
        ({ synthetic, warnings } = { synthetic: t.synthetic, warnings: t.warnings.length });
        rows = t.rows.length;
        break;
      }
      case 'firms': {
        const p = await openFirmPanel(path);
        try {
          rows = p.report.rowsRead;
          synthetic = p.report.synthetic;
          warnings = p.report.warnings.length;
        } finally {
          await p.close();
        }
        break;
      }
    }
    files.push({ role, file: basename(path), path, rows, sha256: sha256Of(path), synthetic: synthetic || inputs.example, warnings });
  }
  return files;
}

/** The environment variable that carries each role's file to the notebooks. */
export const REPORT_INPUT_ENV: Readonly<Record<ReportInputRole, string>> = Object.freeze({
  panel: 'REPORT_PANEL_FILE',
  parks: 'REPORT_PARKS',
  industry: 'REPORT_INDUSTRY',
  firms: 'REPORT_FIRMS',
  transfers: 'REPORT_TRANSFERS',
});

/** The inputs as environment variables for the notebooks (`REPORT_INPUTS` holds their descriptions as JSON). */
export function reportInputEnv(files: readonly ReportInputFile[], example: boolean): Record<string, string> {
  const env: Record<string, string> = {};
  for (const role of REPORT_INPUT_ROLES) env[REPORT_INPUT_ENV[role]] = files.find((f) => f.role === role)?.path ?? '';
  env['REPORT_INPUTS'] = JSON.stringify(files.map(({ path: _path, ...rest }) => rest));
  env['REPORT_EXAMPLE'] = example ? '1' : '';
  return env;
}

/** Read the parks file of a run, or `null` when none was given. */
export async function loadReportParks(path: string | null): Promise<ParkTable | null> {
  return path === null ? null : readParks(path);
}

/** Read the industry file of a run, or `null` when none was given. */
export async function loadReportIndustry(path: string | null): Promise<IndustryTable | null> {
  return path === null ? null : readIndustry(path);
}

/** Read the transfers file of a run, or `null` when none was given. */
export async function loadReportTransfers(path: string | null): Promise<TransfersTable | null> {
  return path === null ? null : readTransfers(path);
}

/** Open the firm register of a run, or `null` when none was given (close it when done). */
export async function loadReportFirms(path: string | null): Promise<FirmPanel | null> {
  return path === null ? null : openFirmPanel(path);
}

/** The parameters the chapter-side loaders need (a subset of the notebook's `ReportParameters`). */
export interface ReportInputParameters {
  inputs: Record<Exclude<ReportInputRole, 'panel'>, string | null>;
  inputFiles: readonly Omit<ReportInputFile, 'path'>[];
  example: boolean;
  lang: 'zh' | 'en';
}

/**
 * The park-year records of this run (`--parks`, `--data-dir`, `--example`), or `null`.
 * @example
 * const parks = await reportParks(params); if (parks) parkBulletin(parks, { rules: 'gd-2014', year: 2016 });
 */
export async function reportParks(params: ReportInputParameters): Promise<ParkTable | null> {
  return loadReportParks(params.inputs.parks);
}

/** The industry table of this run (`--industry`, …), or `null`. */
export async function reportIndustry(params: ReportInputParameters): Promise<IndustryTable | null> {
  return loadReportIndustry(params.inputs.industry);
}

/** The output-moved-out table of this run (`--transfers`, …), or `null`. */
export async function reportTransfers(params: ReportInputParameters): Promise<TransfersTable | null> {
  return loadReportTransfers(params.inputs.transfers);
}

/** The firm register of this run (`--firms`, …), or `null`; close it when done. */
export async function reportFirms(params: ReportInputParameters): Promise<FirmPanel | null> {
  return loadReportFirms(params.inputs.firms);
}

/**
 * The sentence a chapter prints about the data it used: each of `roles` from the user's file
 * (name, rows, first 12 hex digits of the SHA-256; 示意数据 when synthetic) or, for the panel,
 * the bundled public data. Markdown, ready for `say`.
 * @example
 * dataStatement(params, ['panel', 'industry'])
 * // → '本章数据：城市—年份面板：随包公开数据（data/city-panel.csv）；分行业增加值（或总产值）：用户文件 industry.csv（273 行，SHA-256 3f2a…）。'
 */
export function dataStatement(params: ReportInputParameters, roles: readonly ReportInputRole[]): string {
  const zh = params.lang === 'zh';
  const parts = roles.map((role) => {
    const label = REPORT_INPUT_LABELS[role][params.lang];
    const f = params.inputFiles.find((x) => x.role === role);
    if (f) {
      const kind = f.synthetic ? (zh ? '示意数据（合成，非真实）' : 'SYNTHETIC example data, not real') : zh ? '用户文件' : "user's file";
      return zh
        ? `${label}：${kind} \`${f.file}\`（${f.rows} 行，SHA-256 ${f.sha256.slice(0, 12)}…）`
        : `${label}: ${kind} \`${f.file}\` (${f.rows} rows, SHA-256 ${f.sha256.slice(0, 12)}…)`;
    }
    if (role === 'panel') return zh ? `${label}：随包公开数据（data/city-panel.csv）` : `${label}: bundled public data (data/city-panel.csv)`;
    return zh ? `${label}：未提供` : `${label}: not given`;
  });
  return zh ? `本章数据：${parts.join('；')}。` : `Data used in this chapter: ${parts.join('; ')}.`;
}
