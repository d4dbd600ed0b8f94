/**
 * `renderParkBulletinMarkdown`: the park evaluation circular (通报) of a {@link ParkBulletin}
 * as Markdown, in Chinese (default) or English, for the report's HTML/DOCX/PDF pipeline.
 * @module
 */
import type { BulletinEntry, ParkBulletin } from './bulletin.js';
import { PARK_GRADE_EN } from './bulletin.js';

/** Options of {@link renderParkBulletinMarkdown}. */
export interface BulletinMarkdownOptions {
  /** `zh` (default) or `en`. */
  lang?: 'zh' | 'en';
  /** Heading level of the title (default 1). */
  headingLevel?: number;
  /** Title (default: 〈year〉年度省产业转移工业园考评结果通报 / Park evaluation bulletin 〈year〉). */
  title?: string;
}

/** Escape text for a Markdown table cell or list item (pipes, backslashes, emphasis and line breaks). */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100));

/**
 * Render a park bulletin as Markdown: title (with a SYNTHETIC / 示意数据 banner when the input is
 * illustrative), 一、总体情况 (counts), 二、分类考评结果 (one table per category: rank, park, city,
 * score, grade, yellow card, status at start and end), 三、通报表彰, 四、黄牌警告, 五、降级和取消资格
 * (each with its rule clause), 六、奖励资金分配 (when a fund was given), and the rule set as the
 * basis. Empty lists say 无 / none. Deterministic: the same bulletin gives the same text.
 * @example
 * ```ts
 * renderParkBulletinMarkdown(parkBulletin(t, { rules: 'gd-2011', year: 2015 })).split('\n')[0];
 * // → '# 2015年度省产业转移工业园考评结果通报'
 * ```
 */
export function renderParkBulletinMarkdown(b: ParkBulletin, options: BulletinMarkdownOptions = {}): string {
  const en = options.lang === 'en';
  const h = '#'.repeat(Math.max(1, Math.min(6, options.headingLevel ?? 1)));
  const h2 = `${h}#`;
  const out: string[] = [];
  out.push(`${h} ${esc(options.title ?? (en ? `Provincial transfer park evaluation bulletin, ${b.year}` : `${b.year}年度省产业转移工业园考评结果通报`))}`, '');
  if (b.illustrative) {
    out.push(en ? '> **SYNTHETIC DATA — illustrative only, not real park results.**' : '> **示意数据（SYNTHETIC）：虚构数据，仅供演示，非真实考评结果。**', '');
  }
  const c = b.counts;
  out.push(`${h2} ${en ? '1. Overview' : '一、总体情况'}`, '');
  out.push(en
    ? `${c.parks} parks were evaluated for ${b.year} under ${esc(b.ruleSet.name.en)}: ${c.excellent} excellent, ${c.passed} passed, ${c.failed} failed. ${c.yellowCards} received a yellow card, ${c.demoted} were demoted and ${c.disqualified} disqualified.`
    : `${b.year}年度共${c.parks}个园区参加考评（依据：${esc(b.ruleSet.name.zh)}）：优秀${c.excellent}个，达标${c.passed}个，不达标${c.failed}个；黄牌警告${c.yellowCards}个，降级${c.demoted}个，取消资格${c.disqualified}个。`);
  if (b.entered.length || b.absent.length) {
    out.push('', en
      ? `New this year: ${b.entered.length ? b.entered.map(esc).join(', ') : 'none'}. Evaluated last year but not this year: ${b.absent.length ? b.absent.map(esc).join(', ') : 'none'}.`
      : `本年度新参评：${b.entered.length ? b.entered.map(esc).join('、') : '无'}；上年度参评、本年度未参评：${b.absent.length ? b.absent.map(esc).join('、') : '无'}。`);
  }
  out.push('', en ? `Grades: ${esc(b.excellentRule.text.en)}; failed = non-compliant under the rule set (pass mark ${fmt(b.passMark)}).`
    : `等次说明：${esc(b.excellentRule.text.zh)}；不达标按规则集认定（及格线${fmt(b.passMark)}分）。`, '');

  out.push(`${h2} ${en ? '2. Results by category' : '二、分类考评结果'}`, '');
  for (const cat of b.categories) {
    const k = cat.counts;
    out.push(`**${en ? `${cat.category} (${cat.category_zh})` : cat.category_zh}**${en
      ? ` — ${k.parks} parks: ${k.excellent} excellent, ${k.passed} passed, ${k.failed} failed`
      : `：${k.parks}个，优秀${k.excellent}个，达标${k.passed}个，不达标${k.failed}个`}`, '');
    out.push(en ? '| Rank | Park | City | Score | Grade | Yellow card | Status at start | Status at end |'
      : '| 排名 | 园区 | 所在市 | 得分 | 等次 | 黄牌 | 年初状态 | 年末状态 |');
    out.push('|---:|---|---|---:|---|---|---|---|');
    for (const p of cat.parks) {
      const rank = `${p.categoryRank}${p.tiedWith.length ? (en ? ' (tie)' : '（并列同分）') : ''}`;
      out.push(`| ${rank} | ${esc(p.park_name)} | ${esc(p.host_city)} | ${fmt(p.score)} | ${en ? PARK_GRADE_EN[p.grade] : p.grade} | ${p.yellowCard ? (en ? 'yes' : '是') : ''} | ${esc(en ? p.statusBefore_en : p.statusBefore_zh)} | ${esc(en ? p.statusAfter_en : p.statusAfter_zh)} |`);
    }
    out.push('');
  }
  const list = (title: string, entries: BulletinEntry[], withStatus: boolean) => {
    out.push(`${h2} ${title}`, '');
    if (entries.length === 0) out.push(en ? 'None.' : '无。');
    for (const e of entries) {
      out.push(en
        ? `- ${esc(e.park_name)} (${esc(e.host_city)}, score ${fmt(e.score)})${withStatus ? `: ${esc(e.statusBefore_en)} → ${esc(e.statusAfter_en)}` : ''} — ${esc(e.clause.en)}`
        : `- ${esc(e.park_name)}（${esc(e.host_city)}，${fmt(e.score)}分）${withStatus ? `：${esc(e.statusBefore_zh)} → ${esc(e.statusAfter_zh)}` : ''}——${esc(e.clause.zh)}`);
    }
    out.push('');
  };
  list(en ? '3. Commended (excellent)' : '三、通报表彰（优秀）', b.commended, false);
  list(en ? '4. Yellow cards' : '四、黄牌警告', b.warned, false);
  list(en ? '5. Demoted and disqualified' : '五、降级和取消资格', [...b.demoted, ...b.disqualified], true);
  if (b.rewards) {
    const r = b.rewards;
    out.push(`${h2} ${en ? '6. Reward fund' : '六、奖励资金分配'}`, '');
    out.push(en ? `${esc(r.basis.en)}. Fund: ${fmt(r.fund)}.` : `${esc(r.basis.zh)}。资金总额：${fmt(r.fund)}。`, '');
    out.push(en ? '| City | Output moved out (亿元) | Amount | Share | Note |' : '| 城市 | 转出产值（亿元） | 奖励金额 | 占比 | 说明 |');
    out.push('|---|---:|---:|---:|---|');
    for (const a of r.allocations) {
      const note = a.reason.split(' / ');
      out.push(`| ${esc(a.city)} | ${fmt(a.outputMoved)} | ${fmt(a.amount)} | ${(a.share * 100).toFixed(1)}% | ${esc((en ? note[1] : note[0]) ?? a.reason)} |`);
    }
    out.push('');
  }
  out.push(en ? `Basis: ${esc(b.ruleSet.name.en)} (rule set ${esc(b.ruleSet.id)}).` : `考评依据：${esc(b.ruleSet.name.zh)}（规则集 ${esc(b.ruleSet.id)}）。`, '');
  return out.join('\n');
}
