import { FactRows } from '@/domain/aggregate/fact-rows';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Lang } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import type { SourceList } from '@/features/export/panel-image';
import { formatDate } from '@/lib/format';
import { compareCodes } from '@/domain/text';

function reportLabel(index: DatasetIndex, id: string, lang: Lang): string {
  const report = index.reportsById.get(id);
  return report ? `${formatDate(report.date, lang)} · ${report.title[lang]}` : id;
}

/** "03/04/2024 · <report title>; …": the reports behind a mark, for tooltips and tables. */
export function sourceLine(
  index: DatasetIndex,
  facts: FactRows | readonly Fact[],
  lang: Lang,
): string {
  const ids = facts instanceof FactRows ? facts.reportIds() : new Set(facts.map((f) => f.reportId));
  return [...ids].map((id) => reportLabel(index, id, lang)).join('; ');
}

/**
 * The reports behind a whole panel, oldest first, one label each: an export's source line.
 * Nothing is gathered or labelled until an export reads the list.
 */
export function panelSources(
  index: DatasetIndex,
  reportIds: () => Iterable<string>,
  lang: Lang,
): SourceList {
  let ids: string[] | undefined;
  const sorted = () => {
    const date = (id: string) => index.reportsById.get(id)?.date ?? '';
    ids ??= [...new Set(reportIds())].sort(
      (a, b) => compareCodes(date(a), date(b)) || compareCodes(a, b),
    );
    return ids;
  };
  return {
    get length() {
      return sorted().length;
    },
    slice: (start, end) =>
      sorted()
        .slice(start, end)
        .map((id) => reportLabel(index, id, lang)),
  };
}
