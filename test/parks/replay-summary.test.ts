import { describe, expect, it } from 'vitest';
import { replayParkEvents } from '../../src/parks/replay.js';
import { replaySummaryZh } from '../../src/parks/replay-summary.js';

describe('replaySummaryZh — the bundled 2015–2016 facts through gd-2014', () => {
  it('names the candidates, the park ruled out and the readings under which the counts fit', () => {
    expect(replaySummaryZh(replayParkEvents())).toBe(
      '按 gd-2014 规则，园区连续 2 年黄牌才被取消资格，所以2016年被取消资格的园区必定在2015年已获黄牌，只能是2015年的 3 个黄牌园区之一（惠州产业园、乐昌产业园、徐闻产业园，均在2015年不达标名单中）。'
      + '惠州产业园2016年被评为考核优秀，可以排除；被取消资格的只能是乐昌产业园或徐闻产业园（公开资料未列名称）。'
      + '公布的计数只在特定理解下相容：2015年 9 个不达标园区给出 3 个黄牌，按规则原文（每类不达标园区中排名最后 3 名给黄牌），须 9 个不达标园区同属一类；'
      + '若理解为每类最后 1 名，须 9 个不达标园区恰好分布在 3 个类别。'
      + '2016年 1 个取消资格与规则相容（不超过可能的候选数）。这是真实数据的部分复盘，不是完整的考核结果。');
  });
});
