import { useCallback, useRef, useEffect, useMemo, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { headlineTotals } from '@/domain/aggregate/headline-totals';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { ReportRow } from '@/domain/selectors';
import { AwardsChart } from '@/features/charts/awards-chart';
import { CoverageChart } from '@/features/charts/coverage-chart';
import { EducationChart } from '@/features/charts/education-chart';
import { ExercisesChart } from '@/features/charts/exercises-chart';
import { HatchPatterns } from '@/features/charts/hatch-patterns';
import { HeadlineCards } from '@/features/charts/headline-cards';
import { RecruitmentChart } from '@/features/charts/recruitment-chart';
import { useFilterStore } from '@/features/filters/filter-store';
import { useFilteredSelection } from '@/features/filters/use-filtered-selection';
import { useFilterSubtitle } from '@/features/filters/use-filter-subtitle';
import { MapSection } from '@/features/map/map-section';
import { Timeline } from '@/features/timeline/timeline';
import { panelTitleKeys, type PanelId } from '@/features/views/panel-ids';
import { parseSlides } from '@/features/views/saved-view';
import { useViewStore } from '@/features/views/view-store';
import { useT } from '@/lib/i18n/use-t';
import { parseWallSeconds, slideCommand, stepSlide } from './slide-keys';

interface PresenterProps {
  index: DatasetIndex;
  rows: readonly ReportRow[];
}

/**
 * Presenter mode: one panel per slide, large type, moved by keyboard or clicker; the filters
 * and the data stay on every slide. `wall=<seconds>` cycles on its own with no controls.
 */
export function Presenter({ index, rows }: PresenterProps) {
  const { t } = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const savedPanels = useViewStore((s) => s.panels);
  const slides = useMemo(
    () => parseSlides(params.get('slides')) ?? savedPanels,
    [params, savedPanels],
  );
  const wall = parseWallSeconds(params.get('wall'));
  const current = Math.min(
    Math.max(0, Number(params.get('slide') ?? 1) - 1 || 0),
    slides.length - 1,
  );
  const filtered = useFilteredSelection(index, rows);
  const subtitle = useFilterSubtitle(index);
  const toggleUnit = useFilterStore((s) => s.toggleUnit);
  const toggleExerciseType = useFilterStore((s) => s.toggleExerciseType);
  const zoomYear = useFilterStore((s) => s.zoomYear);
  const setZoomYear = useFilterStore((s) => s.setZoomYear);
  const totals = useMemo(() => headlineTotals(filtered.facts), [filtered.facts]);

  // Keys can come faster than renders (a clicker held down): step from the last slide asked for.
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  const go = useCallback(
    (slide: number) => {
      currentRef.current = slide;
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('slide', String(slide + 1));
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const next = new URLSearchParams(params);
    for (const key of ['slide', 'wall']) next.delete(key);
    const search = next.toString().replace(/%2C/g, ',');
    navigate({ pathname: '/', search: search ? `?${search}` : '' });
  }, [navigate, params]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Keys inside a menu, a form field or a select belong to them.
      if (target?.closest('[role=menu], input, select, textarea')) return;
      const command = slideCommand(event.key);
      if (!command) return;
      event.preventDefault();
      if (command === 'exit') leave();
      else go(stepSlide(currentRef.current, slides.length, command, wall !== null));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides.length, wall, go, leave]);

  useEffect(() => {
    if (wall === null) return;
    const timer = window.setTimeout(
      () => go(stepSlide(current, slides.length, 'next', true)),
      wall * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [wall, current, slides.length, go]);

  const id = slides[current]!;
  const chartProps = {
    index,
    facts: filtered.facts,
    reports: filtered.reports,
    subtitle,
    selectedUnitIds: filtered.filter.unitIds,
    selectedExerciseTypes: filtered.filter.exerciseTypes,
    onUnitClick: toggleUnit,
    onExerciseTypeClick: toggleExerciseType,
  };
  const panels: Record<PanelId, () => ReactNode> = {
    headline: () => <HeadlineCards totals={totals} index={index} />,
    recruitment: () => <RecruitmentChart {...chartProps} />,
    exercises: () => <ExercisesChart {...chartProps} />,
    education: () => <EducationChart {...chartProps} />,
    awards: () => <AwardsChart {...chartProps} />,
    coverage: () => <CoverageChart {...chartProps} />,
    map: () => (
      <MapSection
        index={index}
        reports={filtered.reports}
        facts={filtered.facts}
        subtitle={subtitle}
        selectedUnitIds={filtered.filter.unitIds}
      />
    ),
    timeline: () => (
      <Timeline
        rows={filtered.rows}
        zoomYear={zoomYear}
        onZoom={setZoomYear}
        emptyHint=""
        subtitle={subtitle}
      />
    ),
  };
  const meta = index.dataset.meta;

  return (
    <div className={`presenter${wall !== null ? ' presenter--wall' : ''}`} data-testid="presenter">
      <header className="presenter__header">
        <h1>{t(panelTitleKeys[id])}</h1>
        <p className="presenter__filters">{subtitle}</p>
      </header>
      <div className="presenter__slide" data-slide={id}>
        <HatchPatterns />
        <SectionBoundary section={t(panelTitleKeys[id])}>{panels[id]()}</SectionBoundary>
      </div>
      <footer className="presenter__footer">
        <span>{t('present.dataDate', { title: meta.title })}</span>
        {wall !== null ? (
          <span>{t('present.wallEvery', { seconds: wall })}</span>
        ) : (
          <>
            <span className="muted">{t('present.keys')}</span>
            <button type="button" onClick={leave}>
              {t('present.exit')}
            </button>
          </>
        )}
        <span className="presenter__counter" aria-live="polite">
          {t('present.counter', { current: current + 1, total: slides.length })}
        </span>
      </footer>
    </div>
  );
}
