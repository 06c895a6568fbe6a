/**
 * A small TopoJSON reader for the polygon layers the app ships (public/geo/*.topo.json):
 * decodes the (optionally quantized, delta-encoded) arcs and stitches them into GeoJSON
 * Polygon / MultiPolygon features. Points and lines are not needed and not supported.
 * Spec: https://github.com/topojson/topojson-specification
 */
import type { AreaFeature, AreaGeometry, Position, Ring } from './geometry';

export interface TopoTransform {
  scale: [number, number];
  translate: [number, number];
}

export interface TopoPolygon<P> {
  type: 'Polygon';
  id?: string | number;
  properties?: P;
  /** One list of arc indexes per ring; ~i (that is -i - 1) walks arc i backwards. */
  arcs: number[][];
}

export interface TopoMultiPolygon<P> {
  type: 'MultiPolygon';
  id?: string | number;
  properties?: P;
  arcs: number[][][];
}

export interface TopoNullGeometry<P> {
  type: null;
  id?: string | number;
  properties?: P;
}

export type TopoGeometry<P> = TopoPolygon<P> | TopoMultiPolygon<P> | TopoNullGeometry<P>;

export interface TopoGeometryCollection<P> {
  type: 'GeometryCollection';
  geometries: TopoGeometry<P>[];
}

export interface Topology<O extends Record<string, TopoGeometryCollection<unknown>>> {
  type: 'Topology';
  bbox?: number[];
  transform?: TopoTransform;
  objects: O;
  /** Positions; with a transform, integer deltas from the previous position of the arc. */
  arcs: number[][][];
}

export interface AreaFeatureCollection<P> {
  type: 'FeatureCollection';
  features: AreaFeature<P>[];
}

/** The arcs as absolute [lon, lat] positions. */
export function decodeArcs(topology: Pick<Topology<never>, 'arcs' | 'transform'>): Position[][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  const [kx, ky] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * kx + tx, y * ky + ty];
    });
  });
}

/** Joins arcs into one closed ring; each arc starts where the previous one ended. */
export function stitchRing(indexes: readonly number[], arcs: readonly Position[][]): Ring {
  const ring: Position[] = [];
  indexes.forEach((index, n) => {
    const arc = arcs[index < 0 ? ~index : index];
    if (!arc) throw new Error(`TopoJSON: no arc ${index < 0 ? ~index : index}`);
    const points = index < 0 ? arc.slice().reverse() : arc;
    ring.push(...(n === 0 ? points : points.slice(1)));
  });
  return ring;
}

function toGeometry<P>(
  geometry: TopoGeometry<P>,
  arcs: readonly Position[][],
): AreaGeometry | null {
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.arcs.map((r) => stitchRing(r, arcs)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.arcs.map((poly) => poly.map((r) => stitchRing(r, arcs))),
      };
    case null:
      return null;
    default:
      throw new Error(`TopoJSON: unsupported geometry type ${(geometry as { type: string }).type}`);
  }
}

/** One object of the topology as a GeoJSON FeatureCollection of (multi)polygons. */
export function topologyFeatures<
  O extends Record<string, TopoGeometryCollection<unknown>>,
  K extends keyof O & string,
>(
  topology: Topology<O>,
  name: K,
): AreaFeatureCollection<O[K] extends TopoGeometryCollection<infer P> ? P : never> {
  type P = O[K] extends TopoGeometryCollection<infer Q> ? Q : never;
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON: no geometry collection "${name}"`);
  }
  const arcs = decodeArcs(topology);
  return {
    type: 'FeatureCollection',
    features: object.geometries.map((g) => {
      const feature: AreaFeature<P> = {
        type: 'Feature',
        geometry: toGeometry(g, arcs),
        properties: (g.properties ?? {}) as P,
      };
      if (g.id !== undefined) feature.id = g.id;
      return feature;
    }),
  };
}
