import { useId, useState } from 'react';
import type { Provenance, Source } from '@/domain/schema/provenance';
import { formatDate } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

interface ProvenanceButtonProps {
  provenance: Provenance;
  source: Source | undefined;
}

/** One click from any figure to where it came from: article, paragraph, stated or inferred and why. */
export function ProvenanceButton({ provenance, source }: ProvenanceButtonProps) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const inferred = provenance.status === 'inferred';
  return (
    <span className="provenance">
      <button
        type="button"
        className={`provenance__toggle${inferred ? ' provenance__toggle--inferred' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        title={t('provenance.open')}
        onClick={() => setOpen((o) => !o)}
      >
        {inferred ? t('provenance.inferred') : t('provenance.stated')} ·{' '}
        {t('provenance.paragraph', { n: provenance.paragraph })}
      </button>
      {open && (
        <span id={panelId} role="note" className="provenance__panel">
          <span>{t('provenance.source', { file: source?.file ?? provenance.sourceId })}</span>
          <span>{t('provenance.paragraph', { n: provenance.paragraph })}</span>
          {source && source.authors.length > 0 && (
            <span>{t('provenance.authors', { authors: source.authors.join(', ') })}</span>
          )}
          {source?.publishedAt && (
            <span>{t('provenance.published', { date: formatDate(source.publishedAt, lang) })}</span>
          )}
          {inferred && provenance.reason && (
            <span className="provenance__reason">
              {t('provenance.reason', { reason: provenance.reason[lang] })}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
