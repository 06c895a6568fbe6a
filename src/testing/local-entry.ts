import { factsOfReport, type DatasetIndex } from '@/domain/dataset-index';
import type { LocalEntry } from '@/domain/schema/local-entry';

/**
 * A real report of the dataset re-keyed as if an analyst had pasted its article in the browser:
 * the same facts and figures under new ids, with a local source.
 */
export function localCopyOf(index: DatasetIndex, reportId: string, newId: string): LocalEntry {
  const report = index.reportsById.get(reportId);
  if (!report) throw new Error(`no report ${reportId} in the dataset`);
  const sourceId = `${newId}-text`;
  const provenance = <P extends { sourceId: string }>(p: P): P => ({ ...p, sourceId });
  return {
    report: {
      ...report,
      id: newId,
      sourceId,
      unitProvenance: provenance(report.unitProvenance),
      dateProvenance: provenance(report.dateProvenance),
      people: report.people.map((p) => ({ ...p, provenance: provenance(p.provenance) })),
      delegations: report.delegations.map((d) => ({ ...d, provenance: provenance(d.provenance) })),
    },
    source: {
      id: sourceId,
      file: `${newId}.txt`,
      kind: 'local-entry',
      authors: [],
      paragraphCount: index.sourcesById.get(report.sourceId)?.paragraphCount ?? 1,
    },
    facts: factsOfReport(index, reportId).map((fact, i) => ({
      ...fact,
      id: `${newId}-f${i + 1}`,
      reportId: newId,
      provenance: provenance(fact.provenance),
    })),
    spans: {},
    savedAt: '2026-11-26T09:00:00.000Z',
  };
}
