import type { Lang } from '@/domain/periods';
import { periodLabel } from '@/domain/periods';
import { selectionRange, type PeriodSelection, type ReportFilter } from '@/domain/report-filter';
import type { ExerciseType, Topic } from '@/domain/schema/fact';
import type { ReportKind } from '@/domain/schema/report';

/** "Quý 1/2024", "Năm 2023", "01/06/2023 – 31/05/2024": a picked period in words. */
export function periodSelectionLabel(period: PeriodSelection, lang: Lang): string {
  const { start, end } = selectionRange(period);
  const kind = period.kind === 'half' ? 'half-year' : period.kind;
  return periodLabel({ kind, start, end }, lang);
}

/** The active filter in one line, for chart subtitles and exported images. */
export function describeFilter(
  filter: ReportFilter,
  unitName: (id: string) => string,
  lang: Lang,
  words: {
    allUnits: string;
    allTime: string;
    match: string;
    kind: (k: ReportKind) => string;
    topic: (t: Topic) => string;
    exercise: (e: ExerciseType) => string;
  },
): string {
  const parts = [
    filter.unitIds.length > 0 ? filter.unitIds.map(unitName).join(', ') : words.allUnits,
    filter.period ? `${periodSelectionLabel(filter.period, lang)} (${words.match})` : words.allTime,
    ...filter.kinds.map(words.kind),
    ...filter.topics.map(words.topic),
    ...filter.exerciseTypes.map(words.exercise),
  ];
  return parts.join(' · ');
}
