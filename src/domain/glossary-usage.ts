import { factsOfReport, type DatasetIndex } from './dataset-index';
import { glossary } from './glossary-entries';
import { glossaryEntry, splitAbbreviations } from './glossary';

/** Calls `visit` with every string inside a record, however deeply nested. */
export function forEachText(value: unknown, visit: (text: string, key: string) => void, key = '') {
  if (typeof value === 'string') visit(value, key);
  else if (Array.isArray(value)) for (const item of value) forEachText(item, visit, key);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) forEachText(v, visit, k);
}

const entryByGroup = new Map(
  glossary.flatMap((e) => (e.targetGroup ? [[e.targetGroup, e.abbr] as const] : [])),
);

/**
 * How many reports use each glossary entry, in their own texts, their facts' or their
 * source's (its headline). A compound
 * counts for its parts too (a report on PCTT-TKCN drills is about PCTT), and a report with
 * figures for an education target group uses that group's term.
 */
export function glossaryUsage(index: DatasetIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const report of index.dataset.reports) {
    const facts = factsOfReport(index, report.id);
    const used = new Set<string>();
    forEachText([report, facts, index.sourcesById.get(report.sourceId)], (text) => {
      for (const { entry } of splitAbbreviations(text)) {
        if (!entry) continue;
        used.add(entry.abbr);
        for (const part of entry.abbr.split('-')) if (glossaryEntry(part)) used.add(part);
      }
    });
    for (const fact of facts) {
      const abbr = fact.category === 'education' ? entryByGroup.get(fact.targetGroup) : undefined;
      if (abbr) used.add(abbr);
    }
    for (const abbr of used) counts.set(abbr, (counts.get(abbr) ?? 0) + 1);
  }
  return counts;
}
