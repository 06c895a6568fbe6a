import { useMemo } from 'react';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { headlineTotals } from '@/domain/aggregate/headline-totals';
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
export function ChartsSection(props: ChartProps) {
  const { t } = useT();
  const totals = useMemo(() => headlineTotals(props.facts), [props.facts]);
  return (
    <section className="charts" aria-labelledby="charts-h">
      <h2 id="charts-h" className="visually-hidden">
        {t('charts.title')}
      </h2>
      <HatchPatterns />
      <SectionBoundary section={t('charts.title')}>
        <HeadlineCards totals={totals} index={props.index} />
      </SectionBoundary>
      <div className="charts__grid">
        <SectionBoundary section={t('recruitment.title')}>
          <RecruitmentChart {...props} />
        </SectionBoundary>
        <SectionBoundary section={t('exercises.title')}>
          <ExercisesChart {...props} />
        </SectionBoundary>
        <SectionBoundary section={t('education.title')}>
          <EducationChart {...props} />
        </SectionBoundary>
        <SectionBoundary section={t('awards.title')}>
          <AwardsChart {...props} />
        </SectionBoundary>
        <SectionBoundary section={t('coverage.title')}>
          <CoverageChart {...props} />
        </SectionBoundary>
      </div>
    </section>
  );
}
