import { AbbrText } from '@/components/ui/abbr-text';
import type { ReportHeadline } from '@/domain/headline';
import { headlineTexts } from '@/lib/headline-text';
import { useT } from '@/lib/i18n/use-t';

/** The few figures a reader wants first from a report; what it does not state is left out. */
export function HeadlineFigures({ headline }: { headline: ReportHeadline }) {
  const { t, lang } = useT();
  const items = headlineTexts(headline, lang);
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
