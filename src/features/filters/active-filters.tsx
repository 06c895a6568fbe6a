import { AbbrText } from '@/components/ui/abbr-text';
import type { DatasetIndex } from '@/domain/dataset-index';
import { formatNumber } from '@/lib/format';
import { exerciseTypeLabels, reportKindLabels, topicLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { periodSelectionLabel } from './filter-labels';
import { useFilterStore } from './filter-store';

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/** What is filtered, each condition removable, and how many conferences match. */
export function ActiveFilters({ index, matching }: { index: DatasetIndex; matching: number }) {
  const { t, lang } = useT();
  const store = useFilterStore();
  const { filter } = store;
  const chips: Chip[] = [
    ...filter.unitIds.map((id) => ({
      key: `unit-${id}`,
      label: index.units.byId.get(id)?.name[lang] ?? id,
      remove: () => store.toggleUnit(id),
    })),
    ...(filter.period
      ? [
          {
            key: 'period',
            label: t('filters.chip.period', {
              period: periodSelectionLabel(filter.period, lang),
              match: t(`filters.match.${filter.periodMatch}`),
            }),
            remove: () => store.setPeriod(null),
          },
        ]
      : []),
    ...filter.kinds.map((kind) => ({
      key: `kind-${kind}`,
      label: reportKindLabels[kind][lang],
      remove: () => store.toggleKind(kind),
    })),
    ...filter.topics.map((topic) => ({
      key: `topic-${topic}`,
      label: topicLabels[topic][lang],
      remove: () => store.toggleTopic(topic),
    })),
    ...filter.exerciseTypes.map((type) => ({
      key: `exercise-${type}`,
      label: exerciseTypeLabels[type][lang],
      remove: () => store.toggleExerciseType(type),
    })),
  ];
  return (
    <div className="active-filters">
      <p className="active-filters__count" role="status" data-testid="match-count">
        {t('filters.count', {
          shown: formatNumber(matching, lang),
          total: formatNumber(index.dataset.reports.length, lang),
        })}
      </p>
      {chips.length === 0 ? (
        <p className="muted">{t('filters.none')}</p>
      ) : (
        <ul className="active-filters__chips" aria-label={t('filters.active')}>
          {chips.map((chip) => (
            <li key={chip.key} className="chip chip--on">
              <AbbrText text={chip.label} />
              <button
                type="button"
                className="chip__remove"
                aria-label={t('filters.remove', { label: chip.label })}
                onClick={chip.remove}
              >
                ×
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={store.clearAll}>
              {t('filters.clearAll')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
