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
    <label className="theme-switch">
      {t('theme.label')}{' '}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {themes.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
