import { Link } from 'react-router';
import { useT } from '@/lib/i18n/use-t';

export function NotFoundRoute() {
  const { t } = useT();
  return (
    <div className="notice">
      <h2>{t('notFound.title')}</h2>
      <Link to="/">{t('notFound.back')}</Link>
    </div>
  );
}
