import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { AbbrText } from '@/components/ui/abbr-text';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { searchKinds, type SearchEntry, type SearchKind } from '@/domain/search';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { SearchResult } from './search-result';
import { useSearch } from './use-search';

const PAGE_SIZE = 50;

function groupByKind(results: readonly SearchEntry[]) {
  const groups = new Map<SearchKind, SearchEntry[]>(searchKinds.map((kind) => [kind, []]));
  for (const entry of results) groups.get(entry.kind)?.push(entry);
  return groups;
}

function Results({ query }: { query: string }) {
  const { t, lang } = useT();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const search = useSearch(query, limit);
  if (search.isPending)
    return <DataLoading failureCount={search.failureCount} failureReason={search.failureReason} />;
  if (search.isError)
    return <DataError error={search.error} onRetry={() => void search.refetch()} />;

  const { results, total, countsByKind, index } = search.data;
  const n = (value: number) => formatNumber(value, lang);
  if (total === 0) {
    return (
      <div className="notice" role="status" data-testid="search-empty">
        <p>
          <AbbrText text={t('search.noResults', { query })} />
        </p>
        <p className="muted">{t('search.noResultsHint')}</p>
      </div>
    );
  }
  const groups = groupByKind(results);
  const remaining = total - results.length;
  return (
    <>
      <p role="status" className="muted" data-testid="search-count">
        {t('search.count', { count: n(total) })}
      </p>
      {searchKinds.map((kind) => {
        const entries = groups.get(kind) ?? [];
        const count = countsByKind[kind];
        if (count === 0) return null;
        const headingId = `search-${kind}-h`;
        return (
          <section
            key={kind}
            aria-labelledby={headingId}
            className="search-group"
            data-testid={`search-group-${kind}`}
          >
            <h3 id={headingId}>
              {t(`search.kind.${kind}`)} <span className="search-group__count">({n(count)})</span>
            </h3>
            {entries.length < count && (
              <p className="muted">
                {t('search.groupShowing', { shown: n(entries.length), count: n(count) })}
              </p>
            )}
            <ul className="search-results">
              {entries.map((entry, i) => (
                <li
                  key={`${entry.factId ?? entry.unitId ?? entry.reportId}-${i}`}
                  className="search-result"
                >
                  <SearchResult entry={entry} index={index} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {remaining > 0 && (
        <button type="button" className="show-more" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {t('search.showMore', {
            count: n(Math.min(PAGE_SIZE, remaining)),
            remaining: n(remaining),
          })}
        </button>
      )}
    </>
  );
}

/** The results page: the query lives in the URL (?q=), so results can be linked and reloaded. */
export function SearchPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  return (
    <section aria-labelledby="search-h" className="panel">
      <h2 id="search-h">
        <AbbrText text={query ? t('search.titleFor', { query }) : t('search.title')} />
      </h2>
      {query ? (
        <SectionBoundary section={t('search.title')}>
          <Results key={query} query={query} />
        </SectionBoundary>
      ) : (
        <p className="muted">
          <AbbrText text={t('search.prompt')} />
        </p>
      )}
    </section>
  );
}
