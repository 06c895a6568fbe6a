import type { MessageKey } from '@/lib/i18n/messages';
import type { translate } from '@/lib/i18n/use-t';
import type { ReviewState } from './review-model';

type Translate = (key: MessageKey, params?: Parameters<typeof translate>[2]) => string;

const REPORT_FIELDS: Record<string, MessageKey> = {
  title: 'review.title',
  date: 'review.date',
  time: 'review.time',
  timeOfDay: 'review.timeOfDay',
  unitId: 'review.unit',
  body: 'review.body',
  kinds: 'review.kinds',
  venue: 'review.venue',
  summary: 'review.summary',
  dateProvenance: 'review.dateProvenance',
  unitProvenance: 'review.unitProvenance',
  periodReviewed: 'review.periodReviewed',
  periodPlanned: 'review.periodPlanned',
};

const SUB_FIELDS: Record<string, MessageKey> = {
  vi: 'review.inVietnamese',
  en: 'review.inEnglish',
  paragraph: 'review.paragraph',
  status: 'review.status',
  reason: 'review.reason',
  name: 'review.personName',
  rank: 'review.rank',
  titles: 'review.personTitle',
  roles: 'review.role',
  start: 'review.periodStart',
  end: 'review.periodEnd',
  kind: 'review.periodKind',
};

/** Where a refused field is, in words: "Số liệu 2 (Tuyển quân) › Giá trị". */
export function pathLabel(path: string, state: ReviewState, t: Translate): string {
  const [area, ...rest] = path.split('.');
  const parts: string[] = [];
  let tail = rest;
  if (area === 'facts') {
    const index = Number(rest[0]);
    const fact = state.facts[index];
    parts.push(
      t('review.factLegend', {
        n: index + 1,
        category: fact ? t(`review.category.${fact.category}`) : '',
      }),
    );
    const key = rest[1];
    if (key && key !== 'provenance') parts.push(t(`review.field.${key}` as MessageKey));
    tail = rest.slice(key && key !== 'provenance' ? 2 : 1);
  } else if (area === 'report' && rest[0] === 'people') {
    const index = Number(rest[1]);
    parts.push(t('review.person', { n: index + 1, name: state.report.people[index]?.name ?? '' }));
    tail = rest.slice(2);
  } else if (area === 'report') {
    parts.push(t('review.reportLegend'));
    const key = rest[0];
    if (key && REPORT_FIELDS[key]) parts.push(t(REPORT_FIELDS[key]));
    tail = rest.slice(1);
  } else {
    parts.push(t('review.source'));
  }
  for (const segment of tail) {
    const label = SUB_FIELDS[segment];
    if (label) parts.push(t(label));
  }
  return parts.join(' › ');
}
