import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { useDataset } from '@/data/dataset-queries';
import { useT } from '@/lib/i18n/use-t';
import { extractDraft, type DraftWarning } from './extract';
import { PasteStep } from './paste-step';
import { ReviewScreen } from './review/review-screen';
import { reviewFromDraft, reviewFromEntry, type ReviewState } from './review/review-model';

interface Review {
  state: ReviewState;
  warnings: DraftWarning[];
  /** Remounts the form for each new extraction. */
  key: number;
}

/**
 * Adding a report: paste its text, review what was read against the article, save it in
 * this browser. With a report id, the saved report opens in the same review to be edited.
 */
export function AddReportPage() {
  const { t } = useT();
  const { reportId } = useParams();
  const navigate = useNavigate();
  const dataset = useDataset();
  const [review, setReview] = useState<Review | null>(null);
  const [lastPaste, setLastPaste] = useState<{ text: string; fileName: string } | null>(null);

  if (dataset.isPending)
    return (
      <DataLoading failureCount={dataset.failureCount} failureReason={dataset.failureReason} />
    );
  if (dataset.isError)
    return <DataError error={dataset.error} onRetry={() => void dataset.refetch()} />;
  const { index, localEntries } = dataset.data;
  const units = index.dataset.units;
  const common = {
    units,
    reports: index.dataset.reports,
    localEntries,
  };

  if (reportId) {
    const entry = localEntries.find((e) => e.report.id === reportId);
    if (!entry)
      return (
        <div className="notice">
          <p>{t('add.notLocal', { id: reportId })}</p>
          <Link to="/local">{t('local.nav')}</Link>
        </div>
      );
    return (
      <section className="add-report" aria-labelledby="add-title">
        <h2 id="add-title">{t('add.editTitle', { title: entry.report.title.vi })}</h2>
        <ReviewScreen
          key={entry.savedAt}
          initial={reviewFromEntry(entry)}
          warnings={[]}
          {...common}
          onCancel={() => navigate(`/reports/${reportId}`)}
        />
      </section>
    );
  }

  return (
    <section className="add-report" aria-labelledby="add-title">
      <h2 id="add-title">{t('add.title')}</h2>
      {review ? (
        <ReviewScreen
          key={review.key}
          initial={review.state}
          warnings={review.warnings}
          {...common}
          onCancel={() => setReview(null)}
        />
      ) : (
        <PasteStep
          initial={lastPaste ?? undefined}
          onExtract={(text, fileName) => {
            const draft = extractDraft(text, units, {
              today: new Date().toISOString().slice(0, 10),
            });
            setLastPaste({ text, fileName });
            setReview({
              state: reviewFromDraft(draft, text, fileName),
              warnings: draft.warnings,
              key: Date.now(),
            });
          }}
        />
      )}
    </section>
  );
}
