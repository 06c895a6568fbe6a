import type { Lang } from '@/domain/periods';
import { formatAxisNumber, formatPercent } from '@/lib/format';

/**
 * Axis props are made once per width or language: recharts stores each axis's settings and,
 * when a prop is a new function, stores them again and recomputes the axis on every render.
 */
function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** A category axis of names (units, issuers), one per bar; `AxisLabels` writes the names. */
export const nameAxisProps = madeOnce((width: number) => ({
  type: 'category' as const,
  dataKey: 'label',
  width,
  tick: false as const,
  tickLine: false,
}));

/** A count axis in whole numbers; `AxisLabels` writes its ticks, from `valueAxisRange`. */
export const countAxisProps = {
  type: 'number' as const,
  allowDecimals: false,
  tick: false as const,
  tickLine: false,
};

/** A count written the reader's way on an axis (2.550; 80 N). */
export const countLabel = madeOnce((lang: Lang) => (v: number) => formatAxisNumber(v, lang));

/** Percentages written the reader's way (80%), for a percent axis's ticks. */
export const percentLabel = madeOnce((lang: Lang) => (v: number) => formatPercent(v, lang));
