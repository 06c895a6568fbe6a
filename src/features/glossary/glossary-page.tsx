import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AbbrText } from '@/components/ui/abbr-text';
import { filterGlossary, glossaryAlphabetical } from '@/domain/glossary';
import type { GlossaryEntry } from '@/domain/glossary-entries';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useGlossaryUsage } from './use-glossary-usage';

function Usage({ entry, count }: { entry: GlossaryEntry; count: number | undefined }) {
  const { t, lang } = useT();
  if (count === undefined) return null;
  if (count === 0) return <dd className="glossary__usage muted">{t('glossary.unused')}</dd>;
  return (
    <dd className="glossary__usage">
      <Link to={`/search?q=${encodeURIComponent(entry.abbr)}`}>
        {t('glossary.usage', { count: formatNumber(count, lang) })}
      </Link>
    </dd>
  );
}

/** Every glossary entry as a definition list, with a diacritic-insensitive filter kept in the URL. */
export function GlossaryPage() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const filterId = useId();
  const filter = params.get('filter') ?? '';
  const usage = useGlossaryUsage();
  const entries = filterGlossary(glossaryAlphabetical, filter);
  const countOf = (abbr: string) => (usage.data ? (usage.data.get(abbr) ?? 0) : undefined);

  return (
    <section aria-labelledby="glossary-h" className="panel glossary">
      <h2 id="glossary-h">{t('glossary.title')}</h2>
      <p className="muted">{t('glossary.intro')}</p>
      <div className="glossary__filter">
        <label htmlFor={filterId}>{t('glossary.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          placeholder={t('glossary.filterPlaceholder')}
          autoComplete="off"
          onChange={(event) =>
            setParams(event.target.value ? { filter: event.target.value } : {}, { replace: true })
          }
        />
        <span role="status" className="muted" data-testid="glossary-count">
          {t('glossary.count', {
            shown: formatNumber(entries.length, lang),
            total: formatNumber(glossaryAlphabetical.length, lang),
          })}
        </span>
      </div>
      {entries.length === 0 ? (
        <p className="notice">{t('glossary.empty', { query: filter })}</p>
      ) : (
        <dl className="glossary__list">
          {entries.map((entry) => (
            <div key={entry.abbr} className="glossary__entry" data-testid="glossary-entry">
              <dt lang="vi">
                <AbbrText text={entry.abbr} />
              </dt>
              <dd lang="vi">
                <span className="glossary__lang">{t('glossary.vi')}</span> {entry.expansion.vi}
              </dd>
              <dd lang="en">
                <span className="glossary__lang">{t('glossary.en')}</span> {entry.expansion.en}
              </dd>
              {entry.meaning && (
                <dd lang={lang} className="glossary__meaning">
                  <AbbrText text={entry.meaning[lang]} />
                </dd>
              )}
              <Usage entry={entry} count={countOf(entry.abbr)} />
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
