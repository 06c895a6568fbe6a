import { idOfItem } from '@/lib/lazy-list';
import { factRowsOfReport, type DatasetIndex } from './dataset-index';
import type { LocalizedText } from './schema/common';
import type { ExerciseType, Fact } from './schema/fact';
import type { MilitaryRank } from './schema/report';
import { foldWords } from './text';
import { ancestorsOf } from './units';

export const searchKinds = ['report', 'unit', 'person', 'exercise', 'task', 'fact'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchEntry {
  kind: SearchKind;
  /** The report the entry belongs to (every kind but `unit`). */
  reportId?: string;
  unitId?: string;
  factId?: string;
  /** Unit entries: the reports of the unit and of every unit beneath it, newest first. */
  reportIds?: readonly string[];
  label: LocalizedText;
  /** A second line: a person's posts, an exercise's description, a unit's parent. */
  detail?: LocalizedText;
  /** Every searchable text in both languages, folded, as words between single spaces. */
  folded: string;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
}

/**
 * Names the app keeps outside the data (they live with the UI's labels, which the domain
 * must not import), passed in so that "PCTT" or "KVPT" find the exercises of that type.
 */
export interface SearchVocabulary {
  exerciseTypes: Record<ExerciseType, LocalizedText>;
  ranks: Record<MilitaryRank, LocalizedText>;
}

export interface SearchOutcome {
  /** Best first; ties keep the index order (reports newest first, then units, people...). */
  results: SearchEntry[];
  total: number;
  countsByKind: Record<SearchKind, number>;
}

function foldAll(texts: readonly (LocalizedText | string | undefined)[]): string {
  const parts: string[] = [];
  for (const text of texts) {
    if (text === undefined) continue;
    if (typeof text === 'string') parts.push(text);
    else parts.push(text.vi, text.en);
  }
  return foldWords(parts.join(' '));
}

const same = (text: string): LocalizedText => ({ vi: text, en: text });

const join = (texts: readonly LocalizedText[], separator: string): LocalizedText => ({
  vi: texts.map((t) => t.vi).join(separator),
  en: texts.map((t) => t.en).join(separator),
});

/** The texts of a fact that is neither an exercise nor a task, most telling first. */
function factTexts(fact: Fact): LocalizedText[] {
  const present = (texts: (LocalizedText | undefined)[]) =>
    texts.filter((t): t is LocalizedText => t !== undefined);
  switch (fact.category) {
    case 'education':
      return present([fact.result, fact.note, ...fact.institutions.map(same)]);
    case 'training':
      return present([fact.audience, fact.organiser, fact.note]);
    case 'awards':
      return present([fact.title, fact.issuer, fact.note]);
    case 'social-policy':
      return present([fact.purpose, fact.note]);
    case 'commemoration':
    case 'emulation':
    case 'activity':
      return present([fact.name, fact.note]);
    case 'recruitment':
    case 'exercises':
    case 'task':
      return present([fact.note]);
  }
}

/** Each unit's reports and those of the units beneath it, newest first. */
function reportIdsBySubtree(index: DatasetIndex): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  const chains = new Map<string, string[]>();
  for (const report of index.reportsByDate) {
    let chain = chains.get(report.unitId);
    if (!chain) {
      chain = [report.unitId, ...ancestorsOf(index.units, report.unitId).map((u) => u.id)];
      chains.set(report.unitId, chain);
    }
    for (const unitId of chain) {
      const ids = byUnit.get(unitId);
      if (ids) ids.push(report.id);
      else byUnit.set(unitId, [report.id]);
    }
  }
  return byUnit;
}

/** What a fact's entry takes from the fields it shares with its template (see `sharedWith`). */
type SharedEntry =
  | { kind: 'exercise'; type: LocalizedText; detail?: LocalizedText; foldedTexts: string }
  | { kind: 'task' | 'fact'; label: LocalizedText; detail?: LocalizedText; folded: string }
  | null;

function sharedEntry(fact: Fact, vocabulary: SearchVocabulary): SharedEntry {
  if (fact.category === 'exercises') {
    const type = vocabulary.exerciseTypes[fact.exerciseType];
    return {
      kind: 'exercise',
      type,
      detail: fact.description,
      foldedTexts: foldAll([type, fact.description, fact.note]).slice(0, -1),
    };
  }
  if (fact.category === 'task')
    return {
      kind: 'task',
      label: fact.text,
      detail: fact.note,
      folded: foldAll([fact.text, fact.note]),
    };
  const texts = factTexts(fact);
  const [label, detail] = texts;
  return label ? { kind: 'fact', label, detail, folded: foldAll(texts) } : null;
}

/**
 * The entries of every fact, report by report. Their texts are the fields a fact shares with
 * the others of its template: worked out once per template, not once for each of a million
 * facts, which are then never built.
 */
function addFactEntries(
  index: DatasetIndex,
  vocabulary: SearchVocabulary,
  placeWords: (unitId: string) => string,
  entries: SearchEntry[],
): void {
  const { facts, sharedWith, unit, units } = index.factTable;
  const byShape = new Map<number, SharedEntry>();
  for (const report of index.reportsByDate) {
    for (const row of factRowsOfReport(index, report.id)) {
      const shape = sharedWith[row]!;
      let shared = byShape.get(shape);
      if (shared === undefined)
        byShape.set(shape, (shared = sharedEntry(facts[shape]!, vocabulary)));
      if (!shared) continue;
      const factId = idOfItem(facts, row);
      if (shared.kind !== 'exercise') {
        const { kind, label, detail, folded } = shared;
        entries.push({ kind, reportId: report.id, factId, label, detail, folded });
        continue;
      }
      const unitId = units.values[unit[row]!]!;
      const place = index.units.byId.get(unitId)?.name ?? same(unitId);
      entries.push({
        kind: 'exercise',
        reportId: report.id,
        factId,
        unitId,
        label: { vi: `${shared.type.vi} · ${place.vi}`, en: `${shared.type.en} · ${place.en}` },
        detail: shared.detail,
        folded: shared.foldedTexts + placeWords(unitId),
      });
    }
  }
}

/** Built once per loaded dataset; every search is then one pass over its entries. */
export function buildSearchIndex(index: DatasetIndex, vocabulary: SearchVocabulary): SearchIndex {
  const { units } = index;
  // A place is named by many facts: its words are folded once.
  const foldedPlaces = new Map<string, string>();
  const placeWords = (unitId: string) => {
    let folded = foldedPlaces.get(unitId);
    if (folded === undefined) {
      const unit = units.byId.get(unitId);
      folded = foldAll(unit ? [unit.name, ...unit.aliases] : [unitId]);
      foldedPlaces.set(unitId, folded);
    }
    return folded;
  };
  const entries: SearchEntry[] = [];

  for (const report of index.reportsByDate) {
    entries.push({
      kind: 'report',
      reportId: report.id,
      unitId: report.unitId,
      label: report.title,
      folded:
        foldAll([
          report.title,
          report.summary,
          report.venue,
          report.date,
          ...report.delegations.map((d) => d.description),
        ]).slice(0, -1) + placeWords(report.unitId),
    });
  }

  const subtreeReports = reportIdsBySubtree(index);
  for (const unit of index.dataset.units) {
    const parent = unit.parentId === null ? undefined : units.byId.get(unit.parentId);
    entries.push({
      kind: 'unit',
      unitId: unit.id,
      reportIds: subtreeReports.get(unit.id) ?? [],
      label: unit.name,
      detail: parent?.name,
      folded: placeWords(unit.id),
    });
  }

  for (const report of index.reportsByDate) {
    for (const person of report.people) {
      const rank = person.rank ? vocabulary.ranks[person.rank] : undefined;
      entries.push({
        kind: 'person',
        reportId: report.id,
        label: rank
          ? { vi: `${rank.vi} ${person.name}`, en: `${rank.en} ${person.name}` }
          : same(person.name),
        detail: join(person.titles, '; '),
        folded: foldAll([person.name, rank, ...person.titles]),
      });
    }
  }

  addFactEntries(index, vocabulary, placeWords, entries);
  return { entries };
}

/** The query as the words every result must contain. */
export function queryWords(query: string): string[] {
  return [...new Set(foldWords(query).trim().split(' ').filter(Boolean))];
}

const kindWeight: Record<SearchKind, number> = {
  report: 2,
  unit: 2,
  person: 1,
  exercise: 1,
  task: 0,
  fact: 0,
};

const emptyCounts = (): Record<SearchKind, number> => ({
  report: 0,
  unit: 0,
  person: 0,
  exercise: 0,
  task: 0,
  fact: 0,
});

/**
 * Entries holding every word of the query, ignoring case and diacritics. A whole-word match
 * counts more than a word's beginning, which counts more than its middle; reports and units
 * come before the rest at the same match quality.
 */
export function searchDataset(
  searchIndex: SearchIndex,
  query: string,
  limit: number,
): SearchOutcome {
  const words = queryWords(query).map((w) => ({ w, prefix: ` ${w}`, whole: ` ${w} ` }));
  const countsByKind = emptyCounts();
  if (words.length === 0) return { results: [], total: 0, countsByKind };

  // Scores are small integers: one bucket per score, each kept in index order and capped
  // at `limit`, gives the top results without sorting every match.
  const buckets = new Map<number, SearchEntry[]>();
  let total = 0;
  for (const entry of searchIndex.entries) {
    const { folded } = entry;
    let score = 0;
    for (const { w, prefix, whole } of words) {
      if (!folded.includes(w)) {
        score = -1;
        break;
      }
      score += folded.includes(whole) ? 3 : folded.includes(prefix) ? 2 : 1;
    }
    if (score < 0) continue;
    total += 1;
    countsByKind[entry.kind] += 1;
    score = score * 4 + kindWeight[entry.kind];
    const bucket = buckets.get(score);
    if (!bucket) buckets.set(score, [entry]);
    else if (bucket.length < limit) bucket.push(entry);
  }

  const results: SearchEntry[] = [];
  for (const score of [...buckets.keys()].sort((a, b) => b - a)) {
    for (const entry of buckets.get(score) ?? []) {
      if (results.length >= limit) break;
      results.push(entry);
    }
  }
  return { results, total, countsByKind };
}
