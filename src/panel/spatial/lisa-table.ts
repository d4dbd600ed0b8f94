/**
 * LISA cluster table of the cities for one year.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { TableInput } from '../../data/table-input.js';
import { localMoran } from '../../measures/spatial/local-moran.js';
import type { LisaQuadrant, SpatialWeights } from '../../measures/spatial/types.js';
import { relevantFlags, warnColumnFlags } from '../access.js';
import { requireYears, spatialPanel } from './access.js';

/** Options of {@link lisaTable}. */
export interface LisaTableOptions {
  year: number;
  /** Default `'gdp_per_capita'`. */
  variable?: string;
  weights: SpatialWeights;
  /** Conditional permutations (default 9999). */
  permutations?: number;
  /** Seed (default 12345). */
  seed?: number;
  /** Significance level for the cluster class (default 0.05). */
  alpha?: number;
}

/** LISA cluster class: a quadrant when significant, else 'ns'. */
export type LisaCluster = LisaQuadrant | 'ns';

/** One city of {@link lisaTable}. */
export interface LisaRow {
  city_code: string;
  city_zh: string;
  value: number;
  /** Local Moran I_i (esda scaling). */
  Ii: number;
  /** Moran-scatter quadrant, significant or not. */
  quadrant: LisaQuadrant;
  p_sim: number;
  z_sim: number;
  /** p_sim ≤ alpha. */
  significant: boolean;
  /** The quadrant when significant, 'ns' otherwise (the class of the LISA cluster map). */
  cluster: LisaCluster;
  flags: string;
}

/**
 * Local Moran's I of each city in one year with its quadrant and cluster class (HH, LL, HL, LH when
 * p_sim ≤ alpha, else 'ns'), ready for the LISA cluster map. Conditional permutation with a fixed
 * seed, so the table repeats exactly. With 21 cities the conditional permutation p cannot go below
 * 1/(P + 1) and a few cities drive each test: read clusters as descriptive.
 *
 * @throws DataError for missing columns, a year not in the table, or a city without a value that year.
 * @example
 * ```ts
 * lisaTable(panel, { year: 2019, weights: w }).filter((r) => r.cluster === 'LL')
 * ```
 */
export function lisaTable(table: TableInput, options: LisaTableOptions): LisaRow[] {
  const fn = 'lisaTable';
  const variable = options.variable ?? 'gdp_per_capita';
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new DataError('invalid', `alpha must be in (0, 1), got ${String(alpha)}`, { file: fn });
  const panel = spatialPanel(table, fn, variable, options.weights);
  requireYears(fn, [options.year], panel.years);
  const s = panel.slice(options.year);
  const missing = s.values.map((v, i) => (v === null ? s.names[i]! : '')).filter(Boolean);
  if (missing.length) {
    throw new DataError('invalid', `${variable} is missing in ${options.year} for ${missing.join(', ')}; a LISA needs every city`, { file: fn, column: variable });
  }
  warnColumnFlags(fn, variable, [options.year], s.flags);
  const lm = localMoran(s.values as number[], options.weights, { permutations: options.permutations ?? 9999, seed: options.seed ?? 12345 });
  return lm.map((r, i) => {
    const significant = r.pSim <= alpha && !r.island;
    return {
      city_code: r.id,
      city_zh: s.names[i]!,
      value: s.values[i]!,
      Ii: r.Ii,
      quadrant: r.quadrant,
      p_sim: r.pSim,
      z_sim: r.zSim,
      significant,
      cluster: significant ? r.quadrant : 'ns',
      flags: relevantFlags([s.flags[i]!], [variable]),
    };
  });
}
