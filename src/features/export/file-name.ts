import type { PeriodSelection, ReportFilter } from '@/domain/report-filter';
import type { Lang } from '@/domain/periods';
import { foldDiacritics } from '@/domain/text';
import { formatPeriodParam } from '@/features/filters/filter-url';
import { translate } from '@/lib/i18n/use-t';

/** The words a file name uses when a filter is not set, in the current language. */
export interface FileNameWords {
  allUnits: string;
  allTime: string;
  /** Marks a period matched by conference date rather than by the period reviewed. */
  byConference: string;
  /** Follows the count of filter parts left out of a long name. */
  more: string;
}

export const fileNameWords = (lang: Lang): FileNameWords => ({
  allUnits: translate(lang, 'export.file.allUnits'),
  allTime: translate(lang, 'export.file.allTime'),
  byConference: translate(lang, 'export.file.byConference'),
  more: translate(lang, 'export.file.more'),
});

const MAX_PART = 80;

/** "Tuyển quân" → "tuyen-quan": no diacritics, no spaces, safe on every file system. */
export function slugify(text: string, maxLength = MAX_PART): string {
  const slug = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * The filter as its link names it: unit ids, then kinds, topics and exercise types, joined
 * by "+" ("hai-phong+bac-giang+resolution"). A long selection is cut: "…+12-more".
 */
export function filterSlug(filter: ReportFilter, words: FileNameWords): string {
  const units = filter.unitIds.length > 0 ? filter.unitIds : [slugify(words.allUnits)];
  const parts = [...units, ...filter.kinds, ...filter.topics, ...filter.exerciseTypes];
  const kept: string[] = [];
  for (const part of parts) {
    if ([...kept, part].join('+').length > MAX_PART && kept.length > 0) {
      kept.push(`${parts.length - kept.length}-${slugify(words.more)}`);
      break;
    }
    kept.push(part);
  }
  return kept.join('+');
}

/** "2024-Q1", "2024-H1", "2024", "2024-01-01--2024-06-30", or the word for all time. */
export function periodSlug(
  period: PeriodSelection | null,
  match: ReportFilter['periodMatch'],
  words: FileNameWords,
): string {
  if (!period) return slugify(words.allTime);
  const slug = formatPeriodParam(period).replace('..', '--');
  return match === 'conference' ? `${slug}-${slugify(words.byConference)}` : slug;
}

/** `<what>_<filter>_<period>.<extension>`, e.g. "tuyen-quan_hai-phong_2024-Q1.png". */
export function exportFileName(
  what: string,
  filter: ReportFilter,
  words: FileNameWords,
  extension: string,
): string {
  const period = periodSlug(filter.period, filter.periodMatch, words);
  return `${slugify(what)}_${filterSlug(filter, words)}_${period}.${extension}`;
}
