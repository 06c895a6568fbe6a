/** Anything drawn as a circle at a point. */
export interface PlacedCircle {
  lat: number;
  lon: number;
  radius: number;
}

const key = (c: PlacedCircle) => `${c.lat.toFixed(4)},${c.lon.toFixed(4)}`;

/**
 * Units that share a point (a commune placed at its district's seat for want of its own
 * coordinates) would hide each other. The first of each group stays on the point; the others
 * are set on a ring around it, far enough in screen pixels at this zoom that each one's centre
 * stays clickable. The caller orders the symbols: earlier ones keep the point.
 */
export function spreadStacked<C extends PlacedCircle>(circles: readonly C[], zoom: number): C[] {
  const groups = new Map<string, C[]>();
  for (const circle of circles) {
    const group = groups.get(key(circle));
    if (group) group.push(circle);
    else groups.set(key(circle), [circle]);
  }
  const degreesPerPixel = 360 / (256 * 2 ** zoom);
  return circles.map((circle) => {
    const group = groups.get(key(circle))!;
    const i = group.indexOf(circle);
    if (i === 0) return circle;
    const others = group.length - 1;
    const largest = Math.max(...group.map((c) => c.radius));
    // Neighbours on the ring are a chord apart; keep that chord longer than a radius too.
    const ring = Math.max(
      largest + 6,
      (largest + 4) / (2 * Math.sin(Math.PI / Math.max(others, 2))),
    );
    const angle = (2 * Math.PI * (i - 1)) / others - Math.PI / 2;
    const dLon = Math.cos(angle) * ring * degreesPerPixel;
    const dLat = -Math.sin(angle) * ring * degreesPerPixel * Math.cos((circle.lat * Math.PI) / 180);
    return { ...circle, lat: circle.lat + dLat, lon: circle.lon + dLon };
  });
}
