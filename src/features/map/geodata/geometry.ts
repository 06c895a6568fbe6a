/**
 * Plain planar geometry on longitude/latitude pairs, enough for a province map: which polygon
 * a point falls in, and bounding boxes. Shapes follow GeoJSON (positions are [lon, lat]); the
 * types are structural, so GeoJSON objects from any library fit.
 */

/** [longitude, latitude]; extra members (altitude) are ignored. */
export type Position = readonly number[];
/** A closed ring: the first position is repeated at the end. */
export type Ring = readonly Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  /** Exterior ring, then holes. */
  coordinates: readonly Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly (readonly Ring[])[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface AreaFeature<P = unknown> {
  type: 'Feature';
  id?: string | number;
  geometry: AreaGeometry | null;
  properties: P;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/**
 * Whether the point is inside the ring (even–odd rule; the ring's orientation does not matter).
 * A point exactly on an edge may fall either way.
 */
export function pointInRing(point: Position, ring: Ring): boolean {
  const x = point[0]!;
  const y = point[1]!;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the exterior ring and in none of the holes. */
export function pointInPolygon(point: Position, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

export function polygonsOf(geometry: AreaGeometry): readonly (readonly Ring[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function pointInGeometry(point: Position, geometry: AreaGeometry | null): boolean {
  if (!geometry) return false;
  return polygonsOf(geometry).some((rings) => pointInPolygon(point, rings));
}

/** Whether a [lon, lat] point lies in a Polygon or MultiPolygon feature (false for no geometry). */
export function pointInFeature(point: Position, feature: AreaFeature): boolean {
  return pointInGeometry(point, feature.geometry);
}

/** The features containing the point, in order (usually none or one). */
export function featuresAt<F extends AreaFeature>(point: Position, features: readonly F[]): F[] {
  return features.filter((f) => pointInFeature(point, f));
}

/** Bounding box of the exterior rings, or null for no geometry. */
export function geometryBbox(geometry: AreaGeometry | null): BBox | null {
  if (!geometry) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(geometry)) {
    for (const p of rings[0] ?? []) {
      box[0] = Math.min(box[0], p[0]!);
      box[1] = Math.min(box[1], p[1]!);
      box[2] = Math.max(box[2], p[0]!);
      box[3] = Math.max(box[3], p[1]!);
    }
  }
  return box[0] <= box[2] ? box : null;
}

export function featureBbox(feature: AreaFeature): BBox | null {
  return geometryBbox(feature.geometry);
}

/** The smallest box holding all the given boxes (null when there are none). */
export function unionBbox(boxes: readonly (BBox | null)[]): BBox | null {
  const present = boxes.filter((b): b is BBox => b !== null);
  if (present.length === 0) return null;
  return [
    Math.min(...present.map((b) => b[0])),
    Math.min(...present.map((b) => b[1])),
    Math.max(...present.map((b) => b[2])),
    Math.max(...present.map((b) => b[3])),
  ];
}

export function bboxContains(box: BBox, point: Position): boolean {
  return point[0]! >= box[0] && point[0]! <= box[2] && point[1]! >= box[1] && point[1]! <= box[3];
}
