import { describe, expect, it } from 'vitest';
import { spreadStacked } from './stacked-symbols';

/** Screen distance in pixels between two points at a zoom (Web Mercator, near enough locally). */
function pixels(a: { lat: number; lon: number }, b: { lat: number; lon: number }, zoom: number) {
  const perDegree = (256 * 2 ** zoom) / 360;
  const dx = (a.lon - b.lon) * perDegree;
  const dy = ((a.lat - b.lat) * perDegree) / Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

describe('spreadStacked', () => {
  // Thạch Thất and its five communes, all placed at the district seat.
  const seat = { lat: 21.05723, lon: 105.57919 };
  const stack = ['thach-that', 'cam-yen', 'phu-kim', 'canh-nau', 'binh-yen', 'chang-son'].map(
    (id) => ({ id, ...seat, radius: 21 }),
  );

  it('keeps the first on the point and rings the others so that no centre is covered', () => {
    for (const zoom of [8, 11]) {
      const spread = spreadStacked(stack, zoom);
      expect(spread[0]).toEqual(stack[0]);
      for (const a of spread)
        for (const b of spread) if (a !== b) expect(pixels(a, b, zoom)).toBeGreaterThan(a.radius);
    }
  });

  it('leaves points of their own where they are', () => {
    const alone = [
      { lat: 20.86, lon: 106.68, radius: 5 },
      { lat: 21.27, lon: 106.19, radius: 5 },
    ];
    expect(spreadStacked(alone, 9)).toEqual(alone);
  });
});
