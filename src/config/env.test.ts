import { describe, expect, it } from 'vitest';
import { benchDataUrl } from './env';

describe('a load test file named in the link', () => {
  it('is read from bench-data on the same origin', () => {
    expect(benchDataUrl('?data=synthetic-100k')).toBe('/bench-data/synthetic-100k.json');
    expect(benchDataUrl('?unit=hai-phong&data=synthetic-10k', '/app/')).toBe(
      '/app/bench-data/synthetic-10k.json',
    );
  });

  it('takes only a plain name, never a path or another origin', () => {
    for (const bad of [
      '../data/x',
      'https://evil.example/x',
      '//evil.example/x',
      'a/b',
      'A.json',
      '%2e%2e',
      '',
    ])
      expect(benchDataUrl(`?data=${encodeURIComponent(bad)}`), bad).toBeNull();
    expect(benchDataUrl('?unit=hai-phong')).toBeNull();
  });
});
