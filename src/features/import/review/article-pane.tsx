import { useMemo } from 'react';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { marksByParagraph, segmentLine, type Mark } from './highlights';
import type { ReviewState } from './review-model';

/** Lines past this many characters are not drawn: the extraction does not read them either. */
const MAX_SHOWN_CHARS = 200_000;

interface ArticlePaneProps {
  state: ReviewState;
  activeMarkId: string | null;
  onPick: (mark: Mark) => void;
}

/**
 * The pasted text as plain text (never as HTML), paragraph by paragraph with their numbers,
 * each value the draft took from it highlighted; a highlight leads to its field in the form.
 */
export function ArticlePane({ state, activeMarkId, onPick }: ArticlePaneProps) {
  const { t, lang } = useT();
  const marks = useMemo(() => marksByParagraph(state), [state]);
  const { lines, cut } = useMemo(() => {
    const all = state.text.split(/\r\n|\r|\n/);
    let total = 0;
    const shown: string[] = [];
    for (const line of all) {
      if (total + line.length > MAX_SHOWN_CHARS) break;
      total += line.length + 1;
      shown.push(line);
    }
    return { lines: shown, cut: shown.length < all.length };
  }, [state.text]);
  return (
    <section className="article-pane" aria-label={t('review.articleLabel')}>
      <h3>{t('review.article', { file: state.fileName })}</h3>
      {state.text === '' && <p className="muted">{t('review.noText')}</p>}
      <ol className="article-pane__lines">
        {lines.map((line, i) => {
          const paragraph = i + 1;
          if (line.trim() === '') return null;
          return (
            <li key={paragraph} value={paragraph} id={`article-p${paragraph}`}>
              {segmentLine(line, marks.get(paragraph) ?? []).map((segment, j) => {
                if (segment.marks.length === 0) return <span key={j}>{segment.text}</span>;
                const mark = segment.marks[segment.marks.length - 1]!;
                const active = segment.marks.some((m) => m.id === activeMarkId);
                return (
                  <mark
                    key={j}
                    data-mark={segment.marks.map((m) => m.id).join(' ')}
                    className={active ? 'mark--active' : undefined}
                  >
                    <button type="button" className="mark-button" onClick={() => onPick(mark)}>
                      {segment.text}
                    </button>
                  </mark>
                );
              })}
            </li>
          );
        })}
      </ol>
      {cut && (
        <p className="muted">{t('review.textCut', { n: formatNumber(MAX_SHOWN_CHARS, lang) })}</p>
      )}
    </section>
  );
}
