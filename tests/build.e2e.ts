import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the production build', () => {
  const assets = join(process.cwd(), 'dist', 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));

  it('contains no mock service worker or mock handlers', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code, file).not.toMatch(/setupWorker|mockServiceWorker|generateSyntheticDataset/);
    }
    expect(readdirSync(join(process.cwd(), 'dist'))).not.toContain('mockServiceWorker.js');
  });

  it('loads fonts from its own files, not from a font service', () => {
    const css = readdirSync(assets).filter((f) => f.endsWith('.css'));
    for (const file of css) {
      expect(readFileSync(join(assets, file), 'utf8'), file).not.toMatch(/url\((["']?)https?:/);
    }
  });
});
