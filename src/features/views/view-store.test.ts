import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedView } from './saved-view';
import { allPanels, useViewStorageError, useViewStore } from './view-store';

const view: SavedView = {
  name: 'Bắc Giang 2024',
  search: '?unit=bac-giang&period=2024',
  panels: ['exercises', 'map'],
  savedAt: '2026-11-23T02:00:00.000Z',
};

describe('the view store', () => {
  beforeEach(() => {
    useViewStore.setState({ saved: [], panels: allPanels });
    useViewStorageError.setState({ error: null });
  });

  it('keeps saved views and the panel order in localStorage', () => {
    useViewStore.getState().saveView(view);
    useViewStore.getState().setPanels(['map', 'timeline']);
    const stored = JSON.parse(localStorage.getItem('qpdp.views') ?? '{}');
    expect(stored.state).toEqual({ saved: [view], panels: ['map', 'timeline'] });
  });

  it('drops what it cannot read back instead of failing', async () => {
    localStorage.setItem(
      'qpdp.views',
      JSON.stringify({ state: { saved: [view, { name: '' }], panels: ['weather'] }, version: 1 }),
    );
    await useViewStore.persist.rehydrate();
    expect(useViewStore.getState().saved).toEqual([view]);
    expect(useViewStore.getState().panels).toEqual(allPanels);
  });

  it('reports a refused write (quota) and keeps the view in memory', () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useViewStore.getState().saveView(view);
    expect(useViewStore.getState().saved).toEqual([view]);
    expect(useViewStorageError.getState().error).toMatch(/quota/);
    refuse.mockRestore();
  });
});
