import type { Period } from './schema/period';
import { compareCodes } from './text';

export type Lang = 'vi' | 'en';

const dayMonthYear = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthOf = (iso: string) => Number(iso.slice(5, 7));

/** A short human label: "Quý 1/2024", "6 tháng đầu năm 2024", "Năm 2020"; English on request. */
export function periodLabel(period: Period, lang: Lang): string {
  const year = yearOf(period.start);
  switch (period.kind) {
    case 'year':
      return lang === 'vi' ? `Năm ${year}` : `${year}`;
    case 'quarter': {
      const q = Math.floor((monthOf(period.start) - 1) / 3) + 1;
      return lang === 'vi' ? `Quý ${q}/${year}` : `Q${q} ${year}`;
    }
    case 'half-year': {
      const first = monthOf(period.start) === 1;
      if (lang === 'vi') return `6 tháng ${first ? 'đầu' : 'cuối'} năm ${year}`;
      return `${first ? 'H1' : 'H2'} ${year}`;
    }
    case 'nine-months':
      return lang === 'vi' ? `9 tháng đầu năm ${year}` : `First 9 months of ${year}`;
    case 'term':
      return lang === 'vi'
        ? `Giai đoạn ${year}–${yearOf(period.end)}`
        : `${year}–${yearOf(period.end)} term`;
    case 'months':
    case 'range':
      return `${dayMonthYear(period.start)} – ${dayMonthYear(period.end)}`;
  }
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Compares by start, then by end: the natural order of periods on a time axis. */
export function comparePeriods(a: Period, b: Period): number {
  return compareCodes(a.start, b.start) || compareCodes(a.end, b.end);
}
