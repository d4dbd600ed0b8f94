/**
 * Geometry helpers of the spatial weights (internal): feature ids, rings, great-circle distance.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import type { LonLat, PolygonFeatureLike } from './types.js';

/** Earth radius used by libpysal (`libpysal.cg.sphere.RADIUS_EARTH_KM`), km. */
export const EARTH_RADIUS_KM = 6371.0;

/** Great-circle distance (haversine) between two [lon, lat] points in degrees, in km on a 6371 km sphere. */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Check [lon, lat] points. */
export function requirePoints(measure: string, points: readonly LonLat[]): void {
  if (!Array.isArray(points) || points.length === 0) throw new MeasureError('empty', measure, 'needs at least one point', { argument: 'points' });
  points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new MeasureError('not-finite', measure, `point ${i} is not a finite [lon, lat] pair`, { argument: 'points', index: i });
    }
    if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) {
      throw new MeasureError('out-of-domain', measure, `point ${i} [${p[0]}, ${p[1]}] is not a longitude/latitude in degrees`, { argument: 'points', index: i });
    }
  });
}

/** Unit ids: `ids` given, or "0", "1", …; checked for length and uniqueness. */
export function pointIds(measure: string, n: number, ids: readonly (string | number)[] | undefined): string[] {
  const out = ids ? ids.map(String) : Array.from({ length: n }, (_, i) => String(i));
  if (out.length !== n) throw new MeasureError('length-mismatch', measure, `${out.length} ids for ${n} points`, { argument: 'ids' });
  const seen = new Set<string>();
  out.forEach((id, i) => {
    if (seen.has(id)) throw new MeasureError('out-of-domain', measure, `id "${id}" appears twice`, { argument: 'ids', index: i });
    seen.add(id);
  });
  return out;
}

/** The id of each feature: `properties[idField]`, or the feature's own `id` when idField is "id" and no such property. */
export function featureIds(measure: string, features: readonly PolygonFeatureLike[], idField: string): string[] {
  if (!Array.isArray(features) || features.length === 0) throw new MeasureError('empty', measure, 'needs at least one feature', { argument: 'features' });
  const seen = new Set<string>();
  return features.map((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const raw = props[idField] ?? (idField === 'id' ? f.id : undefined);
    if (raw === undefined || raw === null || raw === '') {
      throw new MeasureError('out-of-domain', measure, `feature ${i} has no "${idField}"`, { argument: 'idField', index: i });
    }
    const id = String(raw);
    if (seen.has(id)) throw new MeasureError('out-of-domain', measure, `id "${id}" appears in two features`, { argument: 'features', index: i });
    seen.add(id);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new MeasureError('out-of-domain', measure, `feature "${id}" is not a Polygon or MultiPolygon`, { argument: 'features', index: i });
    }
    return id;
  });
}

/** Polygons of a feature as arrays of rings. */
export function polygonsOf(f: PolygonFeatureLike): readonly (readonly (readonly LonLat[])[])[] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}
