import { describe, expect, it } from 'vitest';
import {
  bboxContains,
  featureBbox,
  featuresAt,
  geometryBbox,
  pointInFeature,
  pointInPolygon,
  pointInRing,
  unionBbox,
  type AreaFeature,
  type Ring,
} from './geometry';

const square = (x0: number, y0: number, size: number): Ring => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];
const reversed = (ring: Ring): Ring => ring.slice().reverse();

/** A 10×10 square with a 2×2 hole, and a separate island 1×1 to the east. */
const withHoleAndIsland: AreaFeature<{ name: string }> = {
  type: 'Feature',
  properties: { name: 'test' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0, 10), square(4, 4, 2)], [square(20, 5, 1)]],
  },
};

describe('pointInRing', () => {
  it('finds points inside and outside, whatever the orientation', () => {
    for (const ring of [square(0, 0, 10), reversed(square(0, 0, 10))]) {
      expect(pointInRing([5, 5], ring)).toBe(true);
      expect(pointInRing([0.001, 9.999], ring)).toBe(true);
      expect(pointInRing([-1, 5], ring)).toBe(false);
      expect(pointInRing([5, 10.5], ring)).toBe(false);
    }
  });

  it('handles a concave ring', () => {
    // A "U": the notch between the arms is outside.
    const u: Ring = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    expect(pointInRing([0.5, 2], u)).toBe(true);
    expect(pointInRing([2.5, 2], u)).toBe(true);
    expect(pointInRing([1.5, 2], u)).toBe(false);
    expect(pointInRing([1.5, 0.5], u)).toBe(true);
  });
});

describe('pointInPolygon', () => {
  it('excludes holes', () => {
    const rings = [square(0, 0, 10), square(4, 4, 2)];
    expect(pointInPolygon([2, 2], rings)).toBe(true);
    expect(pointInPolygon([5, 5], rings)).toBe(false);
  });

  it('is false for an empty polygon', () => {
    expect(pointInPolygon([0, 0], [])).toBe(false);
  });
});

describe('pointInFeature', () => {
  it('checks every part of a multipolygon, with its holes', () => {
    expect(pointInFeature([1, 1], withHoleAndIsland)).toBe(true);
    expect(pointInFeature([5, 5], withHoleAndIsland)).toBe(false);
    expect(pointInFeature([20.5, 5.5], withHoleAndIsland)).toBe(true);
    expect(pointInFeature([15, 5], withHoleAndIsland)).toBe(false);
  });

  it('takes a polygon, and is false without geometry', () => {
    const polygon: AreaFeature = {
      type: 'Feature',
      properties: null,
      geometry: { type: 'Polygon', coordinates: [square(105, 20, 1)] },
    };
    expect(pointInFeature([105.5, 20.5], polygon)).toBe(true);
    expect(pointInFeature([105.5, 20.5], { ...polygon, geometry: null })).toBe(false);
  });

  it('reads positions as [longitude, latitude]', () => {
    const tall: AreaFeature = {
      type: 'Feature',
      properties: null,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105, 20],
            [106, 20],
            [106, 23],
            [105, 23],
            [105, 20],
          ],
        ],
      },
    };
    expect(pointInFeature([105.5, 22], tall)).toBe(true);
    expect(pointInFeature([22, 105.5], tall)).toBe(false);
  });
});

describe('featuresAt', () => {
  it('lists the features holding a point', () => {
    const a = { ...withHoleAndIsland, properties: { name: 'a' } };
    const b: AreaFeature<{ name: string }> = {
      type: 'Feature',
      properties: { name: 'b' },
      geometry: { type: 'Polygon', coordinates: [square(4, 4, 2)] },
    };
    expect(featuresAt([5, 5], [a, b]).map((f) => f.properties.name)).toEqual(['b']);
    expect(featuresAt([1, 1], [a, b]).map((f) => f.properties.name)).toEqual(['a']);
    expect(featuresAt([50, 50], [a, b])).toEqual([]);
  });
});

describe('bounding boxes', () => {
  it('spans every part', () => {
    expect(featureBbox(withHoleAndIsland)).toEqual([0, 0, 21, 10]);
    expect(geometryBbox(null)).toBeNull();
    expect(geometryBbox({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });

  it('unites boxes and tests containment', () => {
    expect(unionBbox([[0, 0, 1, 1], null, [2, -1, 3, 0.5]])).toEqual([0, -1, 3, 1]);
    expect(unionBbox([null])).toBeNull();
    expect(bboxContains([0, 0, 1, 1], [0.5, 1])).toBe(true);
    expect(bboxContains([0, 0, 1, 1], [1.5, 0.5])).toBe(false);
  });
});
