import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { indexDataset } from '../dataset-index';
import { emptyFilter, filterReports } from '../report-filter';
import { selectFacts } from './fact-selection';
import { FactRows } from './fact-rows';

const small = indexDataset(generateSyntheticDataset({ reports: 40, seed: 3 }));
const large = indexDataset(generateSyntheticDataset({ reports: 400, seed: 4 }));
const everyFact = (index: typeof small) =>
  selectFacts(index, emptyFilter, filterReports(index, emptyFilter));

describe('the reports behind a list of facts', () => {
  it('counts and names each report once, list after list, whatever the tables', () => {
    const lists: FactRows[] = [];
    for (const index of [small, large, small]) {
      const all = everyFact(index);
      lists.push(all, all.ofCategory('recruitment'), all.ofCategory('awards'));
    }
    // Counted twice over, in turn: each count starts from nothing met.
    for (const list of [...lists, ...lists]) {
      const ids = [...new Set(list.toArray().map((f) => f.reportId))];
      expect(list.reportIds()).toEqual(ids);
      expect(list.reportCount()).toBe(ids.length);
    }
    expect(everyFact(large).reportCount()).toBeGreaterThan(everyFact(small).reportCount());
  });
});
