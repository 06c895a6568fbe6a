import { useId, useState } from 'react';
import type { FactRows } from '@/domain/aggregate/fact-rows';
import { PageLink } from './page-link';
import type { DatasetIndex } from '@/domain/dataset-index';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { LocalBadge } from './local-badge';
import { ProvenanceButton } from './provenance-button';

/** A national total rests on a million facts: the list shows the first ones. */
const SHOWN = 200;

/** "Sources (n)": the reports and paragraphs behind a figure, on demand. */
export function FactSources({ facts, index }: { facts: FactRows; index: DatasetIndex }) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="fact-sources">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('charts.sources', { count: formatNumber(facts.length, lang) })}
      </button>
      {open && (
        <ul id={listId} aria-label={t('charts.sourcesTitle')}>
          {facts.slice(0, SHOWN).map((fact) => {
            const report = index.reportsById.get(fact.reportId);
            return (
              <li key={fact.id}>
                <PageLink to={`/reports/${fact.reportId}`}>
                  {report
                    ? `${formatDate(report.date, lang)} · ${report.title[lang]}`
                    : fact.reportId}
                </PageLink>{' '}
                {index.localReportIds.has(fact.reportId) && <LocalBadge />}{' '}
                <ProvenanceButton
                  provenance={fact.provenance}
                  source={index.sourcesById.get(fact.provenance.sourceId)}
                />
              </li>
            );
          })}
          {facts.length > SHOWN && (
            <li className="muted">
              {t('charts.sourcesMore', { count: formatNumber(facts.length - SHOWN, lang) })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
