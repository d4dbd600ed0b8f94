import { describe, expect, it } from 'vitest';
import { gearyC } from '../../../src/measures/spatial/geary-c.js';
import { weightsFromNeighbors } from '../../../src/measures/spatial/weights-from-neighbors.js';
import { readGal, readGeoDaTxt } from './fixtures.js';

describe('gearyC', () => {
  const w = weightsFromNeighbors(readGal('book.gal'));
  const y = readGeoDaTxt('book.txt').y!;

  it("matches esda's test_geary on the book lattice (book.gal, row-standardised)", () => {
    const c = gearyC(y, w, { permutations: 0 });
    expect(c.C).toBeCloseTo(0.33301083591331254, 12);
    expect(c.expected).toBe(1);
    expect(c.varianceNormal).toBeCloseTo(0.031805300245097874, 12);
    expect(c.zNormal).toBeCloseTo(-3.7399778367629564, 10);
    expect(c.pNormal / 9.2018240680169505e-5).toBeCloseTo(1, 8);
    expect(c.varianceRandomization).toBeCloseTo(0.033411917666958356, 12);
    expect(c.zRandomization).toBeCloseTo(-3.6489513837253944, 10);
    expect(c.pRandomization / 0.00013165646189214729).toBeCloseTo(1, 8);
  });

  it('permutations: reproducible, centred near 1 (esda: EC_sim 0.998, p_sim 0.001 with 999)', () => {
    const a = gearyC(y, w, { permutations: 999, seed: 3 });
    expect(gearyC(y, w, { permutations: 999, seed: 3 })).toEqual(a);
    expect(a.expectedSim!).toBeCloseTo(1, 1);
    expect(a.pSim!).toBeLessThanOrEqual(0.003);
    expect(a.zSim!).toBeLessThan(-3);
  });

  it('refuses bad input', () => {
    expect(() => gearyC(y.slice(1), w)).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => gearyC(y.map(() => 2), w)).toThrow(expect.objectContaining({ code: 'degenerate' }));
  });
});
