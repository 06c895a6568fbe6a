import type { Lang } from '@/domain/periods';
import type { ReportRow } from '@/domain/selectors';
import type { Person, Report } from '@/domain/schema/report';
import { rankLabels } from '@/lib/i18n/labels';
import { translate } from '@/lib/i18n/use-t';

export interface YearGroup {
  year: number;
  rows: ReportRow[];
}

/**
 * The rows oldest first, ties by id. The index orders them newest first with ties by id, so
 * rows a filter hands over in that order (positions rising) are read backwards a day at a
 * time: no sort, which for 100,000 rows took ~80 ms. Others are sorted by day and position.
 */
function inDateOrder(rows: readonly ReportRow[]): ReportRow[] {
  for (let k = 1; k < rows.length; k++)
    if (rows[k - 1]!.position >= rows[k]!.position)
      return [...rows].sort((a, b) => a.day - b.day || a.position - b.position);
  const ordered: ReportRow[] = [];
  let end = rows.length;
  while (end > 0) {
    const day = rows[end - 1]!.day;
    let start = end - 1;
    while (start > 0 && rows[start - 1]!.day === day) start--;
    for (let k = start; k < end; k++) ordered.push(rows[k]!);
    end = start;
  }
  return ordered;
}

/** Rows in date order (oldest first, as a story reads), grouped by the year the conference sat. */
export function groupByYear(rows: readonly ReportRow[]): YearGroup[] {
  const sorted = inDateOrder(rows);
  const groups: YearGroup[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const row = sorted[k]!;
    const year = Math.floor(row.day / 10_000);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.rows.push(row);
    else groups.push({ year, rows: [row] });
  }
  return groups;
}

/** Who led the conference: the chair if named, else whoever gave direction or concluded it. */
export function leadOf(report: Report): { person: Person; chaired: boolean } | undefined {
  const chair = report.people.find((p) => p.roles.includes('chair'));
  if (chair) return { person: chair, chaired: true };
  const led = report.people.find(
    (p) => p.roles.includes('director') || p.roles.includes('concluder'),
  );
  return led ? { person: led, chaired: false } : undefined;
}

/** "Chủ trì: Thiếu tướng …" or "Chỉ đạo/kết luận: …", as the timeline shows the lead. */
export function leadText(report: Report, lang: Lang): string | undefined {
  const lead = leadOf(report);
  if (!lead) return undefined;
  const rank = lead.person.rank ? `${rankLabels[lead.person.rank][lang]} ` : '';
  return translate(lang, lead.chaired ? 'timeline.chair' : 'timeline.led', {
    name: `${rank}${lead.person.name}`,
  });
}
