import type { DatasetIndex } from '@/domain/dataset-index';
import type { Lang } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import { formatDate } from '@/lib/format';

/** "03/04/2024 · <report title>; …": the reports behind a mark, for tooltips and tables. */
export function sourceLine(index: DatasetIndex, facts: readonly Fact[], lang: Lang): string {
  return [...new Set(facts.map((f) => f.reportId))]
    .map((id) => {
      const report = index.reportsById.get(id);
      return report ? `${formatDate(report.date, lang)} · ${report.title[lang]}` : id;
    })
    .join('; ');
}
