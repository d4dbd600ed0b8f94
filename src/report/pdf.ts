/**
 * The PDF report, printed from index.html by a Chromium driven by `playwright-core`: a system
 * Chromium (`REPORT_CHROMIUM`, then /usr/bin/chromium …) or, when none is found, the headless
 * Chromium shipped inside the optional npm dependency `@sparticuz/chromium` (unpacked on first
 * use; never a browser downloaded at run time). Reproducible metadata: Chromium writes the current time into
 * `/CreationDate` and `/ModDate`; they are overwritten in place (same byte length, so the
 * cross-reference table stays valid) with the git commit date.
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a Chromium is looked for (first hit wins; `REPORT_CHROMIUM` overrides). */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to use, or null. */
export function findChromium(): string | null {
  const env = process.env['REPORT_CHROMIUM'];
  if (env) return existsSync(env) ? env : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** One line saying how to get a PDF when no Chromium is found. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found (looked for /usr/bin/chromium and the optional dependency @sparticuz/chromium; set REPORT_CHROMIUM to another path): report.pdf was not written — index.html and report.docx were. Install one with: sudo apt-get install --no-install-recommends chromium, or npm install @sparticuz/chromium';

/** A Chromium to launch: its executable and extra launch flags. */
export interface ResolvedChromium {
  path: string;
  /** Flags the executable needs (those of `@sparticuz/chromium` for its build; none for a system one). */
  args: string[];
  source: 'system' | '@sparticuz/chromium';
}

interface SparticuzChromium {
  executablePath(): Promise<string>;
  args: string[];
}

/**
 * The Chromium to print with: `REPORT_CHROMIUM` or a system Chromium first ({@link findChromium});
 * when none, the optional dependency `@sparticuz/chromium` (its `executablePath()` unpacks a
 * headless Chromium into the temp folder, a few seconds the first time); null when neither exists.
 */
export async function resolveChromium(): Promise<ResolvedChromium | null> {
  const system = findChromium();
  if (system) return { path: system, args: [], source: 'system' };
  if (process.env['REPORT_CHROMIUM']) return null; // an explicit path that does not exist: no silent substitute
  try {
    const name = '@sparticuz/chromium'; // optional dependency: resolved at run time, absent on some installs
    const mod = (await import(name)) as { default: SparticuzChromium };
    const path = await mod.default.executablePath();
    return existsSync(path) ? { path, args: [...mod.default.args], source: '@sparticuz/chromium' } : null;
  } catch {
    return null;
  }
}

/** Launch flags for a headless system Chromium (`--no-sandbox` only when running as root). */
export function chromiumArgs(userDataDir: string): string[] {
  const args = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${userDataDir}`];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}

/** A launched browser and its cleanup. */
export interface LaunchedBrowser {
  browser: import('playwright-core').Browser;
  close(): Promise<void>;
}

/**
 * Launch a Chromium headless with playwright-core (a path means a system Chromium).
 * @throws {Error} when no Chromium is found.
 */
export async function launchChromium(executable: string | ResolvedChromium | null = findChromium()): Promise<LaunchedBrowser> {
  if (!executable) throw new Error(NO_CHROMIUM_MESSAGE);
  const exe: ResolvedChromium = typeof executable === 'string' ? { path: executable, args: [], source: 'system' } : executable;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'prd-report-chromium-'));
  // playwright passes its own --user-data-dir for persistent contexts only; a plain launch uses a temp profile.
  const own = chromiumArgs(profile).filter((a) => !a.startsWith('--user-data-dir'));
  const args = [...exe.args, ...own.filter((a) => !exe.args.includes(a))];
  const browser = await chromium.launch({ executablePath: exe.path, headless: true, args });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** Overwrite /CreationDate and /ModDate values in place with `date` (same length). */
export function fixPdfDates(pdf: Buffer, date: Date): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_m, key: string, value: string) => {
    const base = pdfDate(date);
    const rest = value.length - base.length;
    const v = rest >= 1 ? base + 'Z'.padEnd(rest, ' ') : base.slice(0, value.length);
    return `/${key} (${v.length === value.length ? v : value})`;
  });
  return Buffer.from(fixed, 'latin1');
}

/**
 * Print `htmlPath` to `pdfPath` (A4, backgrounds, page numbers in the footer).
 * @returns the number of bytes written.
 */
export async function renderPdf(htmlPath: string, pdfPath: string, date: Date, browser?: LaunchedBrowser): Promise<number> {
  const own = browser ?? (await launchChromium());
  try {
    const page = await own.browser.newPage();
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    const tmp = mkdtempSync(join(tmpdir(), 'prd-report-pdf-'));
    const raw = join(tmp, 'raw.pdf');
    await page.pdf({
      path: raw,
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    await page.close();
    const bytes = fixPdfDates(readFileSync(raw), date);
    writeFileSync(pdfPath, bytes);
    rmSync(tmp, { recursive: true, force: true });
    return bytes.length;
  } finally {
    if (!browser) await own.close();
  }
}
