/**
 * Types shared by the spatial measures (weights, statistics, distribution dynamics).
 * @module
 */

/**
 * How the link weights of a {@link SpatialWeights} are scaled, as libpysal's `W.transform`:
 * - `'B'` binary: every link weighs 1;
 * - `'R'` row-standardised: w_ij = v_ij / Σ_j v_ij, so each non-island row sums to 1 (the default);
 * - `'O'` original: the per-link weights as given (e.g. inverse distances).
 */
export type WeightsTransform = 'B' | 'R' | 'O';

/**
 * A spatial weights matrix W stored as neighbour lists (the GAL form), n × n, zero diagonal.
 * Built by `weightsFromNeighbors`, `contiguityWeights`, `knnWeights`, `distanceBandWeights`;
 * immutable (frozen). Row i lists the neighbours j of unit i and the weight w_ij.
 */
export interface SpatialWeights {
  /** Number of units. */
  readonly n: number;
  /** Unit ids in the order of the rows (and of every value vector passed with these weights). */
  readonly ids: readonly string[];
  /** Scaling applied to the link weights. */
  readonly transform: WeightsTransform;
  /** neighbors[i]: 0-based indices of the neighbours of unit i, ascending. */
  readonly neighbors: readonly (readonly number[])[];
  /** weights[i][k]: the (transformed) weight of the link i → neighbors[i][k]. */
  readonly weights: readonly (readonly number[])[];
  /** The per-link weights before any transform (1 for a plain neighbour list). */
  readonly original: readonly (readonly number[])[];
  /** Ids of the units with no neighbour (their row of W is zero; their spatial lag is 0). */
  readonly islands: readonly string[];
  /** Number of neighbours of each unit. */
  readonly cardinalities: readonly number[];
  /** S0 = Σ_i Σ_j w_ij. */
  readonly s0: number;
  /** S1 = ½ Σ_i Σ_j (w_ij + w_ji)². */
  readonly s1: number;
  /** S2 = Σ_i (Σ_j w_ij + Σ_j w_ji)². */
  readonly s2: number;
  /** True when w_ij = w_ji for every pair (with the transformed weights). */
  readonly symmetric: boolean;
}

/** LISA quadrant of a unit (own value vs spatial lag, both as deviations from the mean). */
export type LisaQuadrant = 'HH' | 'LH' | 'LL' | 'HL';

/** Options of the permutation-based statistics. */
export interface PermutationOptions {
  /** Number of random permutations (0 = analytic inference only). Default 999, as esda. */
  permutations?: number;
  /** Seed of the generator (an unsigned 32-bit integer). Default 12345. Same seed, same result. */
  seed?: number;
}

/** A longitude/latitude pair in degrees (WGS-84-like), as in GeoJSON. */
export type LonLat = readonly number[];

/** GeoJSON Polygon geometry (rings of [lon, lat] positions; first ring exterior, the rest holes). */
export interface PolygonLike {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly LonLat[])[];
}

/** GeoJSON MultiPolygon geometry. */
export interface MultiPolygonLike {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly LonLat[])[])[];
}

/** A GeoJSON feature with a polygonal geometry (e.g. the bundled city boundaries). */
export interface PolygonFeatureLike {
  readonly id?: string | number | undefined;
  readonly properties?: object | null | undefined;
  readonly geometry: PolygonLike | MultiPolygonLike;
}
