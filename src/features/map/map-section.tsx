import { lazy, Suspense } from 'react';
import { SectionBoundary } from '@/components/ui/section-boundary';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { FactRows } from '@/domain/aggregate/fact-rows';
import type { Report } from '@/domain/schema/report';
import { useFilterStore } from '@/features/filters/filter-store';
import { useT } from '@/lib/i18n/use-t';

// Leaflet and the map stay out of the first load.
const MapPanel = lazy(() => import('./map-panel'));

interface MapSectionProps {
  index: DatasetIndex;
  reports: readonly Report[];
  facts: FactRows;
  subtitle: string;
  selectedUnitIds: readonly string[];
}

/** The map in its own error boundary, loaded on demand, wired to the shared filter. */
export function MapSection(props: MapSectionProps) {
  const { t } = useT();
  const layer = useFilterStore((s) => s.mapLayer);
  const setLayer = useFilterStore((s) => s.setMapLayer);
  const toggleUnit = useFilterStore((s) => s.toggleUnit);
  return (
    <SectionBoundary section={t('map.title')}>
      <Suspense fallback={<p className="panel muted">{t('map.loading')}</p>}>
        <MapPanel {...props} layer={layer} onLayerChange={setLayer} onUnitClick={toggleUnit} />
      </Suspense>
    </SectionBoundary>
  );
}
