import { useState } from 'react';
import { Link } from 'react-router';
import { describeLoadError } from '@/components/describe-load-error';
import { RejectedList } from '@/components/rejected-list';
import { useDataset, useRefreshDataset } from '@/data/dataset-queries';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** What data is on screen: how much, as of when, whether synthetic, and what was rejected. */
export function DataStatus() {
  const { t, lang } = useT();
  const { data, isPending, isError, isFetching, error } = useDataset();
  const refresh = useRefreshDataset();
  const [showRejected, setShowRejected] = useState(false);
  if (isPending)
    return (
      <p className="data-status" role="status">
        {t('data.loading')}
      </p>
    );
  if (!data) return <p className="data-status data-status--error">{t('data.error.title')}</p>;
  const { dataset } = data.index;
  const compiled = /^\d{4}-\d{2}-\d{2}/.test(dataset.meta.compiledOn)
    ? formatDate(dataset.meta.compiledOn, lang)
    : dataset.meta.compiledOn;
  return (
    <div className="data-status" role="status" data-testid="data-status">
      <span>
        {t('data.loaded', {
          reports: formatNumber(dataset.reports.length, lang),
          facts: formatNumber(dataset.facts.length, lang),
        })}
      </span>
      <span className="muted">{t('data.date', { date: compiled })}</span>
      <button
        type="button"
        className="data-status__refresh"
        disabled={isFetching}
        onClick={() => void refresh()}
      >
        {isFetching ? t('data.refreshing') : t('data.refresh')}
      </button>
      {isError && error && (
        <span className="badge badge--warning" role="alert">
          {t('data.refreshFailed', { reason: describeLoadError(error, t) })}
        </span>
      )}
      {data.localEntries.length > 0 && (
        <Link to="/local" className="badge badge--local">
          {t('local.status', { count: formatNumber(data.localEntries.length, lang) })}
        </Link>
      )}
      {data.localError && (
        <Link to="/local" className="badge badge--warning">
          {t('local.statusError')}
        </Link>
      )}
      {dataset.meta.synthetic && (
        <strong className="badge badge--synthetic">{t('data.synthetic')}</strong>
      )}
      {data.rejected.length > 0 && (
        <button
          type="button"
          className="badge badge--warning"
          aria-expanded={showRejected}
          onClick={() => setShowRejected((s) => !s)}
        >
          {t('data.rejected', { count: formatNumber(data.rejected.length, lang) })}
        </button>
      )}
      {showRejected && (
        <div className="rejected-panel">
          <p>{t('data.rejectedTitle')}</p>
          <RejectedList records={data.rejected} />
        </div>
      )}
    </div>
  );
}
