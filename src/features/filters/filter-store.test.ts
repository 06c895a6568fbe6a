import { beforeEach, describe, expect, it } from 'vitest';
import { emptyFilter } from '@/domain/report-filter';
import { useFilterStore } from './filter-store';
import { parseFilterSearch } from './filter-url';

const load = (search: string) => {
  const { state, problems } = parseFilterSearch(search);
  useFilterStore.getState().loadFromUrl(state, problems);
  return useFilterStore.getState().filter;
};

describe('a filter loaded from a link', () => {
  beforeEach(() => useFilterStore.setState({ filter: emptyFilter }));

  it('keeps the lists a new period leaves as they were', () => {
    const before = load('?unit=hai-phong,duong-kinh&topic=recruitment&period=2019');
    const after = load('?unit=hai-phong,duong-kinh&topic=recruitment&period=2024-Q1');
    expect(after.period).not.toEqual(before.period);
    expect(after.unitIds).toBe(before.unitIds);
    expect(after.topics).toBe(before.topics);
  });

  it('takes a list the link changes, in the link’s order', () => {
    const before = load('?unit=hai-phong,duong-kinh');
    const after = load('?unit=duong-kinh,hai-phong');
    expect(after.unitIds).toEqual(['duong-kinh', 'hai-phong']);
    expect(after.unitIds).not.toBe(before.unitIds);
    expect(load('?unit=duong-kinh').unitIds).toEqual(['duong-kinh']);
  });
});
