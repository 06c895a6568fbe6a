import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { indexDataset } from '../dataset-index';
import { emptyFilter, filterReports, type ReportFilter } from '../report-filter';
import { educationGroups, type Fact } from '../schema/fact';
import { compareCodes } from '../text';
import { disputedGroups } from './conflicts';
import { coverageSummary } from './coverage';
import { FactRows } from './fact-rows';
import { selectFacts } from './fact-selection';
import { figureKey } from './figure-key';
import { headlineTotals } from './headline-totals';
import { recruitmentSummary } from './recruitment';
import { awardSummary } from './awards';
import { educationSummary, type EducationGroup } from './education';
import { bucketOf, conferencesByBucket } from './exercises';
import type { RowGroupList } from './totals';

// The single passes over columns, held to the plain loops over fact objects they replace.
const index = indexDataset(generateSyntheticDataset({ reports: 1500, seed: 11 }));
const units = [...new Set(index.dataset.reports.map((r) => r.unitId))].sort();
const filters: ReportFilter[] = [
  emptyFilter,
  { ...emptyFilter, unitIds: [units[3]!, units[40]!] },
  { ...emptyFilter, period: { kind: 'year', year: 2021 } },
  { ...emptyFilter, topics: ['recruitment', 'awards'] },
];

function selection(filter: ReportFilter) {
  const reports = filterReports(index, filter);
  return { reports, facts: selectFacts(index, filter, reports) };
}

/** Figures claimed by more than one report with more than one value, by plain grouping. */
function plainDisputes(facts: readonly Fact[]): string[][] {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.value === null || fact.category === 'task') continue;
    const group = byKey.get(figureKey(fact)) ?? [];
    byKey.set(figureKey(fact), [...group, fact]);
  }
  return [...byKey.values()]
    .filter(
      (g) => new Set(g.map((f) => f.reportId)).size > 1 && new Set(g.map((f) => f.value)).size > 1,
    )
    .map((g) => g.map((f) => f.id).sort());
}

describe('recruitment bars of a selection that holds some claims of a figure only', () => {
  const every = selection(emptyFilter).facts;
  const { table } = every;
  type Row = ReturnType<ReturnType<typeof recruitmentSummary>['rows']>[number];
  const claims = (r: Row) => [...r.enlisted, ...r.quotaCompletionPct];
  const key = (r: Row) => [r.unitId, r.period.start, r.period.end, ...claims(r).map((f) => f.id)];
  // Figures that several reports state; the last report's facts are left out.
  const restated = recruitmentSummary(every)
    .rows()
    .filter((r) => new Set(claims(r).map((f) => f.reportId)).size > 1);
  const left = new Set(restated.map((r) => table.reports.find(claims(r).at(-1)!.reportId)));
  const partial = () =>
    new FactRows(
      table,
      every.rows.filter((i) => !left.has(table.report[i]!)),
    );

  it('lists behind each bar, found alone, the claims the full list finds', () => {
    expect(restated.length).toBeGreaterThan(0);
    const alone = recruitmentSummary(partial()).top(Number.MAX_SAFE_INTEGER).rows;
    const full = recruitmentSummary(partial()).rows();
    expect(alone.map(key).sort()).toEqual(full.map(key).sort());
    for (const r of restated) {
      const kept = alone.find((a) => key(a).slice(0, 3).join() === key(r).slice(0, 3).join());
      expect(kept && claims(kept).length).toBeLessThan(claims(r).length);
    }
  });
});

describe.each(filters.map((f) => [JSON.stringify(f), f] as const))(
  'with filter %s',
  (_, filter) => {
    const { reports, facts } = selection(filter);

    it("finds one measure's rows, or one variant's, as filtering its category does", () => {
      const any = () => true;
      const cases = [
        ['education', 'trainees', undefined, any],
        [
          'education',
          'trainees',
          'group-2',
          (f: Fact) => f.category === 'education' && f.targetGroup === 'group-2',
        ],
        ['training', 'cadres-trained', undefined, any],
        ['social-policy', 'money-vnd', undefined, any],
        [
          'awards',
          'recipients',
          'individual',
          (f: Fact) => f.category === 'awards' && f.recipientKind === 'individual',
        ],
        ['recruitment', 'no-such-measure', undefined, any],
      ] as const;
      for (const [category, measure, variant, ofVariant] of cases) {
        const expected = facts
          .ofCategory(category)
          .toArray()
          .filter((f) => f.measure === measure && ofVariant(f))
          .map((f) => f.id);
        const found = facts.ofMeasure(category, measure, variant).toArray();
        expect(found.map((f) => f.id)).toEqual(expected);
        if (filter === emptyFilter && measure !== 'no-such-measure')
          expect(expected.length).toBeGreaterThan(0);
      }
    });

    it('finds the disputed figures plain grouping finds', () => {
      const groups = disputedGroups(facts);
      const found = Array.from({ length: groups.count }, (_, g) =>
        groups
          .group(g)
          .map((i) => facts.table.facts[i]!.id)
          .sort(),
      );
      const expected = plainDisputes(facts.toArray());
      expect(found.sort()).toEqual(expected.sort());
      if (filter === emptyFilter) expect(expected.length).toBeGreaterThan(10);
    });

    it('finds, while adding up, the same disputes as looking for them apart', () => {
      const plain = (groups: RowGroupList) =>
        Array.from({ length: groups.count }, (_, g) => groups.group(g));
      const recruitment = recruitmentSummary(facts);
      const education = educationSummary(facts);
      const awards = awardSummary(facts);
      expect(plain(recruitment.disputes)).toEqual(plain(disputedGroups(recruitment.facts)));
      expect(plain(education.disputes)).toEqual(plain(disputedGroups(education.counted)));
      expect(plain(awards.disputes)).toEqual(plain(disputedGroups(awards.facts)));
      if (filter === emptyFilter) expect(education.disputes.count).toBeGreaterThan(0);
    });

    it('adds each recruited figure once, taking the range of a disputed one', () => {
      const enlisted = facts
        .toArray()
        .filter(
          (f) => f.category === 'recruitment' && f.measure === 'enlisted' && f.value !== null,
        );
      const byKey = new Map<string, number[]>();
      for (const f of enlisted)
        byKey.set(figureKey(f), [...(byKey.get(figureKey(f)) ?? []), f.value!]);
      const low = [...byKey.values()].reduce((s, values) => s + Math.min(...values), 0);
      const high = [...byKey.values()].reduce((s, values) => s + Math.max(...values), 0);
      const total = headlineTotals(facts).enlisted;
      if (enlisted.length === 0) return expect(total).toBeUndefined();
      expect(total?.value).toBe(low);
      expect(total?.upTo ?? total?.value).toBe(high);
      expect(total?.facts.length).toBe(enlisted.length);
    });

    it('lists behind each headline total exactly the facts it counts', () => {
      const all = facts.toArray();
      const stated = (f: Fact) => f.value !== null;
      const counted: Record<string, (f: Fact) => boolean> = {
        enlisted: (f) => f.category === 'recruitment' && f.measure === 'enlisted' && stated(f),
        educated: (f) => f.category === 'education' && f.measure === 'trainees' && stated(f),
        cadresTrained: (f) =>
          f.category === 'training' && f.measure === 'cadres-trained' && stated(f),
        exercisesDone: (f) => f.category === 'exercises' && f.status === 'done',
        exercisesPlanned: (f) => f.category === 'exercises' && f.status !== 'done',
        awardCollectives: (f) =>
          f.category === 'awards' && f.recipientKind === 'collective' && stated(f),
        awardIndividuals: (f) =>
          f.category === 'awards' && f.recipientKind === 'individual' && stated(f),
        moneyVnd: (f) => f.category === 'social-policy' && f.measure === 'money-vnd' && stated(f),
      };
      const totals = headlineTotals(facts);
      for (const [name, test] of Object.entries(counted)) {
        const total = totals[name as keyof typeof totals];
        const expected = all.filter(test).map((f) => f.id);
        if (expected.length === 0) expect(total, name).toBeUndefined();
        else {
          expect(total?.facts.length, name).toBe(expected.length);
          expect(
            total?.facts.toArray().map((f) => f.id),
            name,
          ).toEqual(expected);
        }
      }
    });

    it('groups the conferences by year and by quarter as their dates say', () => {
      for (const granularity of ['year', 'quarter'] as const) {
        const plain = new Map<string, string[]>();
        for (const r of reports) {
          const bucket = bucketOf(r.date, granularity);
          plain.set(bucket, [...(plain.get(bucket) ?? []), r.id]);
        }
        const grouped = conferencesByBucket(reports, granularity);
        expect(new Map([...grouped].map(([b, held]) => [b, held.map((r) => r.id)]))).toEqual(plain);
      }
    });

    it('draws the same top recruitment bars, with the same facts, as sorting every row', () => {
      // Asked first, the top bars find their few rows alone; after every row, they reuse them.
      const topFirst = recruitmentSummary(selection(filter).facts).top(15);
      const summary = recruitmentSummary(facts);
      const rows = summary.rows();
      const score = (r: (typeof rows)[number]) =>
        (r.enlisted[0]?.value ?? 0) * 1000 + (r.quotaCompletionPct[0]?.value ?? 0);
      const sorted = [...rows].sort((a, b) => score(b) - score(a));
      const key = (r: (typeof rows)[number]) => [
        r.unitId,
        r.period.start,
        ...[...r.enlisted, ...r.quotaCompletionPct].map((f) => f.id),
      ];
      const top = summary.top(15);
      const shown = rows.length <= 15 ? rows.length : 14;
      expect(top.rows.map(key)).toEqual(sorted.slice(0, shown).map(key));
      expect(topFirst.rows.map(key)).toEqual(top.rows.map(key));
      for (const row of topFirst.rows)
        expect(row.enlisted.length + row.quotaCompletionPct.length).toBeGreaterThan(0);
      expect(top.othersCount).toBe(rows.length - shown);
      if (top.othersCount > 0)
        expect(top.othersEnlisted).toBe(
          sorted.slice(shown).reduce((s, r) => s + (r.enlisted[0]?.value ?? 0), 0),
        );
    });

    it('draws the same top education bars as sorting every unit', () => {
      const summary = educationSummary(facts);
      const rows = summary.rows;
      const sorted = [...rows].sort(
        (a, b) => b.total - a.total || compareCodes(a.unitId, b.unitId),
      );
      expect(rows).toEqual(sorted);
      const top = summary.top(15);
      const shown = rows.length <= 15 ? rows.length : 14;
      expect(top.rows.slice(0, shown).map((r) => r.unitId)).toEqual(
        sorted.slice(0, shown).map((r) => r.unitId),
      );
      expect(top.othersCount).toBe(rows.length - shown);
      if (top.othersCount === 0) return expect(top.rows).toHaveLength(rows.length);
      const rest = sorted.slice(shown);
      const others = top.rows[shown]!;
      expect(others.unitId).toBe('');
      expect(others.total).toBe(rest.reduce((s, r) => s + r.total, 0));
      expect(others.cadresTrained).toBe(rest.reduce((s, r) => s + (r.cadresTrained ?? 0), 0));
      for (const group of ['group-1', 'students'] as const)
        expect(others.byGroup[group]).toBe(rest.reduce((s, r) => s + (r.byGroup[group] ?? 0), 0));
      expect(
        others.facts
          .toArray()
          .map((f) => f.id)
          .sort(),
      ).toEqual(rest.flatMap((r) => r.facts.toArray().map((f) => f.id)).sort());
      const groupsSaid = (group: EducationGroup) =>
        rows.some((r) => r.byGroup[group] !== undefined);
      expect(summary.groups).toEqual(educationGroups.filter(groupsSaid));
      expect(summary.hasCadres).toBe(rows.some((r) => r.cadresTrained !== undefined));
    });

    it('draws the units with the most reviewed periods, as sorting every unit does', () => {
      const summary = coverageSummary(reports);
      const all = summary.rows();
      expect(all.length).toBe(summary.unitCount);
      const most = [...all]
        .sort((a, b) => b.spans.length - a.spans.length || compareCodes(a.unitId, b.unitId))
        .slice(0, 30)
        .map((r) => r.unitId)
        .sort(compareCodes);
      expect(summary.most(30).map((r) => r.unitId)).toEqual(most);
      // The stretches a crowded row draws hold every report, between the gaps.
      const positionOf = new Map(reports.map((r, p) => [r.id, p]));
      for (const row of all) {
        const byStart = [...row.spans].sort(
          (a, b) =>
            compareCodes(a.period.start, b.period.start) ||
            positionOf.get(a.reportId)! - positionOf.get(b.reportId)!,
        );
        expect(row.spans).toEqual(byStart);
        expect(row.runs.reduce((n, run) => n + run.count, 0)).toBe(row.spans.length);
        expect(row.runs.length).toBe(row.gaps.length + 1);
      }
    });
  },
);

describe('FactRows', () => {
  const { facts } = selection(emptyFilter);

  it('finds a category as one stretch of the selection', () => {
    const awards = facts.ofCategory('awards');
    expect(awards.length).toBeGreaterThan(0);
    expect(awards.toArray().every((f) => f.category === 'awards')).toBe(true);
    expect(awards.length).toBe(facts.toArray().filter((f) => f.category === 'awards').length);
  });

  it('merges lists into one in row order', () => {
    const a = new FactRows(facts.table, Uint32Array.from([1, 5, 9]));
    const b = new FactRows(facts.table, Uint32Array.from([2, 3, 10, 11]));
    expect([...FactRows.union(facts.table, [a, b]).rows]).toEqual([1, 2, 3, 5, 9, 10, 11]);
  });

  it('lists each report and period once', () => {
    const all = facts.toArray();
    expect(facts.reportIds().sort()).toEqual([...new Set(all.map((f) => f.reportId))].sort());
    expect(facts.reportCount()).toBe(new Set(all.map((f) => f.reportId)).size);
    expect(facts.periods().length).toBe(
      new Set(all.map((f) => `${f.period.start}|${f.period.end}`)).size,
    );
  });
});
