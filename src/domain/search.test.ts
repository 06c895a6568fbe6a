import { describe, expect, it } from 'vitest';
// The app's own labels, so the test searches exactly what the screen offers.
import { exerciseTypeLabels, rankLabels } from '@/lib/i18n/labels';
import { loadRealDataset } from '@/testing/real-dataset';
import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { encodeColumnarDataset } from './dataset-columns';
import { indexDataset } from './dataset-index';
import { parseDataset } from './parse-dataset';
import { buildSearchIndex, queryWords, searchDataset, type SearchEntry } from './search';

const { index } = loadRealDataset();
const searchIndex = buildSearchIndex(index, {
  exerciseTypes: exerciseTypeLabels,
  ranks: rankLabels,
});
const search = (query: string, limit = 100) => searchDataset(searchIndex, query, limit);
const ofKind = (results: SearchEntry[], kind: SearchEntry['kind']) =>
  results.filter((r) => r.kind === kind);

describe('queryWords', () => {
  it('folds case, diacritics and punctuation into words', () => {
    expect(queryWords('  Dương   KINH ')).toEqual(['duong', 'kinh']);
    expect(queryWords('PCTT-TKCN')).toEqual(['pctt', 'tkcn']);
    expect(queryWords(' – ')).toEqual([]);
  });
});

describe('searchDataset on the five seed reports', () => {
  it('finds the Dương Kinh report and unit from "duong kinh", report and unit first', () => {
    const { results, total } = search('duong kinh');
    expect(ofKind(results, 'report').map((r) => r.reportId)).toEqual(['duong-kinh-pc-2019-annual']);
    const unit = ofKind(results, 'unit').find((r) => r.unitId === 'duong-kinh');
    expect(unit?.reportIds).toEqual(['duong-kinh-pc-2019-annual']);
    expect(
      results
        .slice(0, 2)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['report', 'unit']);
    expect(total).toBe(results.length);
    expect(search('Dương Kinh').results).toEqual(results);
  });

  it('finds the disaster-response exercises and the tasks naming PCTT-TKCN from "PCTT"', () => {
    const { results, countsByKind } = search('PCTT');
    const exercises = ofKind(results, 'exercise');
    expect(exercises.map((r) => [r.reportId, r.factId])).toEqual([
      ['hp-mpc-2024-q1', 'hp-mpc-2024-q1-f18'], // preparing
      ['duong-kinh-pc-2019-annual', 'duong-kinh-pc-2019-annual-f09'], // done
    ]);
    const statuses = exercises.map((r) =>
      index.dataset.facts.find((f) => f.id === r.factId && f.category === 'exercises'),
    );
    expect(statuses.map((f) => f?.category === 'exercises' && f.status)).toEqual([
      'preparing',
      'done',
    ]);
    const tasks = ofKind(results, 'task');
    expect(tasks.map((r) => r.factId).sort()).toEqual([
      'duong-kinh-pc-2019-annual-f20',
      'hp-mpc-2024-q1-f12',
    ]);
    expect(tasks.every((r) => r.label.vi.includes('PCTT-TKCN'))).toBe(true);
    expect(countsByKind.exercise).toBe(2);
    expect(search('pctt tkcn').results).toEqual(search('PCTT-TKCN').results);
  });

  it('finds the defence-zone exercises from "KVPT" through their type, at their places', () => {
    const exercises = ofKind(search('KVPT').results, 'exercise');
    expect(exercises.length).toBe(14);
    expect(ofKind(search('kvpt cat hai').results, 'exercise').map((r) => r.unitId)).toEqual([
      'cat-hai',
    ]);
  });

  it.each(['hp', 'HP', 'hai phong', 'Hải Phòng', 'HẢI PHÒNG'])(
    'finds the city of Hải Phòng and its reports from "%s"',
    (query) => {
      const { results } = search(query);
      expect(results[0]?.kind === 'unit' || results[0]?.kind === 'report').toBe(true);
      const unit = ofKind(results, 'unit').find((r) => r.unitId === 'hai-phong');
      expect(unit?.reportIds).toEqual([
        'hp-mpc-2024-q1',
        'hp-mpc-2020-annual',
        'duong-kinh-pc-2019-annual', // Dương Kinh is a district of the city
      ]);
      expect(ofKind(results, 'report').map((r) => r.reportId)).toEqual(
        expect.arrayContaining(['hp-mpc-2024-q1', 'hp-mpc-2020-annual']),
      );
    },
  );

  it('finds the Thạch Thất report and unit from "thach that"', () => {
    const { results } = search('thach that');
    expect(ofKind(results, 'report').map((r) => r.reportId)).toEqual(['thach-that-pc-2024-h1']);
    expect(ofKind(results, 'unit').map((r) => r.unitId)).toEqual([
      'thach-that',
      'thach-that-ha-tay',
    ]);
  });

  it.each(['Hoàng Văn Hữu', 'hoang van huu', 'HOANG VAN HUU'])(
    'finds the person %s and the Bắc Giang report he attended',
    (query) => {
      const people = ofKind(search(query).results, 'person');
      expect(people.map((r) => [r.label.vi, r.reportId])).toEqual([
        ['Thiếu tướng Hoàng Văn Hữu', 'bac-giang-mpc-2024-resolution'],
      ]);
      expect(people[0]?.detail?.vi).toContain('Quân khu');
    },
  );

  it('needs every word: a name and a place that never meet find nothing', () => {
    expect(search('hoang van huu thach that').total).toBe(0);
  });

  it('finds nothing for nonsense, and nothing for an empty query', () => {
    expect(search('xqzvwk').total).toBe(0);
    expect(search('').results).toEqual([]);
    expect(search('   ').total).toBe(0);
  });

  it('ranks whole words above word beginnings above word middles', () => {
    const { results } = search('hai');
    const firstUnit = ofKind(results, 'unit')[0];
    expect(['hai-phong', 'hai-duong', 'hai-an', 'cat-hai']).toContain(firstUnit?.unitId);
    const labels = (q: string) => search(q).results.map((r) => r.label.vi);
    expect(labels('kin')[0]).toMatch(/Kinh/);
  });

  it('caps the results but counts every match, in a stable order', () => {
    const all = search('2024');
    const top = search('2024', 3);
    expect(top.results).toEqual(all.results.slice(0, 3));
    expect(top.total).toBe(all.total);
    expect(top.countsByKind).toEqual(all.countsByKind);
    expect(Object.values(all.countsByKind).reduce((a, b) => a + b, 0)).toBe(all.total);
  });
});

describe('the search index of a national file in the column layout', () => {
  it('holds the entries the same records give one by one, without building every fact', () => {
    const synthetic = generateSyntheticDataset({ reports: 300, seed: 8 });
    const parsed = parseDataset(
      JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic))),
      'columns.json',
    );
    const vocabulary = { exerciseTypes: exerciseTypeLabels, ranks: rankLabels };
    const fromColumns = buildSearchIndex(
      indexDataset(parsed.dataset, new Set(), parsed.factWire),
      vocabulary,
    );
    const fromRecords = buildSearchIndex(indexDataset(synthetic), vocabulary);
    expect(fromColumns.entries.length).toBeGreaterThan(synthetic.reports.length * 3);
    expect(fromColumns.entries).toEqual(fromRecords.entries);
  });
});
