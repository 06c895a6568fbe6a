import { useMemo, type ReactNode } from 'react';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { headlineTotals } from '@/domain/aggregate/headline-totals';
import type { PanelId } from '@/features/views/panel-ids';
import { HoldOutOfSight } from '@/features/out-of-sight/hold-out-of-sight';
import { useT } from '@/lib/i18n/use-t';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { AwardsChart } from './awards-chart';
import type { ChartProps } from './chart-props';
import { CoverageChart } from './coverage-chart';
import { EducationChart } from './education-chart';
import { ExercisesChart } from './exercises-chart';
import { HatchPatterns } from './hatch-patterns';
import { HeadlineCards } from './headline-cards';
import { RecruitmentChart } from './recruitment-chart';

/** Headline cards and the chart panels, each panel isolated by its own error boundary. */
export function ChartsSection({
  visible,
  filterKey,
  ...props
}: ChartProps & {
  visible: (id: PanelId) => boolean;
  /** The filter `props` select by, for the panels held out of sight. */
  filterKey: string;
}) {
  const { t } = useT();
  const totals = useMemo(() => headlineTotals(props.facts), [props.facts]);
  // On a national dataset the charts take a few hundred ms to draw: the headline figures,
  // the filters and the timeline show first, the charts in the frame after.
  const chartsDrawn = useAfterFirstPaint();
  const chart = (id: PanelId, title: string, panel: ReactNode) =>
    visible(id) && (
      <HoldOutOfSight panel={id} filterKey={filterKey}>
        <SectionBoundary section={title}>
          {chartsDrawn ? panel : <ChartStandIn title={title} />}
        </SectionBoundary>
      </HoldOutOfSight>
    );
  return (
    <section className="charts" aria-labelledby="charts-h">
      <h2 id="charts-h" className="visually-hidden">
        {t('charts.title')}
      </h2>
      <HatchPatterns />
      {visible('headline') && (
        <SectionBoundary section={t('charts.title')}>
          <HeadlineCards totals={totals} index={props.index} />
        </SectionBoundary>
      )}
      <div className="charts__grid">
        {chart('recruitment', t('recruitment.title'), <RecruitmentChart {...props} />)}
        {chart('exercises', t('exercises.title'), <ExercisesChart {...props} />)}
        {chart('education', t('education.title'), <EducationChart {...props} />)}
        {chart('awards', t('awards.title'), <AwardsChart {...props} />)}
        {chart('coverage', t('coverage.title'), <CoverageChart {...props} />)}
      </div>
    </section>
  );
}

function ChartStandIn({ title }: { title: string }) {
  const { t } = useT();
  return (
    <section className="panel chart-panel chart-panel--pending" aria-busy="true">
      <h3>{title}</h3>
      <p className="chart-panel__pending">{t('charts.drawing')}</p>
    </section>
  );
}
