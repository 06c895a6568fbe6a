import type { TableModel } from '@/components/ui/table-model';
import { periodLabel, type Lang } from '@/domain/periods';
import type { ReportRow } from '@/domain/selectors';
import { bodyLabels, levelLabels, reportKindLabels } from '@/lib/i18n/labels';
import { translate } from '@/lib/i18n/use-t';
import { leadText } from './timeline-model';

/** The conferences on the timeline, one row each, with the figures their entries show. */
export function timelineTable(rows: readonly ReportRow[], lang: Lang): TableModel<ReportRow> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const count = (n: number) => (n > 0 ? n : undefined);
  return {
    rows,
    rowKey: (r) => r.report.id,
    columns: [
      // ISO dates, which a spreadsheet reads as dates whatever its language.
      { key: 'date', header: t('dashboard.columns.date'), value: (r) => r.report.date },
      {
        key: 'unit',
        header: t('dashboard.columns.unit'),
        value: (r) => r.unit?.name[lang] ?? r.report.unitId,
      },
      {
        key: 'level',
        header: t('fact.level'),
        value: (r) => (r.unit ? levelLabels[r.unit.level][lang] : undefined),
      },
      { key: 'body', header: t('report.body'), value: (r) => bodyLabels[r.report.body][lang] },
      {
        key: 'kinds',
        header: t('dashboard.columns.kind'),
        value: (r) => r.report.kinds.map((k) => reportKindLabels[k][lang]).join(', '),
      },
      {
        key: 'period',
        header: t('dashboard.columns.period'),
        value: (r) =>
          r.report.periodReviewed ? periodLabel(r.report.periodReviewed, lang) : undefined,
      },
      { key: 'lead', header: t('export.lead'), value: (r) => leadText(r.report, lang) },
      {
        key: 'enlisted',
        header: t('card.enlisted'),
        numeric: true,
        value: (r) => r.headline.enlisted?.value ?? undefined,
      },
      {
        key: 'quota',
        header: t('recruitment.quota'),
        numeric: true,
        value: (r) => r.headline.quotaCompletionPct?.value ?? undefined,
      },
      {
        key: 'educated',
        header: t('card.educated'),
        numeric: true,
        value: (r) => r.headline.educated,
      },
      {
        key: 'exercisesDone',
        header: t('card.exercisesDone'),
        numeric: true,
        value: (r) => count(r.headline.exercisesDone),
      },
      {
        key: 'exercisesPlanned',
        header: t('card.exercisesPlanned'),
        numeric: true,
        value: (r) => count(r.headline.exercisesPlanned),
      },
      {
        key: 'awards',
        header: t('card.awards'),
        numeric: true,
        value: (r) => r.headline.awardRecipients,
      },
      {
        key: 'money',
        header: t('export.moneyVnd'),
        numeric: true,
        value: (r) => r.headline.moneyVnd?.value,
      },
    ],
  };
}
