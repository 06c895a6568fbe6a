import { useState } from 'react';
import { PageLink } from '@/components/page-link';
import { FactSources } from '@/components/fact-sources';
import type { DatasetIndex } from '@/domain/dataset-index';
import { formatNumber } from '@/lib/format';
import { levelLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import type { MapEntry } from './map-model';

/**
 * A national dataset has hundreds of units with figures: the list grows on demand. Twenty at
 * a time, as the timeline: fifty new entries (with their links) took ~25 ms of every filter
 * change at national scale.
 */
export const PAGE = 20;
/**
 * Report links named per unit: a unit of a national dataset has hundreds of reports, and
 * thousands of links made every filter change slow; the timeline lists them all.
 */
export const REPORT_LINKS = 3;

interface MapListProps {
  index: DatasetIndex;
  entries: readonly MapEntry[];
  heading: string;
  formatValue: (value: number) => string;
  /** More about the figure, such as exercises done and planned. */
  detail: (entry: MapEntry) => string;
  selectedIds: ReadonlySet<string>;
  onSelect: (unitId: string) => void;
  onHover: (unitId: string | null) => void;
}

/**
 * The map's content for keyboards and screen readers: each unit with its figure and sources,
 * selecting a unit as a click on the map does; focus highlights it on the map.
 */
export function MapList({
  index,
  entries,
  heading,
  formatValue,
  detail,
  selectedIds,
  onSelect,
  onHover,
}: MapListProps) {
  const { t, lang } = useT();
  const [shown, setShown] = useState(PAGE);
  const remaining = entries.length - shown;
  return (
    <div className="map-list">
      <h4 className="map-list__heading">{heading}</h4>
      {entries.length === 0 ? (
        <p className="muted small">{t('map.listEmpty')}</p>
      ) : (
        <ol className="map-list__items">
          {entries.slice(0, shown).map((entry) => (
            <li
              key={entry.unit.id}
              onMouseEnter={() => onHover(entry.unit.id)}
              onMouseLeave={() => onHover(null)}
            >
              <button
                type="button"
                className="map-list__unit"
                aria-pressed={selectedIds.has(entry.unit.id)}
                onClick={() => onSelect(entry.unit.id)}
                onFocus={() => onHover(entry.unit.id)}
                onBlur={() => onHover(null)}
              >
                <span>{entry.unit.name[lang]}</span>
                <span className="map-list__value">{formatValue(entry.value.value)}</span>
              </button>
              <span className="muted small">
                {levelLabels[entry.unit.level][lang]}
                {detail(entry) && ` · ${detail(entry)}`}
                {entry.drawnAs === 'nowhere' && ` · ${t('map.notDrawn')}`}
                {entry.drawnAs === 'symbol' &&
                  entry.unit.center?.approximate &&
                  ` · ${t('map.approximatePlace')}`}
              </span>
              {entry.value.facts.length > 0 ? (
                <FactSources facts={entry.value.facts} index={index} />
              ) : (
                <ReportLinks index={index} reportIds={entry.value.reportIds} />
              )}
            </li>
          ))}
        </ol>
      )}
      {remaining > 0 && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('dashboard.showMore', {
            count: formatNumber(Math.min(PAGE, remaining), lang),
            remaining: formatNumber(remaining, lang),
          })}
        </button>
      )}
    </div>
  );
}

/** A unit's first reports as links, and how many more. */
function ReportLinks({ index, reportIds }: { index: DatasetIndex; reportIds: string[] }) {
  const { t, lang } = useT();
  return (
    <span className="small">
      {reportIds.slice(0, REPORT_LINKS).map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <PageLink to={`/reports/${id}`}>{index.reportsById.get(id)?.title[lang] ?? id}</PageLink>
        </span>
      ))}
      {reportIds.length > REPORT_LINKS &&
        ` ${t('charts.sourcesMore', {
          count: formatNumber(reportIds.length - REPORT_LINKS, lang),
        })}`}
    </span>
  );
}
