import { z } from '@/lib/zod';
import type { Unit } from '@/domain/schema/unit';
import type { AreaFeature, AreaGeometry } from '../geodata/geometry';
import { topologyFeatures, type Topology, type TopoGeometryCollection } from '../geodata/topojson';
import { normaliseCode } from '../area-join';

/** Bigger than any district or commune file a browser can draw without stalling. */
export const MAX_BOUNDARY_BYTES = 60 * 1024 * 1024;

export type BoundaryErrorKind = 'too-large' | 'json' | 'not-geo' | 'no-polygons' | 'no-join';

export class BoundaryError extends Error {
  constructor(
    readonly kind: BoundaryErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'BoundaryError';
  }
}

export type BoundaryFeature = AreaFeature<Record<string, unknown>> & { geometry: AreaGeometry };

export interface BoundaryLayer {
  fileName: string;
  features: BoundaryFeature[];
  /** The property holding the administrative code, found by trying them all against the units. */
  codeProperty: string;
  /** Features whose code matches a unit of the data. */
  joined: number;
  /** Features left out (not a polygon, broken coordinates), with why. */
  skipped: { index: number; reason: string }[];
}

const position = z.array(z.number()).min(2);
const ring = z.array(position).min(4);
const areaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const topologyShape = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.record(z.string(), z.object({ type: z.string() })),
});
const featureCollectionShape = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

function featuresOf(raw: unknown): unknown[] {
  const topology = topologyShape.safeParse(raw);
  if (topology.success) {
    const collections = Object.entries(topology.data.objects).filter(
      ([, object]) => object.type === 'GeometryCollection',
    );
    return collections.flatMap(
      ([name]) =>
        topologyFeatures(raw as Topology<Record<string, TopoGeometryCollection<unknown>>>, name)
          .features,
    );
  }
  const collection = featureCollectionShape.safeParse(raw);
  if (collection.success) return collection.data.features;
  throw new BoundaryError('not-geo', describeShape(raw));
}

function describeShape(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return typeof raw;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' ? `type "${type}"` : 'an object without "type"';
}

function readFeatures(candidates: unknown[]) {
  const features: BoundaryFeature[] = [];
  const skipped: BoundaryLayer['skipped'] = [];
  candidates.forEach((candidate, index) => {
    const feature = candidate as { geometry?: unknown; properties?: unknown; id?: unknown };
    const geometry = areaGeometry.safeParse(feature?.geometry);
    if (!geometry.success) {
      const type = (feature?.geometry as { type?: unknown } | null)?.type;
      skipped.push({
        index,
        reason:
          typeof type === 'string' && !type.endsWith('Polygon')
            ? `${type} is not an area`
            : (geometry.error.issues[0]?.message ?? 'invalid geometry'),
      });
      return;
    }
    const properties =
      feature.properties && typeof feature.properties === 'object'
        ? { ...(feature.properties as Record<string, unknown>) }
        : {};
    if (feature.id !== undefined && !('id' in properties)) properties.id = feature.id;
    features.push({ type: 'Feature', geometry: geometry.data, properties });
  });
  return { features, skipped };
}

/** The property whose values match the most unit codes. */
function findCodeProperty(features: BoundaryFeature[], codes: ReadonlySet<string>) {
  const matches = new Map<string, number>();
  for (const feature of features) {
    for (const [key, value] of Object.entries(feature.properties)) {
      const code = normaliseCode(value);
      if (code !== null && codes.has(code)) matches.set(key, (matches.get(key) ?? 0) + 1);
    }
  }
  return [...matches].sort((a, b) => b[1] - a[1])[0];
}

/** Reads the text of a boundary file; see `readBoundaries`. */
export function parseBoundaries(
  text: string,
  fileName: string,
  units: readonly Unit[],
): BoundaryLayer {
  if (text.length > MAX_BOUNDARY_BYTES) {
    throw new BoundaryError('too-large', `${Math.round(text.length / 1024 / 1024)} MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BoundaryError('json', error instanceof Error ? error.message : String(error));
  }
  return readBoundaries(raw, fileName, units);
}

/**
 * Reads a deployment's own district or commune boundaries (GeoJSON or TopoJSON) and finds how
 * they join the unit table. Throws a BoundaryError saying what is wrong and where.
 */
export function readBoundaries(
  raw: unknown,
  fileName: string,
  units: readonly Unit[],
): BoundaryLayer {
  const { features, skipped } = readFeatures(featuresOf(raw));
  if (features.length === 0) {
    const first = skipped[0];
    throw new BoundaryError(
      'no-polygons',
      first ? `#${first.index}: ${first.reason}` : 'the file holds no features',
    );
  }
  const codes = new Set(
    units
      .filter((unit) => unit.level === 'district' || unit.level === 'commune')
      .flatMap((unit) => normaliseCode(unit.adminCode) ?? []),
  );
  const best = findCodeProperty(features, codes);
  if (!best) {
    const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties)))].slice(0, 8);
    throw new BoundaryError('no-join', keys.join(', ') || '—');
  }
  return { fileName, features, codeProperty: best[0], joined: best[1], skipped };
}
