import { useDatasetSelect } from '@/data/dataset-queries';
import type { LoadedDataset } from '@/data/fetch-dataset';
import type { DatasetIndex } from '@/domain/dataset-index';
import { glossaryUsage } from '@/domain/glossary-usage';

// Keyed by the loaded dataset: counting walks every text, so it is done once per dataset.
const counted = new WeakMap<DatasetIndex, ReadonlyMap<string, number>>();

function usageOf({ index }: LoadedDataset): ReadonlyMap<string, number> {
  let usage = counted.get(index);
  if (!usage) {
    usage = glossaryUsage(index);
    counted.set(index, usage);
  }
  return usage;
}

/** How many loaded reports use each glossary entry, by abbreviation. */
export function useGlossaryUsage() {
  return useDatasetSelect(usageOf);
}
