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

/**
 * A count axis from zero to a round number at or above `max`: at most `count` ticks, a whole
 * step of 1, 2 or 5 times a power of ten. An empty chart runs from 0 to 1.
 */
export function countTicks(max: number, count = 5): number[] {
  const top = Math.max(max, 1);
  const rough = top / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  );
  const ticks = [0];
  while (ticks[ticks.length - 1]! < top) ticks.push(ticks.length * step);
  return ticks;
}

/** A percent axis's ticks: quarters up to 100%, or round steps past it for a quota overdone. */
export function percentTicks(max: number): number[] {
  return max <= 100 ? [0, 25, 50, 75, 100] : countTicks(max);
}

/** The far end of the tallest bar (0 when there is none). */
export function tallest(slots: readonly (readonly (BarSlot | undefined)[])[]): number {
  let max = 0;
  for (const series of slots) for (const slot of series) if (slot && slot.to > max) max = slot.to;
  return max;
}

/**
 * The domain and ticks of a count axis that these bars are read against: from zero to a round
 * number above the tallest bar (or stack). Recharts takes a fixed domain as given only when
 * data may overflow it; none does, and it holds no data of its own to widen it with.
 */
export function valueAxisRange(
  data: readonly object[],
  series: readonly { key: string }[],
  stacked: boolean,
): { domain: [number, number]; ticks: number[]; allowDataOverflow: true } {
  const ticks = countTicks(tallestBar(data, series, stacked));
  return { domain: [0, ticks[ticks.length - 1]!], ticks, allowDataOverflow: true };
}

/** The far end of the tallest bar (or stack) these series draw from these data. */
export function tallestBar(
  data: readonly object[],
  series: readonly { key: string }[],
  stacked: boolean,
): number {
  return tallest(barGeometry(valuesOf(data, series), stacked));
}

/** Each datum's values, series by series; what is not a finite number is missing. */
export const valuesOf = (data: readonly object[], series: readonly { key: string }[]) =>
  data.map((d) => series.map((s) => valueOf(d, s.key)));

const valueOf = (datum: object, key: string) => {
  const value = (datum as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

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
