import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteFile, loadFile, saveFile } from './local-db';

describe('local files', () => {
  it('keeps a file until it is deleted', async () => {
    expect(await loadFile('map-boundaries')).toBeNull();
    const file = {
      name: 'huyện.geojson',
      text: '{"type":"FeatureCollection"}',
      savedAt: '2026-11-23',
    };
    await saveFile('map-boundaries', file);
    expect(await loadFile('map-boundaries')).toEqual(file);
    await deleteFile('map-boundaries');
    expect(await loadFile('map-boundaries')).toBeNull();
  });
});
