import type { Dataset } from '../schema/dataset';
import type { LocalEntry } from '../schema/local-entry';
import type { Unit } from '../schema/unit';
import type { UnitIndex } from '../units';

/** Every unit the entries refer to, with the parents and military regions that place them. */
function unitsReferred(entries: readonly LocalEntry[], units: UnitIndex): Unit[] {
  const wanted = new Set<string>();
  const visit = (id: string | null | undefined) => {
    while (id && !wanted.has(id)) {
      const unit = units.byId.get(id);
      if (!unit) return;
      wanted.add(id);
      visit(unit.militaryRegionId);
      id = unit.parentId;
    }
  };
  for (const { report, facts } of entries) {
    visit(report.unitId);
    report.delegations.forEach((d) => visit(d.unitId));
    for (const fact of facts) {
      visit(fact.unitId);
      if (fact.category === 'awards') visit(fact.issuerUnitId);
    }
  }
  return [...units.byId.values()].filter((u) => wanted.has(u.id));
}

/**
 * The reports added in this browser as one file in the dataset's own format, complete in
 * itself: it holds the units it refers to, so it loads (and validates) on its own.
 */
export function localDatasetFile(
  entries: readonly LocalEntry[],
  units: UnitIndex,
  compiledOn: string,
): Dataset {
  const sources = new Map(entries.map((e) => [e.source.id, e.source]));
  return {
    schemaVersion: 1,
    meta: {
      title: 'QPĐP — báo cáo thêm trong trình duyệt / reports added in the browser',
      synthetic: false,
      compiledOn,
    },
    sources: [...sources.values()],
    units: unitsReferred(entries, units),
    reports: entries.map((e) => e.report),
    facts: entries.flatMap((e) => e.facts),
  };
}
