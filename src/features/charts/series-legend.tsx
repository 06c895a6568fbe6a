import { useT } from '@/lib/i18n/use-t';

export interface SeriesKey {
  key: string;
  name: string;
  fill: string;
}

/**
 * A chart's series as plain HTML under it. Recharts' own legend measures itself in the
 * commit of every update, a forced layout of the whole page per chart; this one has nothing
 * to measure. Exports read its `data-legend-item`s.
 */
export function SeriesLegend({ series }: { series: readonly SeriesKey[] }) {
  const { t } = useT();
  return (
    <ul className="chart-legend" aria-label={t('charts.legend')}>
      {series.map((s) => (
        <li key={s.key} data-legend-item>
          <svg width="14" height="12" aria-hidden="true">
            <rect width="14" height="12" fill={s.fill} />
          </svg>{' '}
          {s.name}
        </li>
      ))}
    </ul>
  );
}
