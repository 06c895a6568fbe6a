import { describe, expect, it } from 'vitest';
import { pointInFeature } from './geometry';
import {
  decodeArcs,
  stitchRing,
  topologyFeatures,
  type Topology,
  type TopoGeometryCollection,
} from './topojson';

/**
 * Two unit squares side by side, A = [0,1]×[0,1] and B = [1,2]×[0,1], sharing the edge x = 1,
 * plus an island C (a MultiPolygon with one part) — written by hand, quantized on a grid of
 * 0.5 with deltas, as topojson-server would.
 *   arc 0: the shared edge (1,0) → (1,1)
 *   arc 1: A's outer side (1,1) → (0,1) → (0,0) → (1,0)
 *   arc 2: B's outer side (1,0) → (2,0) → (2,1) → (1,1)
 *   arc 3: C's ring (3,0) → (4,0) → (4,1) → (3,0)
 */
type Props = { name: string };
const topology: Topology<{ shapes: TopoGeometryCollection<Props> }> = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [0, 0] },
  objects: {
    shapes: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', properties: { name: 'A' }, arcs: [[0, 1]] },
        { type: 'Polygon', id: 'B', properties: { name: 'B' }, arcs: [[2, ~0]] },
        { type: 'MultiPolygon', id: 'C', properties: { name: 'C' }, arcs: [[[3]]] },
        { type: null, properties: { name: 'nowhere' } },
      ],
    },
  },
  arcs: [
    [
      [2, 0],
      [0, 2],
    ],
    [
      [2, 2],
      [-2, 0],
      [0, -2],
      [2, 0],
    ],
    [
      [2, 0],
      [2, 0],
      [0, 2],
      [-2, 0],
    ],
    [
      [6, 0],
      [2, 0],
      [0, 2],
      [-2, -2],
    ],
  ],
};

describe('decodeArcs', () => {
  it('undoes the deltas and the quantization', () => {
    const arcs = decodeArcs(topology);
    expect(arcs[0]).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(arcs[2]).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ]);
  });

  it('takes absolute positions when there is no transform', () => {
    expect(
      decodeArcs({
        arcs: [
          [
            [105.5, 21],
            [106, 21.5],
          ],
        ],
      }),
    ).toEqual([
      [
        [105.5, 21],
        [106, 21.5],
      ],
    ]);
  });
});

describe('stitchRing', () => {
  it('joins arcs without repeating their shared ends, reversing ~i', () => {
    const arcs = decodeArcs(topology);
    expect(stitchRing([2, ~0], arcs)).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it('throws on a missing arc', () => {
    expect(() => stitchRing([9], decodeArcs(topology))).toThrow(/no arc 9/);
  });
});

describe('topologyFeatures', () => {
  const { features } = topologyFeatures(topology, 'shapes');

  it('gives one feature per geometry, with id and properties', () => {
    expect(features.map((f) => f.id)).toEqual(['A', 'B', 'C', undefined]);
    expect(features.map((f) => f.properties.name)).toEqual(['A', 'B', 'C', 'nowhere']);
    expect(features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
          [1, 0],
        ],
      ],
    });
    expect(features[2]!.geometry?.type).toBe('MultiPolygon');
    expect(features[3]!.geometry).toBeNull();
  });

  it('draws neighbours that meet on the shared arc', () => {
    const [a, b, c] = features;
    expect(pointInFeature([0.5, 0.5], a!)).toBe(true);
    expect(pointInFeature([1.5, 0.5], a!)).toBe(false);
    expect(pointInFeature([1.5, 0.5], b!)).toBe(true);
    expect(pointInFeature([3.7, 0.5], c!)).toBe(true);
  });

  it('rejects an unknown object and unsupported geometry', () => {
    expect(() => topologyFeatures(topology, 'nothing' as 'shapes')).toThrow(
      /no geometry collection/,
    );
    const withLine = {
      ...topology,
      objects: {
        shapes: {
          type: 'GeometryCollection' as const,
          geometries: [{ type: 'LineString', arcs: [0] }],
        },
      },
    } as unknown as typeof topology;
    expect(() => topologyFeatures(withLine, 'shapes')).toThrow(
      /unsupported geometry type LineString/,
    );
  });
});
