import { describe, expect, it } from 'vitest';
import { bestOf } from './top-n';

describe('bestOf', () => {
  // Many ties, so the tie-break decides often.
  const scores = Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);
  const byName = (a: number, b: number) => String(a).localeCompare(String(b));
  const sortedBest = (k: number) =>
    scores
      .map((_, i) => i)
      .sort((a, b) => scores[b]! - scores[a]! || byName(a, b))
      .slice(0, k);

  it.each([1, 5, 14, 37, 499, 500, 600])('keeps the %i best, as sorting them all does', (k) => {
    expect(bestOf(scores, k, byName)).toEqual(sortedBest(k));
  });

  it('reads scores from a typed array', () => {
    expect(bestOf(Float64Array.from(scores), 14, byName)).toEqual(sortedBest(14));
  });

  it('gives nothing for no items, or when asked for none', () => {
    expect(bestOf([], 5, byName)).toEqual([]);
    expect(bestOf(scores, 0, byName)).toEqual([]);
  });
});
