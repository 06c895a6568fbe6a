import { lazy, Suspense, type ComponentType } from 'react';
import { useT } from '@/lib/i18n/use-t';

function PageLoading() {
  const { t } = useT();
  return (
    <p className="muted" role="status">
      {t('app.loadingPage')}
    </p>
  );
}

/** A page fetched when first opened, so the dashboard's first load does not carry it. */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

export const PresentRoute = lazyPage(async () => (await import('./routes/present')).PresentRoute);
export const SearchPage = lazyPage(
  async () => (await import('@/features/search/search-page')).SearchPage,
);
export const GlossaryPage = lazyPage(
  async () => (await import('@/features/glossary/glossary-page')).GlossaryPage,
);
export const AddReportPage = lazyPage(
  async () => (await import('@/features/import/add-report-page')).AddReportPage,
);
export const LocalDataPage = lazyPage(
  async () => (await import('@/features/local-data/local-data-page')).LocalDataPage,
);
