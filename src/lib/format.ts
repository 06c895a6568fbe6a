import type { Lang } from '@/domain/periods';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 2550 → "2.550" in Vietnamese, "2,550" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}

/** Money the way reports say it: "20 tỷ đồng" / "VND 20 billion". */
export function formatVnd(value: number, lang: Lang): string {
  const billions = value / 1e9;
  if (billions >= 1) {
    const n = formatNumber(billions, lang);
    return lang === 'vi' ? `${n} tỷ đồng` : `VND ${n} billion`;
  }
  const millions = value / 1e6;
  if (millions >= 1) {
    const n = formatNumber(millions, lang);
    return lang === 'vi' ? `${n} triệu đồng` : `VND ${n} million`;
  }
  return lang === 'vi' ? `${formatNumber(value, lang)} đồng` : `VND ${formatNumber(value, lang)}`;
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat(locales.vi, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(locales.en, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "2024-04-03" → "03/04/2024": day first in both languages, as the reports write it. */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateFormats[lang].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
