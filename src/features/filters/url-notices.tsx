import { useT } from '@/lib/i18n/use-t';
import { useFilterStore } from './filter-store';

/** Tells the reader which parts of the link they opened were ignored, and why. */
export function UrlNotices() {
  const { t } = useT();
  const problems = useFilterStore((s) => s.problems);
  const dismiss = useFilterStore((s) => s.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning" role="alert" data-testid="url-notices">
      <p>{t('notice.title')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t(`notice.${p.reason}`, { param: p.param, value: p.value })}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
