import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meizhouScoreSheets2016 } from '../../src/parks/meizhou.js';
import { scoreParks } from '../../src/parks/scoring.js';
import { loadMeizhouScores2016 } from '../../src/data/facts.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';

let seen: DataWarning[] = [];
let previous: ReturnType<typeof setWarningHandler>;
beforeEach(() => { seen = []; previous = setWarningHandler((w) => seen.push(w)); });
afterEach(() => { setWarningHandler(previous); });

describe('meizhouScoreSheets2016', () => {
  it('builds one self and one review sheet for each of the 4 parks, keyed by rubric ids', () => {
    const m = meizhouScoreSheets2016();
    expect(m.parks).toHaveLength(4);
    expect(m.self.map((s) => s.parkId)).toEqual(m.parks);
    const gm = m.self[0]!;
    expect(gm).toEqual({ parkId: '广梅产业园', year: 2016, reportedTotal: 71.2,
      components: { fixedAssetInvestment: 1, valueAddedGrowth: 20, taxGrowth: 20, environment: 11.2, landUse: 14, transfer: 5 } });
    expect(m.review[0]!.components.fixedAssetInvestment).toBe(0.5);
    expect(m.review[0]!.reportedTotal).toBe(67);
  });
  it('flags 梅江区东升: self total 88 reported vs 81.5 summed; reviews consistent', () => {
    const m = meizhouScoreSheets2016();
    const self = scoreParks(m.self, m.rubric);
    const ds = self.find((s) => s.parkId.startsWith('梅江区东升'))!;
    expect([ds.reportedTotal, ds.score, ds.difference, ds.consistent]).toEqual([88, 81.5, 6.5, false]);
    expect(self.filter((s) => s.consistent === false)).toHaveLength(1);
    expect(scoreParks(m.review, m.rubric).every((s) => s.consistent === true)).toBe(true);
    expect(seen.map((w) => w.code)).toEqual(['score-sheet-total-mismatch']);
  });
  it('covers every row of the source table (6 items + total per park)', () => {
    const m = meizhouScoreSheets2016();
    expect(loadMeizhouScores2016()).toHaveLength(m.parks.length * (m.rubric.components.length + 1));
  });
});
