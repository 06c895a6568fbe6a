/** Where one bar runs along the value axis, and which of the bars sharing its band it is. */
export interface BarSlot {
  from: number;
  to: number;
  /** Its place among the bars side by side in the band (always 0 when stacked). */
  index: number;
  of: number;
}

/**
 * The extent of every bar, by series then datum, from the values by datum then series.
 * Stacked bars pile up from zero in series order; grouped bars each start at zero and share
 * the band. A missing value draws no bar.
 */
export function barGeometry(
  values: readonly (readonly (number | undefined)[])[],
  stacked: boolean,
): (BarSlot | undefined)[][] {
  const seriesCount = values[0]?.length ?? 0;
  const slots = Array.from({ length: seriesCount }, () =>
    new Array<BarSlot | undefined>(values.length).fill(undefined),
  );
  values.forEach((row, datum) => {
    let base = 0;
    row.forEach((value, s) => {
      if (value === undefined) return;
      slots[s]![datum] = stacked
        ? { from: base, to: base + value, index: 0, of: 1 }
        : { from: 0, to: value, index: s, of: seriesCount };
      if (stacked) base += value;
    });
  });
  return slots;
}

/** Recharts' defaults: a tenth of the band left free on each side, 4 px between grouped bars. */
const CATEGORY_GAP = 0.1;
const BAR_GAP = 4;

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The rectangle of a bar, given its category's band and its extent along the value axis in
 * pixels. `across`: the bars run left to right (categories down the side).
 */
export function placeBar(
  slot: Pick<BarSlot, 'index' | 'of'>,
  band: readonly [number, number],
  extent: readonly [number, number],
  across: boolean,
): BarRect {
  const [bandStart, bandEnd] = band;
  const width = bandEnd - bandStart;
  const gap = width * CATEGORY_GAP;
  // A band narrower than the gaps (a chart caught mid-resize) draws the bars flat, not inside out.
  const size = Math.max(0, (width - 2 * gap - (slot.of - 1) * BAR_GAP) / slot.of);
  const offset = bandStart + gap + slot.index * (size + BAR_GAP);
  const low = Math.min(extent[0], extent[1]);
  const length = Math.abs(extent[1] - extent[0]);
  return across
    ? { x: low, y: offset, width: length, height: size }
    : { x: offset, y: low, width: size, height: length };
}
