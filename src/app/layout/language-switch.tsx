import type { Lang } from '@/domain/periods';
import { useLanguageStore } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/use-t';

const langs: Lang[] = ['vi', 'en'];

export function LanguageSwitch() {
  const { t, lang } = useT();
  const setLang = useLanguageStore((s) => s.setLang);
  return (
    <div role="group" aria-label={t('lang.switch')} className="lang-switch">
      {langs.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </div>
  );
}
