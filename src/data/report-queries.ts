import { useCallback } from 'react';
import { reportDetail, reportRows } from '@/domain/selectors';
import type { LoadedDataset } from './fetch-dataset';
import { useDatasetSelect } from './dataset-queries';

const selectRows = (loaded: LoadedDataset) => reportRows(loaded.index);

export function useReportRows() {
  return useDatasetSelect(selectRows);
}

export function useReportDetail(reportId: string) {
  const select = useCallback(
    (loaded: LoadedDataset) => reportDetail(loaded.index, reportId),
    [reportId],
  );
  return useDatasetSelect(select);
}
