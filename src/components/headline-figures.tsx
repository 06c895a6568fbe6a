import { AbbrText } from '@/components/ui/abbr-text';
import type { ReportHeadline } from '@/domain/headline';
import { formatNumber, formatPercent, formatVnd } from '@/lib/format';
import { qualifierLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';

/** The few figures a reader wants first from a report; what it does not state is left out. */
export function HeadlineFigures({ headline }: { headline: ReportHeadline }) {
  const { t, lang } = useT();
  const items: string[] = [];
  if (headline.enlisted?.value != null)
    items.push(t('headline.enlisted', { value: formatNumber(headline.enlisted.value, lang) }));
  if (headline.quotaCompletionPct?.value != null)
    items.push(
      t('headline.quota', { value: formatPercent(headline.quotaCompletionPct.value, lang) }),
    );
  if (headline.educated !== undefined)
    items.push(t('headline.educated', { value: formatNumber(headline.educated, lang) }));
  if (headline.exercisesDone > 0)
    items.push(t('headline.exercisesDone', { value: formatNumber(headline.exercisesDone, lang) }));
  if (headline.exercisesPlanned > 0)
    items.push(
      t('headline.exercisesPlanned', { value: formatNumber(headline.exercisesPlanned, lang) }),
    );
  if (headline.awardRecipients !== undefined)
    items.push(t('headline.awards', { value: formatNumber(headline.awardRecipients, lang) }));
  if (headline.moneyVnd !== undefined) {
    const hedge = qualifierLabels[headline.moneyVnd.qualifier][lang];
    const amount = formatVnd(headline.moneyVnd.value, lang);
    items.push(t('headline.money', { value: hedge ? `${hedge} ${amount}` : amount }));
  }
  if (items.length === 0) return <span className="muted">{t('headline.none')}</span>;
  return (
    <ul className="figures">
      {items.map((item) => (
        <li key={item}>
          <AbbrText text={item} />
        </li>
      ))}
    </ul>
  );
}
