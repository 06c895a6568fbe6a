import { useEffect } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { useThemeStore, type Theme } from '@/lib/theme-store';

const themes: Theme[] = ['system', 'light', 'dark'];

export function ThemeSwitch() {
  const { t } = useT();
  const { theme, setTheme } = useThemeStore();
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="theme-switch" title={t('theme.label')}>
      <span className="visually-hidden">{t('theme.label')}</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {themes.map((option) => (
          <option key={option} value={option}>
            {option === 'dark' ? '◐ ' : option === 'light' ? '☀ ' : '⚙ '}
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
