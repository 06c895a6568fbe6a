import type { Lang } from '@/domain/periods';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const plainNumbers: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(locales.vi, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 2 }),
};

/** 2550 → "2.550" in Vietnamese, "2,550" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return plainNumbers[lang].format(value);
}

const compactNumbers: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(locales.vi, { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { notation: 'compact', maximumFractionDigits: 1 }),
};

/**
 * An axis label: in full below 10,000, shortened above ("80 N", "1,3 Tr"; "80k", "1.3m"), so
 * that a national total's labels do not run into each other on a narrow chart.
 */
export function formatAxisNumber(value: number, lang: Lang): string {
  return Math.abs(value) < 10_000 ? formatNumber(value, lang) : compactNumbers[lang].format(value);
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
  const key = `${lang}${isoDate}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = dateFormats[lang].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
    // A dataset holds a few thousand dates, each shown many times: format each once.
    if (formattedDates.size < 50_000) formattedDates.set(key, text);
  }
  return text;
}
const formattedDates = new Map<string, string>();
