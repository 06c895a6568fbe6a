import { Presenter } from '@/features/present/presenter';
import { FilteredDataGate } from './filtered-data-gate';

export function PresentRoute() {
  return (
    <FilteredDataGate>{(index, rows) => <Presenter index={index} rows={rows} />}</FilteredDataGate>
  );
}
