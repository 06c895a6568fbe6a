import { describe, expect, it } from 'vitest';
import { encodeRuns, expandRuns, RunsShapeError } from './column-runs';

describe('run-length codes', () => {
  it('give back the codes they were made from', () => {
    const codes = [4, 4, 4, 0, 1, 1, 4, 2];
    expect(encodeRuns(codes)).toEqual([4, 3, 0, 1, 1, 2, 4, 1, 2, 1]);
    const { codes: expanded, invalid } = expandRuns(encodeRuns(codes), codes.length);
    expect([...expanded]).toEqual(codes);
    expect(invalid.size).toBe(0);
    expect(encodeRuns([])).toEqual([]);
  });

  it('keep a code that is not a whole number, by row, for the decoder to name', () => {
    const { invalid } = expandRuns([0, 2, 'x', 2, 1.5, 1], 5);
    expect([...invalid]).toEqual([
      [2, 'x'],
      [3, 'x'],
      [4, 1.5],
    ]);
  });

  it('refuse runs that do not cover the rows exactly', () => {
    expect(() => expandRuns([0, 2], 3)).toThrow('the runs cover 2 rows; the table has 3');
    expect(() => expandRuns([0, 4], 3)).toThrow(RunsShapeError);
    expect(() => expandRuns([0, 0], 0)).toThrow('run 0 has count 0');
    expect(() => expandRuns([0], 1)).toThrow('pairs');
  });
});
