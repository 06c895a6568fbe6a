import type { Lang } from '@/domain/periods';
import { periodLabel } from '@/domain/periods';
import { selectionRange, type PeriodSelection } from '@/domain/report-filter';

/** "Quý 1/2024", "Năm 2023", "01/06/2023 – 31/05/2024": a picked period in words. */
export function periodSelectionLabel(period: PeriodSelection, lang: Lang): string {
  const { start, end } = selectionRange(period);
  const kind = period.kind === 'half' ? 'half-year' : period.kind;
  return periodLabel({ kind, start, end }, lang);
}
