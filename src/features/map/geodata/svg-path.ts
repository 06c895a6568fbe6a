import { polygonsOf, type AreaGeometry, type BBox, type Position } from './geometry';

export type Projector = (position: Position) => [number, number];

/**
 * A plate carrée projection of `box` into a `width`-wide picture, with longitudes shrunk by
 * the cosine of the middle latitude so that shapes keep their look at Vietnam's latitudes.
 */
export function fitProjection(box: BBox, width: number): { project: Projector; height: number } {
  const [west, south, east, north] = box;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * squeeze);
  const height = (north - south) * scale;
  return {
    project: (p) => [(p[0]! - west) * squeeze * scale, (north - p[1]!) * scale],
    height,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path for a (multi)polygon: one closed subpath per ring, to fill with the even-odd rule. */
export function geometryPath(geometry: AreaGeometry | null, project: Projector): string {
  if (!geometry) return '';
  const parts: string[] = [];
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      if (ring.length < 3) continue;
      const points = ring.map((p) => project(p).map(round).join(','));
      parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}
