import { useT } from '@/lib/i18n/use-t';

/** Marks a report an analyst added in this browser, wherever it is listed. */
export function LocalBadge() {
  const { t } = useT();
  return (
    <span className="badge badge--local" title={t('local.badgeTitle')}>
      {t('local.badge')}
    </span>
  );
}
