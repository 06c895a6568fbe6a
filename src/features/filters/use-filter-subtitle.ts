import type { DatasetIndex } from '@/domain/dataset-index';
import { exerciseTypeLabels, reportKindLabels, topicLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { describeFilter } from './filter-labels';
import { useFilterStore } from './filter-store';

/** The active filter in words, in the current language. */
export function useFilterSubtitle(index: DatasetIndex): string {
  const { t, lang } = useT();
  const filter = useFilterStore((s) => s.filter);
  return describeFilter(filter, (id) => index.units.byId.get(id)?.name[lang] ?? id, lang, {
    allUnits: t('filters.allUnits'),
    allTime: t('filters.allTime'),
    match: t(`filters.match.${filter.periodMatch}`),
    kind: (k) => reportKindLabels[k][lang],
    topic: (x) => topicLabels[x][lang],
    exercise: (e) => exerciseTypeLabels[e][lang],
  });
}
