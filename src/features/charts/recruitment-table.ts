import type { TableModel } from '@/components/ui/table-model';
import type { RecruitmentRow, RecruitmentSummary } from '@/domain/aggregate/recruitment';
import type { DatasetIndex } from '@/domain/dataset-index';
import { periodLabel, type Lang } from '@/domain/periods';
import type { FactOf } from '@/domain/schema/fact';
import { formatPercent } from '@/lib/format';
import { translate } from '@/lib/i18n/use-t';
import { sourceLine } from './source-line';

// Every stated figure, so a cell shows both sides of a conflict.
const figures = (list: FactOf<'recruitment'>[]) =>
  list.length === 0 ? undefined : list.map((f) => f.value as number);

/** The recruitment panel's numbers: one row per unit and period, as its table and CSV show them. */
export function recruitmentTable(
  index: DatasetIndex,
  summary: RecruitmentSummary,
  lang: Lang,
): TableModel<RecruitmentRow> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    // A row per unit and period is built only when the table is shown or exported.
    get rows() {
      return summary.rows();
    },
    rowKey: (r) => `${r.unitId}|${r.period.start}|${r.period.end}`,
    columns: [
      {
        key: 'unit',
        header: t('charts.unit'),
        value: (r) => index.units.byId.get(r.unitId)?.name[lang] ?? r.unitId,
      },
      {
        key: 'period',
        header: t('charts.period'),
        value: (r) => periodLabel(r.period, lang),
        sortValue: (r) => r.period.start,
      },
      {
        key: 'enlisted',
        header: t('recruitment.enlisted'),
        numeric: true,
        value: (r) => figures(r.enlisted),
      },
      {
        key: 'pct',
        header: t('recruitment.quota'),
        numeric: true,
        value: (r) => figures(r.quotaCompletionPct),
        render: (r) =>
          r.quotaCompletionPct.length === 0
            ? t('charts.notReportedShort')
            : r.quotaCompletionPct.map((f) => formatPercent(f.value as number, lang)).join(' / '),
      },
      {
        key: 'source',
        header: t('charts.source'),
        value: (r) => sourceLine(index, [...r.enlisted, ...r.quotaCompletionPct], lang),
      },
    ],
  };
}
