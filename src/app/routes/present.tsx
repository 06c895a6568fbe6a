import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { useDataset } from '@/data/dataset-queries';
import { useReportRows } from '@/data/report-queries';
import { useFilterUrlSync } from '@/features/filters/use-filter-url-sync';
import { Presenter } from '@/features/present/presenter';

export function PresentRoute() {
  const dataset = useDataset();
  const rows = useReportRows();
  useFilterUrlSync(dataset.data?.index);
  if (rows.isPending || dataset.isPending)
    return (
      <DataLoading failureCount={dataset.failureCount} failureReason={dataset.failureReason} />
    );
  if (rows.isError || dataset.isError) {
    const error = (dataset.error ?? rows.error) as Error;
    return <DataError error={error} onRetry={() => void dataset.refetch()} />;
  }
  return <Presenter index={dataset.data.index} rows={rows.data} />;
}
