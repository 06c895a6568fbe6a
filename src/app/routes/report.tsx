import { Link, useParams } from 'react-router';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { useDataset } from '@/data/dataset-queries';
import { useReportDetail } from '@/data/report-queries';
import { LocalReportActions } from '@/features/local-data/local-report-actions';
import { ReportDetailView } from '@/features/reports/report-detail';
import { useT } from '@/lib/i18n/use-t';

function ReportContent({ reportId }: { reportId: string }) {
  const { t } = useT();
  const dataset = useDataset();
  const detail = useReportDetail(reportId);
  if (detail.isPending)
    return <DataLoading failureCount={detail.failureCount} failureReason={detail.failureReason} />;
  if (detail.isError && !detail.data)
    return <DataError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data || !dataset.data) {
    return (
      <div className="notice">
        <p>{t('report.notFound', { id: reportId })}</p>
        <Link to="/">{t('report.back')}</Link>
      </div>
    );
  }
  const { index, localEntries } = dataset.data;
  const entry = localEntries.find((e) => e.report.id === reportId);
  return (
    <ReportDetailView
      detail={detail.data}
      unitsById={index.units.byId}
      sourcesById={index.sourcesById}
      localActions={entry && <LocalReportActions entry={entry} all={localEntries} />}
    />
  );
}

export function ReportRoute() {
  const { t } = useT();
  const { reportId = '' } = useParams();
  return (
    <SectionBoundary section={t('section.report')}>
      <ReportContent reportId={reportId} />
    </SectionBoundary>
  );
}
