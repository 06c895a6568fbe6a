import type { Lang } from '@/domain/periods';
import { periodLabel } from '@/domain/periods';
import { formatNumber } from '@/lib/format';
import { measureLabels, qualifierLabels, statusLabels } from '@/lib/i18n/labels';
import { translate } from '@/lib/i18n/use-t';
import type { DraftFact } from '../extract';

/** A fact of the draft in one line: what is measured, the figure, about whom, when. */
export function factSummary(fact: DraftFact, lang: Lang, unitName: (id: string) => string): string {
  const measure = (measureLabels as Record<string, { vi: string; en: string }>)[fact.measure];
  const qualifier = qualifierLabels[fact.qualifier][lang];
  const value =
    fact.value === null
      ? translate(lang, 'review.noNumber')
      : Number.isNaN(fact.value)
        ? '?'
        : `${qualifier ? `${qualifier} ` : ''}${formatNumber(fact.value, lang)}${fact.measure.endsWith('-pct') ? '%' : ''}`;
  const status = 'status' in fact ? statusLabels[fact.status][lang] : undefined;
  return [
    measure?.[lang] ?? fact.measure,
    value,
    status,
    fact.unitId ? unitName(fact.unitId) : undefined,
    fact.period ? periodLabel(fact.period, lang) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}
