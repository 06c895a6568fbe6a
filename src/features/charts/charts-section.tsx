import { useMemo } from 'react';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { headlineTotals } from '@/domain/aggregate/headline-totals';
import type { PanelId } from '@/features/views/panel-ids';
import { useT } from '@/lib/i18n/use-t';
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
  ...props
}: ChartProps & { visible: (id: PanelId) => boolean }) {
  const { t } = useT();
  const totals = useMemo(() => headlineTotals(props.facts), [props.facts]);
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
        {visible('recruitment') && (
          <SectionBoundary section={t('recruitment.title')}>
            <RecruitmentChart {...props} />
          </SectionBoundary>
        )}
        {visible('exercises') && (
          <SectionBoundary section={t('exercises.title')}>
            <ExercisesChart {...props} />
          </SectionBoundary>
        )}
        {visible('education') && (
          <SectionBoundary section={t('education.title')}>
            <EducationChart {...props} />
          </SectionBoundary>
        )}
        {visible('awards') && (
          <SectionBoundary section={t('awards.title')}>
            <AwardsChart {...props} />
          </SectionBoundary>
        )}
        {visible('coverage') && (
          <SectionBoundary section={t('coverage.title')}>
            <CoverageChart {...props} />
          </SectionBoundary>
        )}
      </div>
    </section>
  );
}
