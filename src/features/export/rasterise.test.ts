import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_SIDE, rasterSize } from './rasterise';

describe('rasterSize', () => {
  it('multiplies the CSS size by the pixel ratio', () => {
    expect(rasterSize(950, 369, 1)).toEqual({ width: 950, height: 369, ratio: 1 });
    expect(rasterSize(950, 369, 2)).toEqual({ width: 1900, height: 738, ratio: 2 });
    expect(rasterSize(950.4, 369.5, 3)).toEqual({ width: 2851, height: 1109, ratio: 3 });
  });

  it('lowers the ratio for a picture too tall for a canvas (a national coverage chart)', () => {
    const size = rasterSize(950, 12_000, 3);
    expect(size.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.width / size.height).toBeCloseTo(950 / 12_000, 3);
  });
});
