import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PageLink } from '@/components/page-link';
import { HeadlineFigures } from '@/components/headline-figures';
import { LocalBadge } from '@/components/local-badge';
import { AbbrText } from '@/components/ui/abbr-text';
import { periodLabel } from '@/domain/periods';
import type { ReportRow } from '@/domain/selectors';
import { ExportMenu } from '@/features/export/export-menu';
import { useRegisterExport } from '@/features/export/export-registry';
import { usePanelExport } from '@/features/export/panel-export';
import { panelExportName } from '@/features/export/panel-names';
import { fontMeasure } from '@/features/export/text-measure';
import { formatDate, formatNumber } from '@/lib/format';
import { bodyLabels, levelLabels, reportKindLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { groupByYear, leadText, type YearGroup } from './timeline-model';
import { timelineImage } from './timeline-image';
import { timelineTable } from './timeline-table';

interface TimelineProps {
  /** The conferences passing the filters. */
  rows: readonly ReportRow[];
  zoomYear: number | null;
  onZoom: (year: number | null) => void;
  /** Shown when nothing matches: why, and how to widen the view. */
  emptyHint: string;
  /** The active filters, for exports. */
  subtitle: string;
}

// Memo: the rows are the same objects from one filter to the next, so entries shown before
// and after a change are not rendered again.
const TimelineEntry = memo(function TimelineEntry({ row }: { row: ReportRow }) {
  const { t, lang } = useT();
  const { report, unit, headline } = row;
  const lead = leadText(report, lang);
  return (
    <li className="timeline-entry" data-testid="timeline-entry" data-report-id={report.id}>
      <div className="timeline-entry__date">
        <time dateTime={report.date}>{formatDate(report.date, lang)}</time>
        {report.dateProvenance.status === 'inferred' && (
          <span className="badge badge--inferred" title={report.dateProvenance.reason?.[lang]}>
            {t('provenance.inferred')}
          </span>
        )}
        {row.local && <LocalBadge />}
      </div>
      <div className="timeline-entry__body">
        <span className="timeline-entry__body-name">
          <AbbrText text={bodyLabels[report.body][lang]} />
        </span>{' '}
        <PageLink to={`/reports/${report.id}`} className="timeline-entry__link">
          {unit?.name[lang] ?? report.unitId}
        </PageLink>
        {unit && <span className="muted"> · {levelLabels[unit.level][lang]}</span>}
        <div>
          {report.kinds.map((k) => reportKindLabels[k][lang]).join(' · ')}
          {report.periodReviewed && (
            <span className="muted"> · {periodLabel(report.periodReviewed, lang)}</span>
          )}
        </div>
        {lead && (
          <div className="muted">
            <AbbrText text={lead} />
          </div>
        )}
        <HeadlineFigures headline={headline} />
      </div>
    </li>
  );
});

const PAGE_SIZE = 20;

/** The groups cut to their first `limit` entries in all: a national timeline must not fill the DOM. */
function firstEntries(groups: YearGroup[], limit: number): YearGroup[] {
  const cut: YearGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    cut.push({ year: group.year, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return cut;
}

/** Moves focus between entries with the arrow keys, Home and End. */
function onListKeyDown(event: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const links = [
    ...event.currentTarget.querySelectorAll<HTMLAnchorElement>('.timeline-entry__link'),
  ];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (current === -1) return;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? links.length - 1
        : Math.min(Math.max(current + (event.key === 'ArrowDown' ? 1 : -1), 0), links.length - 1);
  links[next]?.focus();
  event.preventDefault();
}

export function Timeline({ rows, zoomYear, onZoom, emptyHint, subtitle }: TimelineProps) {
  const { t, lang } = useT();
  const [limit, setLimit] = useState(PAGE_SIZE);
  // A national timeline sorts and copies 100,000 rows: only when the rows or the zoom change.
  const groups = useMemo(() => groupByYear(rows), [rows]);
  const zoomed = useMemo(
    () => (zoomYear === null ? groups : groups.filter((g) => g.year === zoomYear)),
    [groups, zoomYear],
  );
  const zoomedRows = useMemo(() => zoomed.flatMap((g) => g.rows), [zoomed]);
  const total = zoomedRows.length;
  const shown = useMemo(() => firstEntries(zoomed, limit), [zoomed, limit]);
  const maxCount = Math.max(1, ...groups.map((g) => g.rows.length));
  const panel = useRef<HTMLElement>(null);
  const table = useMemo(
    () => (total === 0 ? undefined : timelineTable(zoomedRows, lang)),
    [zoomedRows, total, lang],
  );
  const renderImage = async ({ width }: { width: number }) =>
    timelineImage(document, shown, width, lang, total - Math.min(limit, total), fontMeasure());
  const title = zoomYear === null ? t('timeline.title') : `${t('timeline.title')} · ${zoomYear}`;
  const exporter = usePanelExport({
    id: 'timeline',
    name: panelExportName('timeline', title, lang),
    title,
    subtitle,
    // Labelled only when an export reads them: a national timeline holds 100,000 rows.
    sources: {
      length: zoomedRows.length,
      slice: (start, end) =>
        zoomedRows
          .slice(start, end)
          .map(({ report }) => `${formatDate(report.date, lang)} · ${report.title[lang]}`),
    },
    panel,
    noImage: total === 0,
    renderImage,
    table,
  });
  useRegisterExport(exporter);

  return (
    <section
      ref={panel}
      className="timeline panel"
      aria-labelledby="timeline-h"
      data-panel="timeline"
    >
      <header className="timeline__header">
        <h2 id="timeline-h">{t('timeline.title')}</h2>
        {total > 0 && <ExportMenu exporter={exporter} />}
      </header>
      {groups.length > 0 && (
        <nav className="timeline__overview" aria-label={t('timeline.overview')}>
          <button type="button" aria-pressed={zoomYear === null} onClick={() => onZoom(null)}>
            {t('timeline.allYears')}
          </button>
          {groups.map((g) => (
            <button
              key={g.year}
              type="button"
              className="timeline__year-bar"
              aria-pressed={zoomYear === g.year}
              aria-label={t('timeline.zoomTo', {
                year: g.year,
                count: formatNumber(g.rows.length, lang),
              })}
              onClick={() => onZoom(zoomYear === g.year ? null : g.year)}
            >
              <span
                className="timeline__bar"
                style={{ height: `${(g.rows.length / maxCount) * 2}rem` }}
              />
              <span>{g.year}</span>
            </button>
          ))}
        </nav>
      )}
      {rows.length === 0 ? (
        <div className="notice" data-testid="timeline-empty">
          <p>{t('timeline.empty')}</p>
          <p className="muted">{emptyHint}</p>
        </div>
      ) : shown.length === 0 ? (
        <p className="notice">{t('timeline.emptyYear', { year: zoomYear ?? '' })}</p>
      ) : (
        <div onKeyDown={onListKeyDown}>
          <p className="muted small">{t('timeline.keyboardHint')}</p>
          {shown.map((group) => (
            <section
              key={group.year}
              className="timeline__year"
              aria-labelledby={`year-${group.year}`}
            >
              <h3 id={`year-${group.year}`}>
                {group.year}{' '}
                <span className="muted small">
                  {t('timeline.yearCount', { count: formatNumber(group.rows.length, lang) })}
                </span>
              </h3>
              <ol className="timeline__entries">
                {group.rows.map((row) => (
                  <TimelineEntry key={row.report.id} row={row} />
                ))}
              </ol>
            </section>
          ))}
          {total > limit && (
            <button
              type="button"
              className="show-more"
              onClick={() => setLimit((n) => n + PAGE_SIZE)}
            >
              {t('dashboard.showMore', {
                count: formatNumber(Math.min(PAGE_SIZE, total - limit), lang),
                remaining: formatNumber(total - limit, lang),
              })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
