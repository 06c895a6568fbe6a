import { Link } from 'react-router';
import { LocalBadge } from '@/components/local-badge';
import { AbbrText } from '@/components/ui/abbr-text';
import { factsOfReport, type DatasetIndex } from '@/domain/dataset-index';
import type { Report } from '@/domain/schema/report';
import type { SearchEntry } from '@/domain/search';
import { formatDate, formatNumber } from '@/lib/format';
import { levelLabels, statusLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

const UNIT_REPORTS_SHOWN = 5;

function ReportLink({ report }: { report: Report }) {
  const { lang } = useT();
  return (
    <Link to={`/reports/${report.id}`}>
      {formatDate(report.date, lang)} — <AbbrText text={report.title[lang]} />
    </Link>
  );
}

function UnitResult({ entry, index }: { entry: SearchEntry; index: DatasetIndex }) {
  const { t, lang, pick } = useT();
  const reportIds = entry.reportIds ?? [];
  const reports = reportIds
    .slice(0, UNIT_REPORTS_SHOWN)
    .map((id) => index.reportsById.get(id))
    .filter((r): r is Report => r !== undefined);
  const more = reportIds.length - reports.length;
  return (
    <>
      <strong className="search-result__label">
        <AbbrText text={pick(entry.label)} />
      </strong>
      {entry.detail && (
        <span className="muted">
          {' '}
          · <AbbrText text={pick(entry.detail)} />
        </span>
      )}
      {reports.length === 0 ? (
        <p className="muted">{t('search.unitNoReports')}</p>
      ) : (
        <>
          <p className="muted">
            {t('search.unitReports', { count: formatNumber(reportIds.length, lang) })}
          </p>
          <ul className="search-result__reports">
            {reports.map((report) => (
              <li key={report.id}>
                <ReportLink report={report} />
              </li>
            ))}
            {more > 0 && (
              <li className="muted">
                {t('search.unitMoreReports', { count: formatNumber(more, lang) })}
              </li>
            )}
          </ul>
        </>
      )}
    </>
  );
}

/** One match: what matched, and the report page it leads to. */
export function SearchResult({ entry, index }: { entry: SearchEntry; index: DatasetIndex }) {
  const { t, lang, pick } = useT();
  if (entry.kind === 'unit') return <UnitResult entry={entry} index={index} />;
  const report = entry.reportId ? index.reportsById.get(entry.reportId) : undefined;
  if (!report) return <AbbrText text={pick(entry.label)} />;
  const unit = index.units.byId.get(report.unitId);
  const fact = entry.factId
    ? factsOfReport(index, report.id).find((f) => f.id === entry.factId)
    : undefined;
  const exercise = fact?.category === 'exercises' ? fact : undefined;
  return (
    <>
      <Link to={`/reports/${report.id}`} className="search-result__label">
        <AbbrText text={pick(entry.label)} />
      </Link>
      {index.localReportIds.has(report.id) && (
        <>
          {' '}
          <LocalBadge />
        </>
      )}
      {exercise && (
        <span className="search-result__status muted">
          {' '}
          · {statusLabels[exercise.status][lang]}
          {exercise.level && ` · ${levelLabels[exercise.level][lang]}`}
        </span>
      )}
      {entry.detail && (
        <div className="muted">
          <AbbrText text={pick(entry.detail)} />
        </div>
      )}
      <div className="muted search-result__where">
        {entry.kind === 'report' ? (
          <>
            {formatDate(report.date, lang)} · {unit?.name[lang] ?? report.unitId}
          </>
        ) : (
          <>
            {t('search.inReport')}: {formatDate(report.date, lang)} —{' '}
            <AbbrText text={report.title[lang]} />
          </>
        )}
      </div>
    </>
  );
}
