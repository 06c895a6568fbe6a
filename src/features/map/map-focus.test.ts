import { describe, expect, it } from 'vitest';
import type { Unit } from '@/domain/schema/unit';
import type { AreaShade } from './area-join';
import type { AreaGeometry } from './geodata/geometry';
import { focusBox } from './map-focus';
import type { ShadedArea } from './map-model';

const square = (w: number, s: number, e: number, n: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const area = (unitId: string | undefined, geometry: AreaGeometry): ShadedArea<unknown> => ({
  feature: { type: 'Feature', geometry, properties: {} },
  shade: {
    code: unitId ?? '',
    unit: unitId ? ({ id: unitId } as Unit) : undefined,
    value: undefined,
    colourClass: null,
  } satisfies AreaShade,
});
const areas = [area('hai-phong', square(106, 20, 107, 21)), area(undefined, square(0, 0, 1, 1))];
const centres: Record<string, { lat: number; lon: number }> = {
  'thuy-nguyen': { lat: 21.5, lon: 106.7 },
};

describe('focusBox', () => {
  it('frames the shapes of the units that have one and the centres of the others, in one box', () => {
    expect(focusBox(['hai-phong', 'thuy-nguyen'], areas, (id) => centres[id])).toEqual([
      106, 20, 107, 21.5,
    ]);
    expect(focusBox(['thuy-nguyen'], areas, (id) => centres[id])).toEqual([
      106.7, 21.5, 106.7, 21.5,
    ]);
  });

  it('is null when no unit can be placed, so that the map keeps its fallback view', () => {
    expect(focusBox([], areas, () => undefined)).toBeNull();
    expect(focusBox(['nowhere'], areas, () => undefined)).toBeNull();
  });

  it('gives the same box for a different set of units inside the same frame', () => {
    const a = focusBox(['hai-phong'], areas, (id) => centres[id]);
    const b = focusBox(['hai-phong', 'inside'], areas, () => ({ lat: 20.5, lon: 106.5 }));
    expect(b).toEqual(a);
  });
});
