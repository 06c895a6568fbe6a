import raw from '../../public/data/qpdp-dataset.json';
import { indexDataset } from '@/domain/dataset-index';
import { parseDataset } from '@/domain/parse-dataset';

/** The shipped dataset, parsed and indexed as the app does it. */
export function loadRealDataset() {
  const parsed = parseDataset(raw, 'qpdp-dataset.json');
  return { ...parsed, index: indexDataset(parsed.dataset), raw };
}
