import { classRanges } from '@/domain/aggregate/map-values';
import { areaOutline, noDataFill, okabeIto, sequentialClasses } from '@/lib/chart-theme';
import { useT } from '@/lib/i18n/use-t';

interface ClassScale {
  caption: string;
  breaks: readonly number[];
  values: readonly number[];
}

interface MapLegendProps {
  layerLabel: string;
  scales: readonly ClassScale[];
  symbolRange: { min: number; max: number } | null;
  format: (value: number) => string;
}

function Swatch({ fill, stroke, dashed }: { fill: string; stroke: string; dashed?: boolean }) {
  return (
    <svg width="16" height="12" aria-hidden="true">
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="11"
        fill={fill}
        stroke={stroke}
        strokeDasharray={dashed ? '2 2' : undefined}
      />
    </svg>
  );
}

/** The classes of each shaded layer with their ranges, the circle scale, and "no data". */
export function MapLegend({ layerLabel, scales, symbolRange, format }: MapLegendProps) {
  const { t } = useT();
  return (
    <div className="map-legend small" aria-label={`${t('map.legend')}: ${layerLabel}`} role="group">
      <strong>{layerLabel}</strong>
      {scales
        .filter((scale) => scale.breaks.length > 0)
        .map((scale) => (
          <div key={scale.caption}>
            <span className="muted">{scale.caption}</span>
            <ul className="map-legend__classes">
              {classRanges(scale.breaks, scale.values).map((range, i) => (
                <li key={range.upper} data-legend-item>
                  <Swatch fill={sequentialClasses(scale.breaks.length)[i]!} stroke={areaOutline} />{' '}
                  {range.single
                    ? format(range.upper)
                    : range.lower === null
                      ? `≤ ${format(range.upper)}`
                      : `${format(range.lower)} – ${format(range.upper)}`}
                </li>
              ))}
            </ul>
          </div>
        ))}
      {symbolRange && (
        <div data-legend-item>
          <svg width="30" height="16" aria-hidden="true">
            <circle
              cx="6"
              cy="10"
              r="4"
              fill={okabeIto.blue}
              fillOpacity="0.55"
              stroke={okabeIto.blue}
            />
            <circle
              cx="21"
              cy="8"
              r="7"
              fill={okabeIto.blue}
              fillOpacity="0.55"
              stroke={okabeIto.blue}
            />
          </svg>{' '}
          {t('map.legendSymbols', { min: format(symbolRange.min), max: format(symbolRange.max) })}
        </div>
      )}
      <div data-legend-item>
        <svg width="32" height="12" aria-hidden="true">
          <rect x="0.5" y="0.5" width="15" height="11" fill={noDataFill} stroke={areaOutline} />
          <circle cx="25" cy="6" r="4" fill="none" stroke={okabeIto.grey} strokeDasharray="2 2" />
        </svg>{' '}
        {t('map.legendNoData')}
      </div>
    </div>
  );
}
