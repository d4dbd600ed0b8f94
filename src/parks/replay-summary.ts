/**
 * `replaySummaryZh`: the replay of the 2015–2016 park evaluations ({@link replayParkEvents}) in
 * one Chinese paragraph, every number taken from the replay.
 * @module
 */
import type { ParkCountCheck, ParkReplay } from './replay.js';

// The number of categories the failed parks must spread over (each split lists parks per category).
const splitText = (c: ParkCountCheck): string => [...new Set(c.categorySplits.map((s) => s.length))].sort((a, b) => a - b)
  .map((k) => (k === 1 ? '同属一类' : `恰好分布在 ${k} 个类别`)).join('或');

/**
 * The replay in words: who could have been disqualified in 2016 and why, which 2015 yellow-card
 * park is ruled out, and under which readings of "the lowest-ranked non-compliant parks" the
 * published 2015 counts fit (and whether the 2016 count fits the candidates).
 * @example
 * ```ts
 * replaySummaryZh(replayParkEvents()) // '按 gd-2014 规则，园区连续 2 年黄牌才被取消资格，…'
 * ```
 */
export function replaySummaryZh(replay: ParkReplay): string {
  const ruledOut = replay.candidates2016.filter((c) => !c.possible).map((c) => c.park);
  const remain = replay.candidates2016.filter((c) => c.possible).map((c) => c.park);
  const checks2015 = replay.countChecks.filter((c) => c.year === 2015 && c.yellowCards !== null);
  const reading = (c: ParkCountCheck) => (c.reading === 'rule-set' ? `按规则原文（每类不达标园区中排名最后 ${replay.readings.find((r) => r.id === c.reading)?.bottomCount ?? ''} 名给黄牌）` : '若理解为每类最后 1 名');
  const counts = checks2015.map((c) => `${reading(c)}，${c.consistent ? `须 ${c.failed} 个不达标园区${splitText(c)}` : '不可能'}`).join('；');
  const first = checks2015[0];
  const d16 = replay.disqualified2016;
  return `按 ${replay.ruleSet} 规则，园区连续 ${replay.revokeAfterYellowCards} 年黄牌才被取消资格，所以2016年被取消资格的园区必定在2015年已获黄牌，`
    + `只能是2015年的 ${replay.yellowCards2015.length} 个黄牌园区之一（${replay.yellowCards2015.join('、')}${replay.yellowCardsAmongBelowStandard ? '，均在2015年不达标名单中' : ''}）。`
    + (ruledOut.length ? `${ruledOut.join('、')}2016年被评为考核优秀，可以排除；` : '')
    + (remain.length ? `被取消资格的只能是${remain.join('或')}（公开资料未列名称）。` : '没有园区可能被取消资格。')
    + (first ? `公布的计数只在特定理解下相容：2015年 ${first.failed} 个不达标园区给出 ${first.yellowCards} 个黄牌，${counts}。` : '')
    + (d16 === null ? '' : `2016年 1 个取消资格${replay.disqualificationConsistent ? '与规则相容（不超过可能的候选数）' : '与规则不相容'}。`.replace('1 个', `${d16} 个`))
    + '这是真实数据的部分复盘，不是完整的考核结果。';
}
