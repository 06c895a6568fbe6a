import { featureBbox, unionBbox, type AreaFeature, type BBox } from './geodata/geometry';
import type { ShadedArea } from './map-model';

const boxes = new WeakMap<AreaFeature, BBox | null>();

/** A shape's box, computed once per shape: the map asks for it on every filter change. */
function boxOf(feature: AreaFeature): BBox | null {
  let box = boxes.get(feature);
  if (box === undefined) {
    box = featureBbox(feature);
    boxes.set(feature, box);
  }
  return box;
}

/**
 * The box the map frames for these units: each unit's shape if it has one, else its centre;
 * null when none can be placed. One box, so that the map re-fits only when it changes.
 */
export function focusBox(
  unitIds: Iterable<string>,
  areas: readonly ShadedArea<unknown>[],
  centreOf: (unitId: string) => { lat: number; lon: number } | undefined,
): BBox | null {
  const areaOf = new Map<string, AreaFeature>();
  for (const { feature, shade } of areas)
    if (shade.unit && !areaOf.has(shade.unit.id)) areaOf.set(shade.unit.id, feature);
  const found: BBox[] = [];
  for (const id of unitIds) {
    const area = areaOf.get(id);
    const box = area ? boxOf(area) : null;
    if (box) {
      found.push(box);
      continue;
    }
    const c = centreOf(id);
    if (c) found.push([c.lon, c.lat, c.lon, c.lat]);
  }
  return unionBbox(found);
}
