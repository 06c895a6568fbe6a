import { describe, expect, it } from 'vitest';
import { parseFilterSearch, serializeFilterSearch } from './filter-url';

describe('filter links', () => {
  it('round-trips every part of a filter', () => {
    const search =
      '?unit=bac-giang,hai-phong&period=2024-Q1&match=conference&kind=resolution&topic=recruitment,exercises&exercise=defence-zone&zoom=2024&map=enlisted';
    const { state, problems } = parseFilterSearch(search);
    expect(problems).toEqual([]);
    expect(state.filter).toEqual({
      unitIds: ['bac-giang', 'hai-phong'],
      period: { kind: 'quarter', year: 2024, quarter: 1 },
      periodMatch: 'conference',
      kinds: ['resolution'],
      topics: ['recruitment', 'exercises'],
      exerciseTypes: ['defence-zone'],
    });
    expect(state.zoomYear).toBe(2024);
    expect(state.mapLayer).toBe('enlisted');
    expect(serializeFilterSearch(state)).toBe(search);
  });

  it('reads years, halves and date ranges', () => {
    expect(parseFilterSearch('?period=2019').state.filter.period).toEqual({
      kind: 'year',
      year: 2019,
    });
    expect(parseFilterSearch('?period=2024-H2').state.filter.period).toEqual({
      kind: 'half',
      year: 2024,
      half: 2,
    });
    expect(parseFilterSearch('?period=2023-06-01..2024-05-31').state.filter.period).toEqual({
      kind: 'range',
      start: '2023-06-01',
      end: '2024-05-31',
    });
  });

  it('drops what it cannot use and says what, never throwing', () => {
    const { state, problems } = parseFilterSearch(
      '?unit=hai-phong,<script>&period=2024-Q7&match=sometimes&kind=picnic,annual-review&topic=&zoom=abc&map=satellite&foo=1',
    );
    expect(state.filter.unitIds).toEqual(['hai-phong']);
    expect(state.filter.period).toBeNull();
    expect(state.filter.periodMatch).toBe('reviewed');
    expect(state.filter.kinds).toEqual(['annual-review']);
    expect(state.zoomYear).toBeNull();
    expect(state.mapLayer).toBe('reports');
    expect(problems.map((p) => `${p.param}=${p.value}:${p.reason}`)).toEqual([
      'foo=1:unknown-param',
      'unit=<script>:format',
      'period=2024-Q7:format',
      'match=sometimes:unknown-value',
      'zoom=abc:format',
      'map=satellite:unknown-value',
      'kind=picnic:unknown-value',
    ]);
  });

  it('rejects impossible and reversed dates', () => {
    expect(parseFilterSearch('?period=2024-02-30..2024-03-01').state.filter.period).toBeNull();
    expect(parseFilterSearch('?period=2024-05-01..2024-01-01').state.filter.period).toBeNull();
  });

  it('writes nothing for an empty filter', () => {
    expect(serializeFilterSearch(parseFilterSearch('').state)).toBe('');
  });
});
