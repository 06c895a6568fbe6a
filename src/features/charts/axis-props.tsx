import type { Lang } from '@/domain/periods';
import { formatAxisNumber } from '@/lib/format';
import { PlainTick, type TickProps } from './plain-tick';

/** A category axis of names (units, issuers), one per bar, its labels drawn without measuring. */
export const nameAxisProps = (width: number) => ({
  type: 'category' as const,
  dataKey: 'label',
  width,
  tick: (props: TickProps) => <PlainTick {...props} fontSize={12} />,
  interval: 0,
});

/** A count axis in whole numbers written the reader's way (2.550; 80 N), labels drawn without measuring. */
export const countAxisProps = (lang: Lang) => ({
  type: 'number' as const,
  allowDecimals: false,
  interval: 0,
  tick: PlainTick,
  tickFormatter: (v: number) => formatAxisNumber(v, lang),
});
