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
