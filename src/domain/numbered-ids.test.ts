import { describe, expect, it } from 'vitest';
import { decodeNumberedIds, encodeNumberedIds } from './numbered-ids';

describe('numbered ids', () => {
  it('code ids as prefixes and numbers, and give them back', () => {
    const ids = ['syn-r1-f1', 'syn-r1-f2', 'syn-r1-f10', 'syn-r2-f1', '7', 'a-0'];
    const coded = encodeNumberedIds(ids)!;
    expect(coded.prefixes).toEqual(['syn-r1-f', 'syn-r2-f', '', 'a-']);
    expect(coded.prefixRuns).toEqual([0, 3, 1, 1, 2, 1, 3, 1]);
    expect(coded.numbers).toEqual([1, 2, 10, 1, 7, 0]);
    const decoded = decodeNumberedIds(coded, ids.length);
    expect(ids.map((_, row) => decoded.id(row))).toEqual(ids);
    expect(decoded.problems.size).toBe(0);
  });

  it('leave alone ids that would not come back the same', () => {
    expect(encodeNumberedIds(['hp-mpc-2024-q1-f02'])).toBeUndefined();
    expect(encodeNumberedIds(['report'])).toBeUndefined();
    expect(encodeNumberedIds(['UPPER1'])).toBeUndefined();
    expect(encodeNumberedIds([3])).toBeUndefined();
  });

  it('give equal keys exactly to equal ids', () => {
    const ids = ['a-1', 'a-12', 'b-1', 'a-1'];
    const decoded = decodeNumberedIds(encodeNumberedIds(ids)!, ids.length);
    const keys = ids.map((_, row) => decoded.key!(row));
    expect(keys[0]).toBe(keys[3]);
    expect(new Set(keys).size).toBe(3);
  });

  it('name the rows whose prefix or number is wrong', () => {
    const decoded = decodeNumberedIds(
      {
        prefixes: ['ok-', 'Bad', 'ends-in-9'],
        prefixRuns: [0, 2, 1, 1, 2, 1, 5, 1],
        numbers: [1, -2, 3, 4, 5],
      },
      5,
    );
    expect([...decoded.problems]).toEqual([
      [1, 'number -2 is not a whole number ≥ 0'],
      [2, 'prefix "Bad" cannot start an id'],
      [3, 'prefix "ends-in-9" cannot start an id'],
      [4, 'prefix 5 is not in the list'],
    ]);
  });
});
