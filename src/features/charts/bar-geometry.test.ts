import { describe, expect, it } from 'vitest';
import { barGeometry } from './bar-geometry';

describe('barGeometry', () => {
  it('piles stacked values up from zero in series order, skipping missing ones', () => {
    const [first, second, third] = barGeometry(
      [
        [120, 30, 5],
        [undefined, 40, 2],
      ],
      true,
    );
    expect(first).toEqual([{ from: 0, to: 120, index: 0, of: 1 }, undefined]);
    expect(second).toEqual([
      { from: 120, to: 150, index: 0, of: 1 },
      { from: 0, to: 40, index: 0, of: 1 },
    ]);
    expect(third).toEqual([
      { from: 150, to: 155, index: 0, of: 1 },
      { from: 40, to: 42, index: 0, of: 1 },
    ]);
  });

  it('starts grouped bars at zero, each in its own place in the band', () => {
    const [enlisted, pct] = barGeometry([[2550, 100]], false);
    expect(enlisted).toEqual([{ from: 0, to: 2550, index: 0, of: 2 }]);
    expect(pct).toEqual([{ from: 0, to: 100, index: 1, of: 2 }]);
  });

  it('draws nothing for an empty chart', () => {
    expect(barGeometry([], true)).toEqual([]);
  });
});
