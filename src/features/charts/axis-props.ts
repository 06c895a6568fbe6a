import type { Lang } from '@/domain/periods';
import { formatAxisNumber, formatPercent } from '@/lib/format';
import { PlainTick } from './plain-tick';

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

/** A category axis of names (units, issuers), one per bar; `NameLabels` writes the names. */
export const nameAxisProps = madeOnce((width: number) => ({
  type: 'category' as const,
  dataKey: 'label',
  width,
  tick: false as const,
  tickLine: false,
}));

/** A count axis in whole numbers written the reader's way (2.550; 80 N), labels drawn without measuring. */
export const countAxisProps = madeOnce((lang: Lang) => ({
  type: 'number' as const,
  allowDecimals: false,
  interval: 0,
  tick: PlainTick,
  tickFormatter: (v: number) => formatAxisNumber(v, lang),
}));

/** Percentages written the reader's way (80%), for a percent axis's ticks. */
export const percentTickFormatter = madeOnce((lang: Lang) => (v: number) => formatPercent(v, lang));
