import { lazy, Suspense, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { useDataset } from '@/data/dataset-queries';
import { useReportRows } from '@/data/report-queries';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { ReportFilter } from '@/domain/report-filter';
import type { ReportRow } from '@/domain/selectors';
import { ActiveFilters } from '@/features/filters/active-filters';
import { FilterPanel } from '@/features/filters/filter-panel';
import { useFilterStore } from '@/features/filters/filter-store';
import { TimeSlider } from '@/features/filters/time-slider';
import { UrlNotices } from '@/features/filters/url-notices';
import { useFilteredSelection } from '@/features/filters/use-filtered-selection';
import { useFilterSubtitle } from '@/features/filters/use-filter-subtitle';
import { ChartsSection } from '@/features/charts/charts-section';
import { ExportAllButton, ExportRegistry } from '@/features/export/export-all';
import { useFilterUrlSync } from '@/features/filters/use-filter-url-sync';
import { Timeline } from '@/features/timeline/timeline';
import type { PanelId } from '@/features/views/panel-ids';
import { parseSlides } from '@/features/views/saved-view';
import { useViewStore } from '@/features/views/view-store';
import { ViewsMenu } from '@/features/views/views-menu';
import { useT } from '@/lib/i18n/use-t';

// Leaflet and the map stay out of the first load.
const MapPanel = lazy(() => import('@/features/map/map-panel'));

function Dashboard({ index, rows }: { index: DatasetIndex; rows: readonly ReportRow[] }) {
  const { t } = useT();
  const filtered = useFilteredSelection(index, rows);
  const subtitle = useFilterSubtitle(index);
  const toggleUnit = useFilterStore((s) => s.toggleUnit);
  const toggleExerciseType = useFilterStore((s) => s.toggleExerciseType);
  const period = useFilterStore((s) => s.filter.period);
  const setPeriod = useFilterStore((s) => s.setPeriod);
  const zoomYear = useFilterStore((s) => s.zoomYear);
  const setZoomYear = useFilterStore((s) => s.setZoomYear);
  const panels = useViewStore((s) => s.panels);
  const visible = (id: PanelId) => panels.includes(id);
  const mapLayer = useFilterStore((s) => s.mapLayer);
  const setMapLayer = useFilterStore((s) => s.setMapLayer);
  const emptyHint =
    filtered.blocking.length > 0
      ? t('timeline.emptyBecause', {
          parts: filtered.blocking
            .map((part: keyof ReportFilter) => t(`timeline.part.${part}`))
            .join(', '),
        })
      : t('timeline.emptyAll');
  return (
    <div className="dashboard">
      <SectionBoundary section={t('filters.title')}>
        <FilterPanel index={index} />
      </SectionBoundary>
      <div className="dashboard__main">
        <UrlNotices />
        <div className="panel dashboard__status">
          <div className="dashboard__status-row">
            <ActiveFilters index={index} matching={filtered.rows.length} />
            <ExportAllButton />
          </div>
          <ViewsMenu />
          <TimeSlider
            years={index.years}
            period={period}
            onPeriod={(next, playing) => setPeriod(next, { replaceHistory: playing })}
          />
        </div>
        <ChartsSection
          index={index}
          facts={filtered.facts}
          reports={filtered.reports}
          subtitle={subtitle}
          selectedUnitIds={filtered.filter.unitIds}
          selectedExerciseTypes={filtered.filter.exerciseTypes}
          onUnitClick={toggleUnit}
          onExerciseTypeClick={toggleExerciseType}
          visible={visible}
        />
        {visible('map') && (
          <SectionBoundary section={t('map.title')}>
            <Suspense fallback={<p className="panel muted">{t('map.loading')}</p>}>
              <MapPanel
                index={index}
                reports={filtered.reports}
                facts={filtered.facts}
                subtitle={subtitle}
                layer={mapLayer}
                onLayerChange={setMapLayer}
                selectedUnitIds={filtered.filter.unitIds}
                onUnitClick={toggleUnit}
              />
            </Suspense>
          </SectionBoundary>
        )}
        {visible('timeline') && (
          <SectionBoundary section={t('timeline.title')}>
            <Timeline
              rows={filtered.rows}
              zoomYear={zoomYear}
              onZoom={setZoomYear}
              emptyHint={emptyHint}
              subtitle={subtitle}
            />
          </SectionBoundary>
        )}
      </div>
    </div>
  );
}

/** A shared view's link names its panels: the dashboard shows those. */
function useSlidesFromLink() {
  const [params] = useSearchParams();
  const slides = params.get('slides');
  useEffect(() => {
    const panels = parseSlides(slides);
    if (panels) useViewStore.getState().setPanels(panels);
  }, [slides]);
}

export function DashboardRoute() {
  useSlidesFromLink();
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
  return (
    <ExportRegistry>
      <Dashboard index={dataset.data.index} rows={rows.data} />
    </ExportRegistry>
  );
}
