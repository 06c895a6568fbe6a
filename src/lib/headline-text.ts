import type { Lang } from '@/domain/periods';
import type { ReportHeadline } from '@/domain/headline';
import { formatNumber, formatPercent, formatVnd } from './format';
import { qualifierLabels } from './i18n/labels';
import { translate } from './i18n/use-t';

/** A report's headline figures as short phrases; what it does not state is left out. */
export function headlineTexts(headline: ReportHeadline, lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1], value: string) =>
    translate(lang, key, { value });
  const n = (value: number) => formatNumber(value, lang);
  const items: string[] = [];
  if (headline.enlisted?.value != null)
    items.push(t('headline.enlisted', n(headline.enlisted.value)));
  if (headline.quotaCompletionPct?.value != null)
    items.push(t('headline.quota', formatPercent(headline.quotaCompletionPct.value, lang)));
  if (headline.educated !== undefined) items.push(t('headline.educated', n(headline.educated)));
  if (headline.exercisesDone > 0)
    items.push(t('headline.exercisesDone', n(headline.exercisesDone)));
  if (headline.exercisesPlanned > 0)
    items.push(t('headline.exercisesPlanned', n(headline.exercisesPlanned)));
  if (headline.awardRecipients !== undefined)
    items.push(t('headline.awards', n(headline.awardRecipients)));
  if (headline.moneyVnd !== undefined) {
    const hedge = qualifierLabels[headline.moneyVnd.qualifier][lang];
    const amount = formatVnd(headline.moneyVnd.value, lang);
    items.push(t('headline.money', hedge ? `${hedge} ${amount}` : amount));
  }
  return items;
}
