import { useMemo } from 'react';
import { findConflicts } from '@/domain/aggregate/conflicts';
import type { DatasetIndex } from '@/domain/dataset-index';
import { periodLabel } from '@/domain/periods';
import type { Fact } from '@/domain/schema/fact';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** At national scale hundreds of figures may disagree: the first few are spelled out. */
const SHOWN = 5;

/** Flags figures that two reports state differently, showing both values and their reports. */
export function ConflictNotes({ facts, index }: { facts: readonly Fact[]; index: DatasetIndex }) {
  const { t, lang } = useT();
  const conflicts = useMemo(() => [...findConflicts(facts).values()], [facts]);
  const notes = conflicts.slice(0, SHOWN).map((group) => {
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
  if (conflicts.length > SHOWN)
    notes.push(
      <p key="more" className="notice notice--warning" role="note">
        {t('charts.conflictsMore', { count: formatNumber(conflicts.length - SHOWN, lang) })}
      </p>,
    );
  return notes;
}
