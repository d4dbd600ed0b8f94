/**
 * The PDF report, printed from index.html by a system Chromium driven by `playwright-core`
 * (never a downloaded browser). Reproducible metadata: Chromium writes the current time into
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
  'No Chromium found (looked for /usr/bin/chromium; set REPORT_CHROMIUM to another path): report.pdf was not written — index.html and report.docx were. Install one with: sudo apt-get install --no-install-recommends chromium';

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
 * Launch the system Chromium headless with playwright-core.
 * @throws {Error} when no Chromium is found.
 */
export async function launchChromium(executablePath: string | null = findChromium()): Promise<LaunchedBrowser> {
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'prd-report-chromium-'));
  // playwright passes its own --user-data-dir for persistent contexts only; a plain launch uses a temp profile.
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs(profile).filter((a) => !a.startsWith('--user-data-dir')) });
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
