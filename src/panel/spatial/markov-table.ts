/**
 * Markov transition matrix of the cities' relative classes.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { DataWarning } from '../../core/warnings.js';
import type { TableInput } from '../../data/table-input.js';
import { markovChain } from '../../measures/spatial/markov-chain.js';
import { quantileBreaks } from '../../measures/spatial/quantile-breaks.js';
import { quantileClasses } from '../../measures/spatial/quantile-classes.js';
import { shorrocksMobility } from '../../measures/spatial/shorrocks-mobility.js';
import type { SpatialWeights } from '../../measures/spatial/types.js';
import { warnColumnFlags } from '../access.js';
import { requireYears, spatialPanel } from './access.js';

/** Options of {@link markovTable}. */
export interface MarkovTableOptions {
  /** First and last year (every year between is used). */
  from: number;
  to: number;
  /** Number of classes (default 4). */
  k?: number;
  /** Default `'gdp_per_capita'`. */
  variable?: string;
  /** Units (the table's cities), e.g. `guangdongWeights(...)`; only its ids and order are used. */
  weights: SpatialWeights;
  /**
   * 'pooled' (default): classes of relative values (value / that year's unweighted mean of the
   * cities) with quantile cut-offs pooled over all years, as giddy `Spatial_Markov(fixed=True)`;
   * 'per-year': quantile classes of each year's cross-section (rank classes, as giddy's `Markov` examples).
   */
  classes?: 'pooled' | 'per-year';
}

/** A city whose class changed by two or more between `from` and `to`, or in one year. */
export interface ClassMove {
  city_code: string;
  city_zh: string;
  from_year: number;
  to_year: number;
  from_class: number;
  to_class: number;
  /** to_class − from_class (positive = up). */
  change: number;
}

/** Result of {@link markovTable}. */
export interface MarkovTable {
  k: number;
  classes: 'pooled' | 'per-year';
  years: number[];
  /** Pooled cut-offs of relative values (upper bounds of classes 0…k−2); empty for 'per-year'. */
  cutoffs: number[];
  /** Class of each city (rows in weights order) in each year (0 = lowest). */
  cityClasses: { city_code: string; city_zh: string; classes: number[] }[];
  counts: number[][];
  probabilities: number[][];
  /** Steady state, or null (reducible chain; see warnings). */
  steadyState: number[] | null;
  /** Shorrocks' mobility index of the matrix. */
  shorrocks: number;
  /** Cities whose class differs by ≥ 2 between the first and the last year. */
  moversFirstToLast: ClassMove[];
  /** Single-year transitions of ≥ 2 classes. */
  jumps: ClassMove[];
  warnings: DataWarning[];
}

/**
 * Markov chain of the cities' classes of a per-capita variable from `from` to `to`: the
 * transition counts and probabilities, steady state, Shorrocks mobility, and the cities that moved
 * two classes or more (between the end years, and within one year). Every city needs a value in
 * every year (a gap is refused: classes would not be comparable). Spans crossing a known series
 * break of the variable (per-capita GDP: 2001/2002 basis, 2019/2020 census) are warned about, as
 * disparityTable; keep the span inside 2002–2019 for per-capita GDP.
 *
 * @throws DataError for missing columns, years not in the table, from ≥ to, k < 2, or a missing value.
 * @example
 * ```ts
 * markovTable(panel, { from: 2005, to: 2019, k: 4, weights: w }).steadyState
 * ```
 */
export function markovTable(table: TableInput, options: MarkovTableOptions): MarkovTable {
  const fn = 'markovTable';
  const variable = options.variable ?? 'gdp_per_capita';
  const k = options.k ?? 4;
  const mode = options.classes ?? 'pooled';
  if (!Number.isInteger(k) || k < 2) throw new DataError('invalid', `k must be an integer ≥ 2, got ${String(k)}`, { file: fn });
  if (!(options.to > options.from)) throw new DataError('out-of-range', `to (${options.to}) must be after from (${options.from})`, { file: fn, column: 'year' });
  const panel = spatialPanel(table, fn, variable, options.weights);
  const years = Array.from({ length: options.to - options.from + 1 }, (_, i) => options.from + i);
  requireYears(fn, years, panel.years);
  const slices = years.map((y) => panel.slice(y));
  const names = slices[0]!.names;
  slices.forEach((s, t) => {
    const missing = s.values.map((v, i) => (v === null ? s.names[i]! : '')).filter(Boolean);
    if (missing.length) throw new DataError('invalid', `${variable} is missing in ${years[t]} for ${missing.join(', ')}; every city needs a value every year`, { file: fn, column: variable });
  });
  const warnings = warnColumnFlags(fn, variable, years, slices.flatMap((s) => s.flags));
  const n = options.weights.n;
  let cutoffs: number[] = [];
  let byYear: number[][];
  if (mode === 'per-year') {
    byYear = slices.map((s) => quantileClasses(s.values as number[], k));
  } else {
    const rel = slices.map((s) => {
      const v = s.values as number[];
      const mean = v.reduce((a, b) => a + b, 0) / v.length;
      return v.map((x) => x / mean);
    });
    const bins = quantileBreaks(rel.flat(), k);
    cutoffs = bins.slice(0, -1);
    byYear = rel.map((r) => r.map((x) => {
      let c = 0;
      while (c < bins.length - 1 && x > bins[c]!) c++;
      return c;
    }));
  }
  const seqs = Array.from({ length: n }, (_, i) => byYear.map((c) => c[i]!));
  const chain = markovChain(seqs, { k });
  const ids = options.weights.ids;
  const move = (i: number, a: number, b: number): ClassMove => ({
    city_code: ids[i]!, city_zh: names[i]!, from_year: years[a]!, to_year: years[b]!, from_class: seqs[i]![a]!, to_class: seqs[i]![b]!, change: seqs[i]![b]! - seqs[i]![a]!,
  });
  const last = years.length - 1;
  const moversFirstToLast = seqs.map((_, i) => move(i, 0, last)).filter((m) => Math.abs(m.change) >= 2);
  const jumps: ClassMove[] = [];
  seqs.forEach((s, i) => s.forEach((_, t) => { if (t < last && Math.abs(s[t + 1]! - s[t]!) >= 2) jumps.push(move(i, t, t + 1)); }));
  return {
    k,
    classes: mode,
    years,
    cutoffs,
    cityClasses: seqs.map((c, i) => ({ city_code: ids[i]!, city_zh: names[i]!, classes: c })),
    counts: chain.counts,
    probabilities: chain.probabilities,
    steadyState: chain.steadyState,
    shorrocks: shorrocksMobility(chain.probabilities.map((r, i) => (r.every((p) => p === 0) ? r.map((_, j) => (j === i ? 1 : 0)) : r))),
    moversFirstToLast,
    jumps,
    warnings: [...warnings, ...chain.warnings],
  };
}
