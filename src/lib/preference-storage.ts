import { catalogs } from './i18n/messages';
import { reportingStorage } from './reporting-storage';
import { useToastStore } from './toast-store';

/**
 * Where the language and theme are kept. The choice applies at once either way; when the
 * browser refuses to keep it, a message says it will not survive a reload.
 */
export const preferenceStorage = reportingStorage((error) => {
  if (error === null) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  useToastStore.getState().show({
    tone: 'error',
    message: catalogs[lang]['storage.preferenceRefused'].replace('{detail}', error),
  });
});
