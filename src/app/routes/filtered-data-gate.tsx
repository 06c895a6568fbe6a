import type { ReactNode } from 'react';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { useDataset } from '@/data/dataset-queries';
import { useReportRows } from '@/data/report-queries';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { ReportRow } from '@/domain/selectors';
import { useFilterUrlSync } from '@/features/filters/use-filter-url-sync';

/**
 * What the filtered pages (dashboard, presenter) share: the filter follows the URL, and the
 * page shows once the data is in, with progress while it loads and a retry if it fails.
 */
export function FilteredDataGate({
  children,
}: {
  children: (index: DatasetIndex, rows: readonly ReportRow[]) => ReactNode;
}) {
  const dataset = useDataset();
  const rows = useReportRows();
  useFilterUrlSync(dataset.data?.index);
  if (rows.isPending || dataset.isPending)
    return (
      <DataLoading failureCount={dataset.failureCount} failureReason={dataset.failureReason} />
    );
  // A failed refresh keeps the data already shown; the header says the refresh failed.
  if (!dataset.data && (rows.isError || dataset.isError)) {
    const error = (dataset.error ?? rows.error) as Error;
    return <DataError error={error} onRetry={() => void dataset.refetch()} />;
  }
  if (!rows.data) return null;
  return children(dataset.data.index, rows.data);
}
