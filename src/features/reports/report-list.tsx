import { useState } from 'react';
import { Link } from 'react-router';
import { AbbrText } from '@/components/ui/abbr-text';
import type { ReportHeadline } from '@/domain/headline';
import { periodLabel } from '@/domain/periods';
import type { ReportRow } from '@/domain/selectors';
import { formatDate, formatNumber, formatPercent, formatVnd } from '@/lib/format';
import { bodyLabels, levelLabels, qualifierLabels, reportKindLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

function HeadlineFigures({ headline }: { headline: ReportHeadline }) {
  const { t, lang } = useT();
  const items: string[] = [];
  if (headline.enlisted?.value != null)
    items.push(t('headline.enlisted', { value: formatNumber(headline.enlisted.value, lang) }));
  if (headline.quotaCompletionPct?.value != null)
    items.push(
      t('headline.quota', { value: formatPercent(headline.quotaCompletionPct.value, lang) }),
    );
  if (headline.educated !== undefined)
    items.push(t('headline.educated', { value: formatNumber(headline.educated, lang) }));
  if (headline.exercisesDone > 0)
    items.push(t('headline.exercisesDone', { value: formatNumber(headline.exercisesDone, lang) }));
  if (headline.exercisesPlanned > 0)
    items.push(
      t('headline.exercisesPlanned', { value: formatNumber(headline.exercisesPlanned, lang) }),
    );
  if (headline.awardRecipients !== undefined)
    items.push(t('headline.awards', { value: formatNumber(headline.awardRecipients, lang) }));
  if (headline.moneyVnd !== undefined) {
    const hedge = qualifierLabels[headline.moneyVnd.qualifier][lang];
    const amount = formatVnd(headline.moneyVnd.value, lang);
    items.push(t('headline.money', { value: hedge ? `${hedge} ${amount}` : amount }));
  }
  if (items.length === 0) return <span className="muted">{t('headline.none')}</span>;
  return (
    <ul className="figures">
      {items.map((item) => (
        <li key={item}>
          <AbbrText text={item} />
        </li>
      ))}
    </ul>
  );
}

const PAGE_SIZE = 50;

/**
 * The loaded conferences, newest first, a page at a time: a national dataset holds
 * a hundred thousand of them, and the DOM must not.
 */
export function ReportList({ rows }: { rows: readonly ReportRow[] }) {
  const { t, lang } = useT();
  const [shown, setShown] = useState(PAGE_SIZE);
  if (rows.length === 0) return <p className="muted">{t('dashboard.empty')}</p>;
  const remaining = rows.length - shown;
  return (
    <>
      <ol className="report-list" aria-label={t('dashboard.title')}>
        {rows.slice(0, shown).map(({ report, unit, headline }) => (
          <li
            key={report.id}
            className="report-card"
            data-testid="report-item"
            data-report-id={report.id}
          >
            <div className="report-card__meta">
              <time dateTime={report.date}>{formatDate(report.date, lang)}</time>
              {report.dateProvenance.status === 'inferred' && (
                <span
                  className="badge badge--inferred"
                  title={report.dateProvenance.reason?.[lang]}
                >
                  {t('provenance.inferred')}
                </span>
              )}
              <span>{report.kinds.map((k) => reportKindLabels[k][lang]).join(' · ')}</span>
            </div>
            <h3 className="report-card__title">
              <Link to={`/reports/${report.id}`}>
                <AbbrText text={report.title[lang]} />
              </Link>
            </h3>
            <p className="report-card__unit">
              <AbbrText text={bodyLabels[report.body][lang]} /> ·{' '}
              {unit?.name[lang] ?? report.unitId}
              {unit && <span className="muted"> ({levelLabels[unit.level][lang]})</span>}
              {report.periodReviewed && <> · {periodLabel(report.periodReviewed, lang)}</>}
            </p>
            <HeadlineFigures headline={headline} />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('dashboard.showMore', {
            count: formatNumber(Math.min(PAGE_SIZE, remaining), lang),
            remaining: formatNumber(remaining, lang),
          })}
        </button>
      )}
    </>
  );
}
