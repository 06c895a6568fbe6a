import type { RowGroupList } from '@/domain/aggregate/totals';
import type { DatasetIndex } from '@/domain/dataset-index';
import { periodLabel } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** At national scale hundreds of figures may disagree: the first few are spelled out. */
const SHOWN = 5;

/** Flags figures that two reports state differently, showing both values and their reports. */
export function ConflictNotes({
  conflicts,
  index,
}: {
  conflicts: RowGroupList;
  index: DatasetIndex;
}) {
  const { t, lang } = useT();
  const shown = Array.from({ length: Math.min(SHOWN, conflicts.count) }, (_, g) =>
    conflicts.group(g),
  );
  const notes = shown.map((rows) => {
    const group = rows.map((i) => conflicts.table.facts[i]!);
    const first = group[0] as Fact;
    const values = group.map((f) => {
      const report = index.reportsById.get(f.reportId);
      return `${formatNumber(f.value as number, lang)} (${report ? formatDate(report.date, lang) : f.reportId})`;
    });
    return (
      <p key={first.id} className="notice notice--warning" role="note" data-testid="conflict">
        ⚠{' '}
        {t('charts.conflict', {
          unit: index.units.byId.get(first.unitId)?.name[lang] ?? first.unitId,
          period: periodLabel(first.period, lang),
          values: values.join(' ≠ '),
        })}
      </p>
    );
  });
  if (conflicts.count > SHOWN)
    notes.push(
      <p key="more" className="notice notice--warning" role="note">
        {t('charts.conflictsMore', { count: formatNumber(conflicts.count - SHOWN, lang) })}
      </p>,
    );
  return notes;
}
