import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { describeStorageError } from '@/components/describe-storage-error';
import type { LocalEntry } from '@/domain/schema/local-entry';
import type { Report } from '@/domain/schema/report';
import { factCategories, type FactCategory } from '@/domain/schema/fact';
import type { Unit } from '@/domain/schema/unit';
import { resemblesReport } from '@/domain/local/import-plan';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useUndoableWrite } from '@/features/local-data/use-undoable-write';
import type { DraftWarning } from '../extract';
import { warningMessage } from '../warning-messages';
import { ArticlePane } from './article-pane';
import { blankFact } from './fact-fields';
import { FactEditor } from './fact-editor';
import { UnitOptions } from './fields';
import { unitChoices, UnitChoicesContext } from './unit-choices';
import { markIdOf, type Mark, type MarkTarget } from './highlights';
import { issueMessage } from './issue-message';
import { pathLabel } from './path-label';
import { PeopleFields, ReportFields } from './report-fields';
import { inputIdOf, ReviewErrors } from './review-errors';
import { buildEntry, typedProvenance, type FieldIssue, type ReviewState } from './review-model';

interface ReviewScreenProps {
  initial: ReviewState;
  warnings: readonly DraftWarning[];
  units: readonly Unit[];
  reports: readonly Report[];
  localEntries: readonly LocalEntry[];
  onCancel: () => void;
}

function scrollToFormPart(target: MarkTarget) {
  const id =
    target.kind === 'fact'
      ? `review-fact-${target.index}`
      : target.kind === 'person'
        ? inputIdOf(`report.people.${target.index}.name`)
        : inputIdOf(target.kind === 'date' ? 'report.date' : 'report.unitId');
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: 'center' });
  (element?.matches('input, select')
    ? element
    : element?.querySelector<HTMLElement>('input, select')
  )?.focus();
}

/**
 * The article beside the draft: every value highlighted where it was read, every field
 * editable; saving checks the whole report against the schemas first and says what fails.
 */
export function ReviewScreen(props: ReviewScreenProps) {
  const { initial, warnings, units, reports, localEntries, onCancel } = props;
  const { t, lang } = useT();
  const navigate = useNavigate();
  const undoable = useUndoableWrite();
  const writes = undoable.status;
  const [state, setState] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [activeMark, setActiveMark] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const expand = (ids: readonly string[]) =>
    setExpanded((current) => new Set([...current, ...ids]));
  const [newCategory, setNewCategory] = useState<FactCategory>('recruitment');

  const choices = useMemo(() => unitChoices(units, lang, 'review-unit-options'), [units, lang]);
  const errors = useMemo(
    () => new Map(issues.map((issue) => [issue.path, issueMessage(issue, lang)])),
    [issues, lang],
  );
  const takenIds = useMemo(
    () => new Set(reports.map((r) => r.id).filter((id) => id !== state.reportId)),
    [reports, state.reportId],
  );
  const lookalikes = useMemo(() => {
    const { unitId, date, kinds } = state.report;
    if (!unitId || !date) return [];
    const probe = { id: state.reportId ?? '', unitId, date, kinds } as Report;
    return reports.filter((r) => resemblesReport(probe, r));
  }, [reports, state.report, state.reportId]);

  const showInText = (target: MarkTarget) => {
    const id = markIdOf(target);
    setActiveMark(id);
    document.querySelector(`[data-mark~="${id}"]`)?.scrollIntoView({ block: 'center' });
  };
  const pick = (mark: Mark) => {
    setActiveMark(mark.id);
    const { target } = mark;
    if (target.kind === 'fact') {
      const factId = state.facts[target.index]?.id;
      if (factId) flushSync(() => expand([factId]));
    }
    scrollToFormPart(target);
  };

  const save = () => {
    const result = buildEntry(state, takenIds, new Date().toISOString());
    if (!result.ok) {
      setIssues(result.issues);
      expand(
        result.issues.flatMap((issue) => {
          const match = /^facts\.(\d+)\./.exec(issue.path);
          const fact = match ? state.facts[Number(match[1])] : undefined;
          return fact ? [fact.id] : [];
        }),
      );
      requestAnimationFrame(() => document.getElementById('review-issues')?.focus());
      return;
    }
    setIssues([]);
    const message = t(state.reportId ? 'review.updated' : 'review.saved', {
      title: result.entry.report.title[lang],
    });
    undoable.write({ put: [result.entry] }, localEntries, message).then(
      () => navigate(`/reports/${result.entry.report.id}`),
      () => undefined,
    );
  };

  const updateFact = (index: number, fact: ReviewState['facts'][number]) =>
    setState((s) => ({ ...s, facts: s.facts.map((f, i) => (i === index ? fact : f)) }));

  return (
    <ReviewErrors.Provider value={errors}>
      <UnitChoicesContext.Provider value={choices}>
        <UnitOptions />
        <div className="review">
          <ArticlePane state={state} activeMarkId={activeMark} onPick={pick} />
          <form
            className="review__form"
            aria-label={t('review.formLabel')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            {warnings.length > 0 && (
              <ul className="notice review__warnings" aria-label={t('review.warnings')}>
                {warnings.map((w) => {
                  const { key, params } = warningMessage(w, lang);
                  return <li key={w.code}>{t(key, params)}</li>;
                })}
              </ul>
            )}
            {lookalikes.length > 0 && (
              <p className="notice" role="note">
                {t('review.lookalike', {
                  reports: lookalikes
                    .map((r) => `${r.title[lang]} (${formatDate(r.date, lang)})`)
                    .join('; '),
                })}
              </p>
            )}
            {issues.length > 0 && (
              <div id="review-issues" className="error-summary" role="alert" tabIndex={-1}>
                <p>{t('review.issues', { count: formatNumber(issues.length, lang) })}</p>
                <ul>
                  {issues.map((issue) => (
                    <li key={issue.path}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          const input = document.getElementById(inputIdOf(issue.path));
                          const target =
                            input ??
                            document.getElementById(inputIdOf(issue.path.replace(/\.\d+$/, '')));
                          target?.scrollIntoView({ block: 'center' });
                          target?.focus();
                        }}
                      >
                        {pathLabel(issue.path, state, t)}
                      </button>
                      : {errors.get(issue.path)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ReportFields
              report={state.report}
              onChange={(report) => setState((s) => ({ ...s, report }))}
            />
            <PeopleFields
              people={state.report.people}
              onChange={(people) => setState((s) => ({ ...s, report: { ...s.report, people } }))}
              onShow={(index) => showInText({ kind: 'person', index })}
            />
            <section className="review-facts" aria-labelledby="review-facts-title">
              <h3 id="review-facts-title">
                {t('review.factsTitle', { count: formatNumber(state.facts.length, lang) })}
              </h3>
              {state.facts.map((fact, index) => (
                <FactEditor
                  key={fact.id}
                  fact={fact}
                  index={index}
                  active={activeMark === markIdOf({ kind: 'fact', index })}
                  expanded={expanded.has(fact.id)}
                  onToggle={() =>
                    setExpanded((current) => {
                      const next = new Set(current);
                      if (!next.delete(fact.id)) next.add(fact.id);
                      return next;
                    })
                  }
                  onChange={(next) => updateFact(index, next)}
                  onRemove={() =>
                    setState((s) => ({ ...s, facts: s.facts.filter((_, i) => i !== index) }))
                  }
                  onShowInText={() => showInText({ kind: 'fact', index })}
                />
              ))}
              <div className="review-facts__add">
                <label htmlFor="review-new-category">{t('review.newFactCategory')}</label>
                <select
                  id="review-new-category"
                  value={newCategory}
                  onChange={(e) => setNewCategory(e.target.value as FactCategory)}
                >
                  {factCategories.map((c) => (
                    <option key={c} value={c}>
                      {t(`review.category.${c}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  onClick={() => {
                    const newFactId = `new-${Date.now()}`;
                    expand([newFactId]);
                    setState((s) => ({
                      ...s,
                      facts: [
                        ...s.facts,
                        blankFact(newCategory, newFactId, {
                          unitId: s.report.unitId ?? null,
                          period: s.report.periodReviewed,
                          provenance: typedProvenance(),
                        }),
                      ],
                    }));
                  }}
                >
                  {t('review.addFact')}
                </button>
              </div>
            </section>
            {writes.isError && (
              <p className="error-summary" role="alert">
                {t('review.saveFailed', { reason: describeStorageError(writes.error, t) })}
              </p>
            )}
            <div className="review__actions">
              <button type="submit" className="button--primary" disabled={writes.isPending}>
                {writes.isPending ? t('review.saving') : t('review.save')}
              </button>
              <button type="button" onClick={onCancel}>
                {t('review.cancel')}
              </button>
            </div>
          </form>
        </div>
      </UnitChoicesContext.Provider>
    </ReviewErrors.Provider>
  );
}
