import { memo, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { SectionBoundary } from '@/components/ui/section-boundary';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { ReportFilter } from '@/domain/report-filter';
import type { ReportRow } from '@/domain/selectors';
import { ActiveFilters } from '@/features/filters/active-filters';
import { FilterPanel } from '@/features/filters/filter-panel';
import { useFilterStore } from '@/features/filters/filter-store';
import { TimeSlider } from '@/features/filters/time-slider';
import { UrlNotices } from '@/features/filters/url-notices';
import {
  usePrepareForFilters,
  useFilteredSelection,
} from '@/features/filters/use-filtered-selection';
import { useFilterSubtitle } from '@/features/filters/use-filter-subtitle';
import { ChartsSection } from '@/features/charts/charts-section';
import { ExportAllButton, ExportRegistry } from '@/features/export/export-all';
import { MapSection } from '@/features/map/map-section';
import { HoldOutOfSight } from '@/features/out-of-sight/hold-out-of-sight';
import { useTrackOutOfSight } from '@/features/out-of-sight/use-track-out-of-sight';
import { Timeline } from '@/features/timeline/timeline';
import type { PanelId } from '@/features/views/panel-ids';
import { parseSlides } from '@/features/views/saved-view';
import { useViewStore } from '@/features/views/view-store';
import { ViewsMenu } from '@/features/views/views-menu';
import { useT } from '@/lib/i18n/use-t';
import { FilteredDataGate } from './filtered-data-gate';

/**
 * From this many reports the panels out of sight are left undrawn until scrolled near (see
 * styles.css), and a filter change reaches those more than a screen away once it rests
 * (HoldOutOfSight): at national scale that saves most of a change's layout and half its
 * rendering; on a few reports it saves nothing, and it would leave them out of full-page captures.
 */
const UNDRAWN_OUT_OF_SIGHT_FROM = 1_000;

// Memo: a URL change re-renders the route (in a transition) before the filter store takes the
// new filter; without it the whole dashboard rendered twice per change, once with the old filter.
const Dashboard = memo(function Dashboard({
  index,
  rows,
}: {
  index: DatasetIndex;
  rows: readonly ReportRow[];
}) {
  const { t } = useT();
  const filtered = useFilteredSelection(index, rows);
  usePrepareForFilters(index);
  const { filterKey } = filtered;
  const large = index.reportsByDate.length >= UNDRAWN_OUT_OF_SIGHT_FROM;
  useTrackOutOfSight(large);
  const subtitle = useFilterSubtitle(index);
  const toggleUnit = useFilterStore((s) => s.toggleUnit);
  const toggleExerciseType = useFilterStore((s) => s.toggleExerciseType);
  const period = useFilterStore((s) => s.filter.period);
  const setPeriod = useFilterStore((s) => s.setPeriod);
  const zoomYear = useFilterStore((s) => s.zoomYear);
  const setZoomYear = useFilterStore((s) => s.setZoomYear);
  const panels = useViewStore((s) => s.panels);
  const visible = (id: PanelId) => panels.includes(id);
  const emptyHint =
    filtered.blocking.length > 0
      ? t('timeline.emptyBecause', {
          parts: filtered.blocking
            .map((part: keyof ReportFilter) => t(`timeline.part.${part}`))
            .join(', '),
        })
      : t('timeline.emptyAll');
  return (
    // data-filter tells the benchmark which filter the panels in sight have rendered (each panel
    // held out of sight names its own).
    <div className="dashboard" data-filter={filterKey} data-scale={large ? 'large' : undefined}>
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
          filterKey={filterKey}
        />
        {visible('map') && (
          <HoldOutOfSight panel="map" filterKey={filterKey}>
            <MapSection
              index={index}
              reports={filtered.reports}
              facts={filtered.facts}
              subtitle={subtitle}
              selectedUnitIds={filtered.filter.unitIds}
            />
          </HoldOutOfSight>
        )}
        {visible('timeline') && (
          <HoldOutOfSight panel="timeline" filterKey={filterKey}>
            <SectionBoundary section={t('timeline.title')}>
              <Timeline
                rows={filtered.rows}
                zoomYear={zoomYear}
                onZoom={setZoomYear}
                emptyHint={emptyHint}
                subtitle={subtitle}
              />
            </SectionBoundary>
          </HoldOutOfSight>
        )}
      </div>
    </div>
  );
});

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
  return (
    <FilteredDataGate>
      {(index, rows) => (
        <ExportRegistry>
          <Dashboard index={index} rows={rows} />
        </ExportRegistry>
      )}
    </FilteredDataGate>
  );
}
