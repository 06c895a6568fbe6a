import { describe, expect, it } from 'vitest';
import {
  mergeViews,
  parseSlides,
  parseViewFile,
  viewFileText,
  viewSearch,
  type SavedView,
} from './saved-view';

const briefing: SavedView = {
  name: 'Giao ban quý 1 — Hải Phòng',
  search: '?unit=hai-phong&period=2024-Q1',
  panels: ['headline', 'recruitment', 'map'],
  savedAt: '2026-11-23T01:30:00.000Z',
};

describe('view files', () => {
  it('round-trip through the file format', () => {
    expect(parseViewFile(viewFileText([briefing]))).toEqual({ ok: true, views: [briefing] });
  });

  it('say what is wrong with a broken or foreign file', () => {
    expect(parseViewFile('{"format": "qpdp')).toMatchObject({ ok: false, kind: 'json' });
    expect(parseViewFile('{"type":"FeatureCollection"}')).toMatchObject({
      ok: false,
      kind: 'format',
      detail: expect.stringContaining('format'),
    });
    const badPanel = viewFileText([{ ...briefing, panels: ['map', 'weather' as never] }]);
    expect(parseViewFile(badPanel)).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^views\.0\.panels\.1:/),
    });
    const twice = viewFileText([{ ...briefing, panels: ['map', 'map'] }]);
    expect(parseViewFile(twice)).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/twice/),
    });
  });
});

describe('mergeViews', () => {
  it('skips identical views and renames a different view with a taken name', () => {
    const other = { ...briefing, search: '?unit=bac-giang' };
    const result = mergeViews([briefing], [briefing, other]);
    expect(result).toMatchObject({ added: 1, skipped: 1 });
    expect(result.views.map((v) => v.name)).toEqual([
      'Giao ban quý 1 — Hải Phòng',
      'Giao ban quý 1 — Hải Phòng (2)',
    ]);
  });
});

describe('links and slides', () => {
  it('carry the filters and the slide order', () => {
    expect(viewSearch(briefing)).toBe(
      '?unit=hai-phong&period=2024-Q1&slides=headline,recruitment,map',
    );
    expect(parseSlides('map,weather,map,timeline')).toEqual(['map', 'timeline']);
    expect(parseSlides('weather')).toBeNull();
  });
});
