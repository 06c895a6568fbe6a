import { useMemo } from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { topics } from '@/domain/schema/fact';
import { reportKinds } from '@/domain/schema/report';
import { buildUnitTree } from '@/domain/unit-tree';
import { reportKindLabels, topicLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { CheckboxChips } from './checkbox-chips';
import { useFilterStore } from './filter-store';
import { PeriodPicker } from './period-picker';
import { UnitPicker } from './unit-picker';

/** Topics people filter by; the others stay reachable through search and the report pages. */
const filterTopics = topics.filter((t) =>
  ['recruitment', 'training', 'exercises', 'education', 'awards', 'social-policy'].includes(t),
);

export function FilterPanel({ index }: { index: DatasetIndex }) {
  const { t, lang } = useT();
  const store = useFilterStore();
  const tree = useMemo(() => buildUnitTree(index), [index]);
  return (
    <aside className="filter-panel panel" aria-labelledby="filters-h">
      <h2 id="filters-h">{t('filters.title')}</h2>
      <section aria-label={t('filters.units')}>
        <h3>{t('filters.units')}</h3>
        <UnitPicker tree={tree} selected={store.filter.unitIds} onToggle={store.toggleUnit} />
      </section>
      <section aria-label={t('filters.period')}>
        <h3>{t('filters.period')}</h3>
        <PeriodPicker
          period={store.filter.period}
          match={store.filter.periodMatch}
          years={index.years}
          onPeriod={(period) => store.setPeriod(period)}
          onMatch={store.setPeriodMatch}
        />
      </section>
      <CheckboxChips
        legend={t('filters.kinds')}
        options={reportKinds}
        selected={store.filter.kinds}
        label={(kind) => reportKindLabels[kind][lang]}
        onToggle={store.toggleKind}
      />
      <CheckboxChips
        legend={t('filters.topics')}
        options={filterTopics}
        selected={store.filter.topics}
        label={(topic) => topicLabels[topic][lang]}
        onToggle={store.toggleTopic}
      />
    </aside>
  );
}
