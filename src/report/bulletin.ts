/**
 * The park bulletin (考评结果通报) of a report run: with `--parks` the runner also writes
 * `bulletin.html`, `bulletin.docx` (and `bulletin.pdf` when a Chromium is found) — the one-to-three
 * page circular the office issues each year — and its tables (`parks-results`, `rewards`).
 *
 * The bulletin is the library's {@link parkBulletin} of the validated parks file, rendered by
 * {@link renderParkBulletinMarkdown} and then through the report's own Markdown pipeline
 * (`renderMarkdown` for HTML with the report's style sheet and embedded font subsets, the DOCX
 * writer's Markdown conversion and fonts, the same PDF printer), so escaping and determinism are
 * the report's. Parameters: year = `--year`, else the latest year of the parks file; rules =
 * `--rules` (`gd-2011`, `gd-2014` or a rules JSON file), else `gd-2014` for years from 2014 and
 * `gd-2011` before; fund and cap from `--fund`/`--cap`, the output moved out from `--transfers`,
 * else (with `--firms`) computed from the firm register for the bulletin year
 * (`transferRecords(outputMovedOut(panel, { year }))`, PRD → East/West/North wings, the
 * register's unit); when the register's years do not cover the bulletin year the bulletin says so
 * in its reward section and allocates nothing.
 * A run on the example or on a file marked synthetic says 示意数据（SYNTHETIC） in the title and
 * on every page (HTML/PDF: a banner repeated on each printed page; DOCX: the page header).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parkBulletin } from '../parks/bulletin.js';
import type { ParkBulletin } from '../parks/bulletin.js';
import { renderParkBulletinMarkdown } from '../parks/bulletin-markdown.js';
import { loadRuleSet, validateRuleSet } from '../parks/rule-set.js';
import { warn } from '../core/warnings.js';
import type { BundledRuleSetId, ParkRuleSet } from '../parks/rule-set.js';
import { readParks } from '../parks/read-parks.js';
import type { ParkTable } from '../parks/read-parks.js';
import { readTransfers, transfersForYear } from '../data/read-transfers.js';
import { openFirmPanel } from '../firms/panel.js';
import { outputMovedOut, transferRecords } from '../firms/output-moved-out.js';
import type { TransferMoved } from '../parks/rewards.js';
import type { TransfersTable } from '../data/read-transfers.js';
import { escapeHtml } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { pageCharacters, REPORT_CSS, withEmbeddedFonts } from './html.js';
import type { EmbeddedFonts } from './html.js';
import { renderMarkdownDocx } from './docx.js';
import type { ExportTable } from './tables-export.js';
import type { ReportInputFile } from './inputs.js';

/** The mark of a synthetic bulletin, on its title and every page. */
export const SYNTHETIC_MARK = { zh: '示意数据（SYNTHETIC）', en: 'SYNTHETIC DATA (示意数据)' } as const;

/** What the runner gives {@link reportBulletin}. */
export interface ReportBulletinOptions {
  /** `--year`; default the latest year of the parks file. */
  year?: number;
  /** `--rules`: `gd-2011`, `gd-2014` or a rules JSON file; default by year (see module). */
  rules?: string;
  /** `--fund` (亿元) and `--cap`. */
  fund?: number;
  cap?: number;
  /** The `--transfers` table (output moved out), when given. */
  transfers?: TransfersTable | null;
  /**
   * Output moved out in the bulletin year computed from a firm register (`--firms`), used when
   * no `transfers` table is given; `{ uncovered }` when the register's years do not reach the
   * bulletin year (no reward list, the bulletin says so).
   */
  movedOut?: { file: string; records: ReadonlyArray<TransferMoved> } | { file: string; uncovered: readonly [number, number] } | null;
  /** `--example`, or an input file marked synthetic: the bulletin is marked 示意数据. */
  synthetic?: boolean;
}

/**
 * The rule set of a bulletin: `rules` when given (a bundled id or a rules JSON file), else
 * `gd-2014` for years from 2014 and `gd-2011` before (the 2014 measures replaced the 2011 plan's).
 * @throws {DataError} from `validateRuleSet` when a rules file is not a valid rule set.
 * @example
 * bulletinRuleSet(undefined, 2013) // 'gd-2011'
 */
export function bulletinRuleSet(rules: string | undefined, year: number): BundledRuleSetId | ParkRuleSet {
  if (rules === undefined || rules === '') return year >= 2014 ? 'gd-2014' : 'gd-2011';
  if (rules === 'gd-2011' || rules === 'gd-2014') return rules;
  return validateRuleSet(JSON.parse(readFileSync(rules, 'utf8')) as unknown, rules);
}

/**
 * The park bulletin of a run (see the module for the defaults).
 * @throws {DataError} when the parks file has no record for `year`, `fund` is given without
 *   transfers (or without transfer rows for `year`), or anything `parkBulletin` refuses.
 */
export function reportBulletin(parks: ParkTable, options: ReportBulletinOptions = {}): ParkBulletin {
  const year = options.year ?? Math.max(...parks.rows.map((r) => r.year));
  const moved = options.movedOut ?? null;
  const uncovered = options.fund !== undefined && !options.transfers && moved !== null && 'uncovered' in moved ? moved : null;
  const transfers = options.fund === undefined || uncovered ? undefined
    : options.transfers ? transfersForYear(options.transfers, year)
    : moved !== null && 'records' in moved ? moved.records : undefined;
  const rules = bulletinRuleSet(options.rules, year);
  // A table written with another rule set's statuses (e.g. gd-2011's 省示范园 for years evaluated
  // under gd-2014): its status_start column is ignored, as parkBulletin's ignoreStatus says, and a warning is recorded.
  const ids = new Set((typeof rules === 'string' ? loadRuleSet(rules) : rules).statuses.map((s) => s.id));
  const foreign = [...new Set(parks.rows.filter((r) => r.year <= year && r.status_start !== null && !ids.has(r.status_start)).map((r) => r.status_start!))];
  const b = parkBulletin(parks, {
    rules,
    year,
    ...(foreign.length ? { ignoreStatus: true } : {}),
    ...(options.fund !== undefined && !uncovered ? { fund: options.fund } : {}),
    ...(options.cap !== undefined && !uncovered ? { cap: options.cap } : {}),
    ...(transfers ? { transfers } : {}),
    ...(options.synthetic ? { illustrative: true } : {}),
  });
  if (foreign.length) {
    b.warnings.push(warn({
      code: 'bulletin-status-ignored',
      message: `${parks.file}: status_start holds ${foreign.join(', ')}, not statuses of rule set ${b.ruleSet.id}; the column is ignored and each park starts in the rule set's default status`,
      file: parks.file,
      column: 'status_start',
      advice: `give --rules for the rule set the statuses belong to, or write statuses of ${b.ruleSet.id}`,
    }));
  }
  if (uncovered) {
    b.warnings.push(warn({
      code: REWARDS_UNCOVERED,
      message: `${uncovered.file}: the firm register covers ${uncovered.uncovered[0]}–${uncovered.uncovered[1]}, not the bulletin year ${year}; no output moved out in ${year} can be computed from it, so the reward fund of ${options.fund} is not allocated`,
      file: uncovered.file,
      column: 'year',
      advice: `give --transfers with the output each PRD city moved out in ${year}, or a firm register that covers ${year}`,
    }));
  }
  return b;
}

/** Code of the warning recorded when `--firms` does not cover the bulletin year (no reward list). */
export const REWARDS_UNCOVERED = 'bulletin-rewards-uncovered';

/** Title of the bulletin, with the synthetic mark when the input is illustrative. */
export function bulletinTitle(b: ParkBulletin, lang: 'zh' | 'en'): string {
  const base = lang === 'en' ? `Provincial transfer park evaluation bulletin, ${b.year}` : `${b.year}年度省产业转移工业园考评结果通报`;
  return b.illustrative ? `${base} — ${SYNTHETIC_MARK[lang]}` : base;
}

/** The bulletin as Markdown without its title line (the title is set by the HTML and DOCX writers). */
function bodyMarkdown(b: ParkBulletin, lang: 'zh' | 'en'): string {
  const md = renderParkBulletinMarkdown(b, { lang, title: bulletinTitle(b, lang) }).replace(/^# [^\n]*\n+/, '');
  const w = b.rewards ? undefined : b.warnings.find((x) => x.code === REWARDS_UNCOVERED);
  if (!w) return md;
  // The reward section says why there is no list (the firm register does not cover the year).
  const range = /covers (\d+)–(\d+)/.exec(w.message);
  const note = lang === 'en'
    ? `## 6. Reward fund\n\nNo reward list: the firm register covers ${range?.[1]}–${range?.[2]}, not ${b.year}, so the output moved out in ${b.year} cannot be computed from it; the fund is not allocated.\n\n`
    : `## 六、奖励资金分配\n\n本年度不列奖励名单：企业名录覆盖${range?.[1]}—${range?.[2]}年，不含${b.year}年，无法据以计算${b.year}年转出产值，奖励资金未分配。\n\n`;
  const k = md.lastIndexOf(lang === 'en' ? 'Basis: ' : '考评依据：');
  return k < 0 ? md + '\n' + note : md.slice(0, k) + note + md.slice(k);
}

const BULLETIN_CSS = `
.synthetic-banner{position:fixed;top:0;left:0;right:0;text-align:center;font-weight:bold;color:#b00000;background:#fff3f3;border-bottom:1px solid #b00000;padding:2px 0;font-size:.85em;z-index:10}
body.synthetic{padding-top:2em}
h1.bulletin-title{text-align:center;font-size:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #bbb;padding:.2em .5em}
blockquote{margin:.6em 0;padding:.3em .8em;border-left:4px solid #b00000;color:#b00000}
`;

/**
 * The bulletin as one self-contained HTML page (fonts added by the caller with `withEmbeddedFonts`):
 * the report's style sheet, every label escaped by markdown-it (raw HTML off) or `escapeHtml`.
 */
export function bulletinHtml(b: ParkBulletin, lang: 'zh' | 'en'): string {
  const title = bulletinTitle(b, lang);
  const banner = b.illustrative ? `<div class="synthetic-banner">${escapeHtml(SYNTHETIC_MARK[lang])}</div>\n` : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${BULLETIN_CSS}</style>
</head>
<body${b.illustrative ? ' class="synthetic"' : ''}>
${banner}<h1 class="bulletin-title">${escapeHtml(title)}</h1>
${renderMarkdown(bodyMarkdown(b, lang), 1)}
</body>
</html>
`;
}

/**
 * Mark a page of the report (index.html, and so report.pdf) as synthetic: a 示意数据 banner at the
 * top of the page that Chromium repeats on every printed page (`position: fixed`) and the mark in
 * the `<title>`. Returns the page unchanged when `synthetic` is false.
 */
export function markSyntheticPage(html: string, synthetic: boolean, lang: 'zh' | 'en'): string {
  if (!synthetic) return html;
  const mark = escapeHtml(SYNTHETIC_MARK[lang]);
  return html
    .replace('</style>', `.synthetic-banner{position:fixed;top:0;left:0;right:0;text-align:center;font-weight:bold;color:#b00000;background:#fff3f3;border-bottom:1px solid #b00000;padding:2px 0;font-size:.85em;z-index:10}body{padding-top:2em}</style>`)
    .replace(/<title>([^<]*)<\/title>/, `<title>$1 — ${mark}</title>`)
    .replace(/<body([^>]*)>\n?/, (m) => `${m}<div class="synthetic-banner">${mark}</div>\n`);
}

/** The bulletin as DOCX bytes (the report's fonts; 示意数据 in every page header when synthetic). */
export async function bulletinDocx(b: ParkBulletin, lang: 'zh' | 'en', options: { creator: string; stamp: string }): Promise<Buffer> {
  return renderMarkdownDocx(bodyMarkdown(b, lang), {
    title: bulletinTitle(b, lang),
    creator: options.creator,
    stamp: options.stamp,
    ...(b.illustrative ? { header: SYNTHETIC_MARK[lang] } : {}),
  });
}

/**
 * The bulletin's tables as data: `parks-results` (every park of the year, by category then
 * category rank) and, when a fund was allocated, `rewards`. Numbers unrounded; headers in `lang`.
 */
export function bulletinTables(b: ParkBulletin, lang: 'zh' | 'en'): ExportTable[] {
  const zh = lang === 'zh';
  const results: ExportTable = {
    id: 'parks-results',
    title: zh ? `${b.year}年度园区考评结果` : `Park evaluation results ${b.year}`,
    columns: [
      { key: 'category', label: zh ? '类别' : 'category' },
      { key: 'rank', label: zh ? '类内排名' : 'rank in category' },
      { key: 'park_id', label: zh ? '园区编号' : 'park id' },
      { key: 'park_name', label: zh ? '园区' : 'park' },
      { key: 'host_city', label: zh ? '所在市' : 'city' },
      { key: 'score', label: zh ? '得分' : 'score' },
      { key: 'grade', label: zh ? '等次' : 'grade' },
      { key: 'yellow_card', label: zh ? '黄牌' : 'yellow card' },
      { key: 'status_start', label: zh ? '年初状态' : 'status at start' },
      { key: 'status_end', label: zh ? '年末状态' : 'status at end' },
    ],
    rows: b.results.map((p) => ({
      category: zh ? p.category_zh : p.category,
      rank: p.categoryRank,
      park_id: p.park_id,
      park_name: p.park_name,
      host_city: p.host_city,
      score: p.score,
      grade: zh ? p.grade : ({ 优秀: 'excellent', 达标: 'passed', 不达标: 'failed' } as const)[p.grade],
      yellow_card: p.yellowCard ? (zh ? '是' : 'yes') : (zh ? '否' : 'no'),
      status_start: zh ? p.statusBefore_zh : p.statusBefore_en,
      status_end: zh ? p.statusAfter_zh : p.statusAfter_en,
    })),
    ...(b.illustrative ? { note: SYNTHETIC_MARK[lang] } : {}),
  };
  if (!b.rewards) return [results];
  const rewards: ExportTable = {
    id: 'rewards',
    title: zh ? `${b.year}年度产业转移奖励资金分配` : `Transfer reward fund ${b.year}`,
    columns: [
      { key: 'city', label: zh ? '城市' : 'city' },
      { key: 'output_moved', label: zh ? '转出产值（亿元）' : 'output moved out (亿元)' },
      { key: 'amount', label: zh ? '奖励金额（亿元）' : 'amount (亿元)' },
      { key: 'share', label: zh ? '占比' : 'share' },
      { key: 'capped', label: zh ? '封顶' : 'capped' },
    ],
    rows: b.rewards.allocations.map((a) => ({ city: a.city, output_moved: a.outputMoved, amount: a.amount, share: a.share, capped: a.capped ? (zh ? '是' : 'yes') : (zh ? '否' : 'no') })),
    ...(b.illustrative ? { note: SYNTHETIC_MARK[lang] } : {}),
  };
  return [results, rewards];
}

/**
 * Write `bulletin.html` (with font subsets from `fonts`) and `bulletin.docx` into `out`.
 * @returns the files written (relative to `out`) and the HTML path, for the PDF printer.
 */
export async function writeBulletin(
  out: string,
  b: ParkBulletin,
  lang: 'zh' | 'en',
  options: { creator: string; stamp: string; fonts: (text: string) => Promise<EmbeddedFonts | null> },
): Promise<{ files: string[]; htmlPath: string }> {
  const page = bulletinHtml(b, lang);
  const htmlPath = join(out, 'bulletin.html');
  writeFileSync(htmlPath, withEmbeddedFonts(page, await options.fonts(pageCharacters(page))));
  writeFileSync(join(out, 'bulletin.docx'), await bulletinDocx(b, lang, options));
  return { files: ['bulletin.html', 'bulletin.docx'], htmlPath };
}

/**
 * The bulletin of a run: `null` without a parks file; else {@link reportBulletin} of the
 * validated parks file, with the run's transfers file — or, without one but with `--firms` and
 * `--fund`, the output moved out in the bulletin year computed from the firm register — marked
 * synthetic on `--example` or when the parks file is.
 */
export async function bulletinOfRun(
  files: readonly ReportInputFile[],
  example: boolean,
  options: Omit<ReportBulletinOptions, 'transfers' | 'movedOut' | 'synthetic'>,
): Promise<ParkBulletin | null> {
  const parks = files.find((f) => f.role === 'parks');
  if (!parks) return null;
  const table = await readParks(parks.path);
  const transfers = files.find((f) => f.role === 'transfers');
  const firms = files.find((f) => f.role === 'firms');
  let movedOut: ReportBulletinOptions['movedOut'] = null;
  if (!transfers && firms && options.fund !== undefined) {
    const year = options.year ?? Math.max(...table.rows.map((r) => r.year));
    const panel = await openFirmPanel(firms.path);
    try {
      // A move counts in its first year at the destination, so the register must reach `year`.
      movedOut = year < panel.years[0] || year > panel.years[1]
        ? { file: firms.file, uncovered: panel.years }
        : { file: firms.file, records: transferRecords(await outputMovedOut(panel, { year })) };
    } finally {
      await panel.close();
    }
  }
  return reportBulletin(table, {
    ...options,
    transfers: transfers ? await readTransfers(transfers.path) : null,
    movedOut,
    synthetic: example || parks.synthetic,
  });
}
