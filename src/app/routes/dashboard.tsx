import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { useReportRows } from '@/data/report-queries';
import { ReportList } from '@/features/reports/report-list';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

function Conferences() {
  const { t, lang } = useT();
  const rows = useReportRows();
  if (rows.isPending)
    return <DataLoading failureCount={rows.failureCount} failureReason={rows.failureReason} />;
  if (rows.isError) return <DataError error={rows.error} onRetry={() => void rows.refetch()} />;
  return (
    <>
      <p className="muted" data-testid="report-count">
        {t('dashboard.count', { count: formatNumber(rows.data.length, lang) })}
      </p>
      <ReportList rows={rows.data} />
    </>
  );
}

export function DashboardRoute() {
  const { t } = useT();
  return (
    <section aria-labelledby="conferences-h" className="panel">
      <h2 id="conferences-h">{t('dashboard.title')}</h2>
      <SectionBoundary section={t('dashboard.title')}>
        <Conferences />
      </SectionBoundary>
    </section>
  );
}
