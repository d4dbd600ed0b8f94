import { describe, expect, it } from 'vitest';
import { spatialGini } from '../../../src/measures/spatial/spatial-gini.js';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';
import { gini } from '../../../src/measures/inequality/gini.js';
import { readCsv } from './fixtures.js';

describe('spatialGini', () => {
  it("matches inequality's test_gini on Mexican states 1940 with hanson98 regime (block) weights", () => {
    const { header, rows } = readCsv('mexico.csv');
    const y = rows.map((r) => Number(r[header.indexOf('pcgdp1940')]));
    const regime = rows.map((r) => r[header.indexOf('hanson98')]!);
    const nb = regime.map((g, i) => regime.map((h, j) => (j !== i && h === g ? j : -1)).filter((j) => j >= 0));
    const r = spatialGini(y, weightsFromNeighbors(nb));
    expect(r.gini).toBeCloseTo(0.35372371173452849, 12);
    expect(r.wg).toBeCloseTo(884130.0, 6);
    expect(r.wcg).toBeCloseTo(4353856.0, 6);
    expect(r.gini).toBeCloseTo(gini(y), 12);
  });

  it('splits the pairwise differences between neighbours and the rest', () => {
    const r = spatialGini([1, 2, 3, 4], weightsFromNeighbors([[1], [0, 2], [1, 3], [2]]));
    expect(r).toEqual({ gini: 0.25, wg: 6, wcg: 14, neighborShare: 0.3 });
    expect(() => spatialGini([0, 0], weightsFromNeighbors([[1], [0]]))).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});
