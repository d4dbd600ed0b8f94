/**
 * Source grades of the park page sources S1–S27 (`data/facts/park_sources.csv`): the rule
 * ({@link gradeParkSource}), the graded registry ({@link parkSources}) and the grade of one id
 * ({@link parkSourceGrade}).
 * @module
 */
import { DataError } from '../core/errors.js';
import { loadParkSources, type ParkSource, type SourceGrade } from './facts.js';

/** A park page source with its {@link SourceGrade}, in the shape `cite()` takes (plus `date`). */
export interface GradedParkSource {
  /** S1–S27. */
  id: string;
  title: string;
  /** Page address, verbatim ("(page address not recorded)" for S2 and S11). */
  url: string;
  /** Date as published. */
  date: string;
  grade: SourceGrade;
}

/** News outlets a title names as the author or origin of the page. */
const NEWS_IN_TITLE = /日报|晚报|新闻网|证券报|news report|southcn\.com|people\.com\.cn|meizhou\.cn/i;
/** Hosts that are news portals. */
const NEWS_HOST = /(^|\.)(chinanews\.com|southcn\.com|sun0769\.com|people\.com\.cn)$/i;
/** A title that names a government office as the page's origin. */
const GOVERNMENT_ORIGIN = /来源[:：]\s*[^)）]*(委|厅|局|政府)[^)）]*网站|地方志办/;
/** Page layout of the Guangdong government sites (gd.gov.cn and the city sites share one CMS). */
const GOVERNMENT_SITE_LAYOUT = /\/gkmlpt\/|\/content\/post_\d+\.html$/;

/**
 * The {@link SourceGrade} of a park page source, from its address and recorded title. The first
 * rule that applies wins:
 *
 * 1. no page address recorded (S2, S11) → `other`: the page cannot be checked;
 * 2. a government host (`…gov.cn`) → `statistics-bulletin` when the title names a 统计公报,
 *    统计局 or 年鉴, else `government-document` (S1, S25: the provincial economic and trade
 *    commission's site);
 * 3. a title saying the page is a news report quoting a document, or a summary (`news report`,
 *    `summary of`) → `news` on a news host, `other` elsewhere (a secondary summary);
 * 4. a copy of an official page or document on another host → `mirror-official`: the title marks
 *    it a mirror (`mirror of`), names a 年鉴, names a government office as its origin
 *    (来源:…委/厅/局/政府…网站, 地方志办), or carries a document number (〔2018〕…) — S3, S9, S10,
 *    S18, S22, S24;
 * 5. a title naming a news outlet (日报, 晚报, 新闻网, 证券报, Southcn.com, People.com.cn,
 *    meizhou.cn) or a news host (chinanews.com, southcn.com, sun0769.com, people.com.cn) → `news`;
 * 6. a non-government host with the page layout of the Guangdong government sites
 *    (`/gkmlpt/…` or `…/content/post_<n>.html`, as on gd.gov.cn and the city sites) →
 *    `mirror-official` (S12, S17);
 * 7. anything else (unknown hosts with no marker, a Q&A page, aggregators) → `other`.
 *
 * Conservative: the grade is what the address and title show, never better; `other` sources are
 * listed but no finding rests on them (`usableInFindings`).
 * @example
 * ```ts
 * gradeParkSource({ url: 'http://gdii.gd.gov.cn/2005n2449/content/post_929113.html', title: '关于认定东莞石龙(始兴)等三个省产业转移工业园的通知 (粤经贸工业〔2005〕1006号)' }) // 'government-document'
 * gradeParkSource({ url: 'https://www.chinanews.com/cj/2013/10-09/5357081.shtml', title: '广东产业转移工业园前八月产值近三千亿 (中国新闻网)' }) // 'news'
 * gradeParkSource({ url: '(page address not recorded)', title: '阳江两产业园再获2013年省产业园考评优秀等次 (来源 Southcn.com)' }) // 'other'
 * ```
 */
export function gradeParkSource(source: Pick<ParkSource, 'url' | 'title'>): SourceGrade {
  const host = /^https?:\/\/([^/]+)/i.exec(source.url.trim())?.[1]?.toLowerCase();
  if (host === undefined) return 'other';
  const title = source.title;
  if (/(^|\.)gov\.cn$/.test(host)) return /统计公报|统计局|年鉴/.test(title) ? 'statistics-bulletin' : 'government-document';
  if (/news report|summary of/i.test(title)) return NEWS_HOST.test(host) || /news report/i.test(title) ? 'news' : 'other';
  if (/mirror of/i.test(title) || /年鉴/.test(title) || GOVERNMENT_ORIGIN.test(title) || /〔\d{4}〕/.test(title)) return 'mirror-official';
  if (NEWS_IN_TITLE.test(title) || NEWS_HOST.test(host)) return 'news';
  if (GOVERNMENT_SITE_LAYOUT.test(source.url.trim())) return 'mirror-official';
  return 'other';
}

/**
 * The park page sources with their grades ({@link gradeParkSource}): all of S1–S27 in registry
 * order, or the given ids in the order given, each once.
 * @throws DataError `unknown-category` for an id not in `data/facts/park_sources.csv`.
 * @example
 * ```ts
 * parkSources(['S11', 'S9']).map((s) => [s.id, s.grade]) // [['S11', 'other'], ['S9', 'mirror-official']]
 * ```
 */
export function parkSources(ids?: readonly string[]): GradedParkSource[] {
  const all = loadParkSources().map((s): GradedParkSource => ({ id: s.source_id, title: s.title, url: s.url, date: s.date, grade: gradeParkSource(s) }));
  if (ids === undefined) return all;
  const out: GradedParkSource[] = [];
  for (const id of ids) {
    if (out.some((s) => s.id === id)) continue;
    const hit = all.find((s) => s.id === id);
    if (!hit) throw new DataError('unknown-category', `park source "${id}" is not in the registry`, { file: 'data/facts/park_sources.csv', column: 'source_id' }, 'one of S1–S27');
    out.push(hit);
  }
  return out;
}

/**
 * The {@link SourceGrade} of one park source id ({@link gradeParkSource} of its registry row).
 * @throws DataError `unknown-category` for an id not in the registry.
 * @example
 * ```ts
 * parkSourceGrade('S14') // 'news'  (news report quoting the provincial circular)
 * ```
 */
export function parkSourceGrade(id: string): SourceGrade {
  return parkSources([id])[0]!.grade;
}
