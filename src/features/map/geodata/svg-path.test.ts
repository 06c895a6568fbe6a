import { describe, expect, it } from 'vitest';
import { fitProjection, geometryPath } from './svg-path';

describe('fitProjection', () => {
  it('maps the corners of the box to the corners of the picture', () => {
    const { project, height } = fitProjection([102, 8, 110, 24], 200);
    expect(project([102, 24])).toEqual([0, 0]);
    const [x, y] = project([110, 8]);
    expect(x).toBeCloseTo(200);
    expect(y).toBeCloseTo(height);
    // Vietnam is tall: at 16° N a degree of longitude is shorter than one of latitude.
    expect(height).toBeGreaterThan(2 * 200);
  });
});

describe('geometryPath', () => {
  const { project } = fitProjection([0, 0, 10, 10], 100);
  it('draws each ring as a closed subpath, holes included', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 4],
    ];
    const d = geometryPath({ type: 'Polygon', coordinates: [square, hole] }, project);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d).toMatch(/^M0,100(\.\d)?L/);
  });

  it('draws nothing for a missing geometry', () => {
    expect(geometryPath(null, project)).toBe('');
  });
});
