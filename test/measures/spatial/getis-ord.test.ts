import { describe, expect, it } from 'vitest';
import { getisOrdG } from '../../../src/measures/spatial/getis-ord-g.js';
import { localG } from '../../../src/measures/spatial/local-g.js';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';

// esda test_getisord: POINTS (10,10) (20,10) (40,10) (15,20) (30,20) (30,30), DistanceBand threshold 15
// (Euclidean, distance ≤ 15), written here as the neighbour list it gives.
const POINTS = [[10, 10], [20, 10], [40, 10], [15, 20], [30, 20], [30, 30]] as const;
const nb = POINTS.map((p, i) => POINTS.map((q, j) => (i !== j && Math.hypot(p[0] - q[0], p[1] - q[1]) <= 15 ? j : -1)).filter((j) => j >= 0));
const y = [2, 3, 3.2, 5, 8, 7];

describe('getisOrdG', () => {
  it("matches esda's test_getisord (binary distance-band weights)", () => {
    expect(nb).toEqual([[1, 3], [0, 3, 4], [4], [0, 1, 4], [1, 2, 3, 5], [4]]);
    const g = getisOrdG(y, weightsFromNeighbors(nb, { transform: 'B' }), { permutations: 0 });
    expect(g.G).toBeCloseTo(0.55709779, 8);
    expect(g.p).toBeCloseTo(0.172936, 6);
    expect(g.expected).toBeCloseTo(14 / 30, 15);
  });

  it('permutations are reproducible and refuse negative values', () => {
    const w = weightsFromNeighbors(nb, { transform: 'B' });
    expect(getisOrdG(y, w, { permutations: 99, seed: 5 })).toEqual(getisOrdG(y, w, { permutations: 99, seed: 5 }));
    expect(() => getisOrdG([-1, 3, 3.2, 5, 8, 7], w)).toThrow(expect.objectContaining({ code: 'out-of-domain', index: 0 }));
  });
});

describe('localG', () => {
  const w = weightsFromNeighbors(nb, { transform: 'B' });
  const z = (o: Parameters<typeof localG>[2]): number[] => localG(y, w, o).map((r) => r.z);
  const close = (a: number[], b: number[]): void => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 7));

  it("matches esda's G_Local docstring z-scores for Gi and Gi*, binary and row-standardised", () => {
    close(z({ transform: 'B' }), [-1.0136729, -0.04361589, 1.31558703, -0.31412676, 1.15373986, 1.77833941]);
    close(z({ transform: 'B', star: true }), [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331]);
    close(z({ transform: 'R' }), [-0.62074534, -0.01780611, 1.31558703, -0.12824171, 0.28843496, 1.77833941]);
    close(z({ transform: 'R', star: true }), [-0.62488094, -0.09144599, 0.41150696, -0.09144599, 0.24690418, 1.28024388]);
  });

  it('p is the one-sided normal tail of |z| and islands are not tested', () => {
    const rows = localG(y, w, { transform: 'B' });
    expect(rows[0]!.p).toBeCloseTo(0.155369, 5); // scipy norm.sf(1.0136729) = 0.1553694…
    const wi = weightsFromNeighbors([[1], [0, 2], [1], []], { transform: 'B' });
    expect(localG([1, 2, 3, 4], wi)[3]).toMatchObject({ island: true, z: 0, p: 1 });
  });
});
