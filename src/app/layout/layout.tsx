import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { ToastHost } from '@/components/ui/toast';
import { PrintCover } from '@/features/print/print-cover';
import { SearchBox } from '@/features/search/search-box';
import { useT } from '@/lib/i18n/use-t';
import { DataStatus } from './data-status';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

export function Layout() {
  const { t, lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link to="/" className="app-header__name">
            {t('app.name')}
          </Link>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <Link to="/">{t('nav.dashboard')}</Link>
          <Link to="/add">{t('add.nav')}</Link>
          <Link to="/local">{t('local.nav')}</Link>
          <Link to="/glossary">{t('glossary.nav')}</Link>
        </nav>
        <SearchBox />
        <SectionBoundary section={t('section.dataStatus')}>
          <DataStatus />
        </SectionBoundary>
        <ThemeSwitch />
        <LanguageSwitch />
      </header>
      <PrintCover />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ToastHost />
    </>
  );
}
