/** Anything drawn as a circle at a point. */
export interface PlacedCircle {
  lat: number;
  lon: number;
  radius: number;
}

/** The point to 4 decimals (about 10 m), as one number: cheaper than a string for each circle. */
const key = (c: PlacedCircle) => Math.round(c.lat * 1e4) * 4e6 + Math.round(c.lon * 1e4);

/**
 * Units that share a point (a commune placed at its district's seat for want of its own
 * coordinates) would hide each other. The first of each group stays on the point; the others
 * are set on a ring around it, far enough in screen pixels at this zoom that each one's centre
 * stays clickable. The caller orders the symbols: earlier ones keep the point.
 */
export function spreadStacked<C extends PlacedCircle>(circles: readonly C[], zoom: number): C[] {
  // Each circle's group and its place in it, in one pass: a national map has thousands.
  const groups = new Map<number, { size: number; largest: number }>();
  const places = new Array<number>(circles.length);
  const groupOf = new Array<{ size: number; largest: number }>(circles.length);
  circles.forEach((circle, k) => {
    const id = key(circle);
    let group = groups.get(id);
    if (!group) {
      group = { size: 0, largest: circle.radius };
      groups.set(id, group);
    }
    places[k] = group.size++;
    group.largest = Math.max(group.largest, circle.radius);
    groupOf[k] = group;
  });
  const degreesPerPixel = 360 / (256 * 2 ** zoom);
  return circles.map((circle, k) => {
    const i = places[k]!;
    if (i === 0) return circle;
    const { size, largest } = groupOf[k]!;
    const others = size - 1;
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
