import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubric, scoreParks, type ScoreSheet } from '../../src/parks/scoring.js';
import { loadMeizhouScores2016 } from '../../src/data/index.js';
import { setWarningHandler } from '../../src/core/warnings.js';
import type { DataWarning } from '../../src/core/warnings.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/parks-meizhou-2016.json', import.meta.url), 'utf8')) as {
  parks: { park: string; self: number[]; selfTotal: number; reviewed: number[]; reviewedTotal: number }[];
};
const ids = loadRubric('meizhou-2016').components.map((c) => c.id);
const sheet = (park: string, points: number[], total: number): ScoreSheet =>
  Object.freeze({ parkId: park, year: 2016, components: Object.freeze(Object.fromEntries(ids.map((id, j) => [id, points[j]!]))), reportedTotal: total });

let seen: DataWarning[] = [];
let restore: ReturnType<typeof setWarningHandler>;
beforeAll(() => { restore = setWarningHandler((w) => { seen.push(w); }); });
afterAll(() => { setWarningHandler(restore); });

describe('scoreParks with the Meizhou 2016 rubric', () => {
  it('flags the published 梅江区东升 self-score: 88 reported vs 81.5 from its components', () => {
    seen = [];
    const s = scoreParks(fixture.parks.map((p) => sheet(p.park, p.self, p.selfTotal)), 'meizhou-2016');
    expect(s.map((x) => [x.parkId, x.score, x.consistent])).toEqual([['广梅', 71.2, true], ['梅江区东升', 81.5, false], ['兴宁', 95, true], ['平远', 100, true]]);
    expect(s[1]!.difference).toBe(6.5);
    expect(seen.map((w) => [w.code, w.row])).toEqual([['score-sheet-total-mismatch', 2]]);
  });

  it('the reviewed scores all add up', () => {
    const s = scoreParks(fixture.parks.map((p) => sheet(p.park, p.reviewed, p.reviewedTotal)), 'meizhou-2016');
    expect(s.map((x) => x.score)).toEqual([67, 75, 74, 97.5]);
    expect(s.every((x) => x.consistent)).toBe(true);
  });

  it('agrees with the bundled score table (data/facts, source S17)', () => {
    const rows = loadMeizhouScores2016();
    const parks = [...new Set(rows.map((r) => r.park))];
    const labels = loadRubric('meizhou-2016').components.map((c) => c.label.zh);
    const sheets = parks.map((p) => ({
      parkId: p, year: 2016,
      components: Object.fromEntries(labels.map((l, j) => [ids[j]!, rows.find((r) => r.park === p && r.indicator === l)!.self_score])),
      reportedTotal: rows.find((r) => r.park === p && r.indicator === '总得分')!.self_score,
    }));
    expect(scoreParks(sheets, 'meizhou-2016').filter((x) => x.consistent === false).map((x) => x.parkId)).toEqual(['梅江区东升产业园']);
  });

  it('refuses a component above its maximum, a missing one and an unknown one', () => {
    const ok = sheet('X', [25, 20, 20, 15, 15, 5], 100);
    expect(() => scoreParks([{ ...ok, components: { ...ok.components, transfer: 6 } }], 'meizhou-2016')).toThrowError(/above its maximum 5/);
    const { transfer: _t, ...missing } = ok.components;
    expect(() => scoreParks([{ ...ok, components: missing }], 'meizhou-2016')).toThrowError(/"transfer".*missing/);
    expect(() => scoreParks([{ ...ok, components: { ...ok.components, luck: 1 } }], 'meizhou-2016')).toThrowError(/unknown component "luck"/);
    expect(() => scoreParks([ok, ok], 'meizhou-2016')).toThrowError(/two sheets/);
  });
});
