import { describe, expect, it } from 'vitest';
import {
  barGeometry,
  countTicks,
  percentTicks,
  placeBar,
  tallest,
  valueAxisRange,
} from './bar-geometry';

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

describe('placeBar', () => {
  it('stands a bar in its band, a tenth of the band free on each side', () => {
    // A year's band from x=100 to x=200, the bar from value pixel 300 (zero) up to 120.
    expect(placeBar({ index: 0, of: 1 }, [100, 200], [300, 120], false)).toEqual({
      x: 110,
      y: 120,
      width: 80,
      height: 180,
    });
  });

  it('lays grouped bars side by side, 4 px apart, when they run across', () => {
    const band = [0, 100] as const;
    const first = placeBar({ index: 0, of: 2 }, band, [40, 240], true);
    const second = placeBar({ index: 1, of: 2 }, band, [40, 140], true);
    expect(first).toEqual({ x: 40, y: 10, width: 200, height: 38 });
    expect(second).toEqual({ x: 40, y: 52, width: 100, height: 38 });
  });

  it('draws grouped bars flat rather than inside out in a band narrower than their gaps', () => {
    const rect = placeBar({ index: 1, of: 2 }, [10, 12], [0, 50], true);
    expect(rect.height).toBe(0);
    expect(rect.width).toBe(50);
  });
});

describe('countTicks', () => {
  it('runs from zero past the largest figure in round whole steps', () => {
    expect(countTicks(2550)).toEqual([0, 1000, 2000, 3000]);
    expect(countTicks(155)).toEqual([0, 50, 100, 150, 200]);
    expect(countTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });

  it('never steps by less than one, nor collapses on an empty chart', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });
});

describe('tallest', () => {
  it('finds the top of the highest stack', () => {
    expect(
      tallest(
        barGeometry(
          [
            [120, 30, 5],
            [undefined, 40, 2],
          ],
          true,
        ),
      ),
    ).toBe(155);
    expect(tallest(barGeometry([[2550, 100]], false))).toBe(2550);
    expect(tallest(barGeometry([], true))).toBe(0);
  });
});

describe('valueAxisRange', () => {
  it('gives a count axis room for the tallest stack, reading only the series drawn', () => {
    const data = [
      { label: 'Dương Kinh', collective: 4, individual: 31, note: 'x' },
      { label: 'Hải Phòng', collective: 12, individual: undefined, note: 'y' },
    ];
    const series = [{ key: 'collective' }, { key: 'individual' }];
    expect(valueAxisRange(data, series, true)).toEqual({
      domain: [0, 40],
      ticks: [0, 10, 20, 30, 40],
      allowDataOverflow: true,
    });
    expect(valueAxisRange(data, series, false).domain).toEqual([0, 40]);
    expect(valueAxisRange(data, [{ key: 'collective' }], false).ticks).toEqual([0, 5, 10, 15]);
  });
});

describe('percentTicks', () => {
  it('runs in quarters to 100%, and in round steps past it for a quota overdone', () => {
    expect(percentTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(percentTicks(0)).toEqual([0, 25, 50, 75, 100]);
    expect(percentTicks(112)).toEqual([0, 50, 100, 150]);
  });
});
