import { describe, expect, it } from 'vitest';
import { concatLazy, idOfItem, lazyList } from './lazy-list';

function countingList(length: number) {
  const built: number[] = [];
  const list = lazyList(
    length,
    (i) => {
      built.push(i);
      return { id: `item-${i}`, value: i * 10 };
    },
    (i) => `item-${i}`,
  );
  return { list, built };
}

describe('lazyList', () => {
  it('builds an item when it is first read, and only once', () => {
    const { list, built } = countingList(1_000);
    expect(list).toHaveLength(1_000);
    expect(built).toEqual([]);
    expect(list[7]).toEqual({ id: 'item-7', value: 70 });
    expect(list[7]).toBe(list[7]);
    expect(built).toEqual([7]);
  });

  it('answers every array method as a plain array would', () => {
    const { list } = countingList(5);
    expect(list.map((item) => item.value)).toEqual([0, 10, 20, 30, 40]);
    expect(list.filter((item) => item.value > 20).map((item) => item.id)).toEqual([
      'item-3',
      'item-4',
    ]);
    expect([...list].length).toBe(5);
    expect(list.find((item) => item.id === 'item-2')?.value).toBe(20);
    expect(Array.isArray(list)).toBe(true);
    expect(list[5]).toBeUndefined();
    expect(list[-1]).toBeUndefined();
  });

  it('tells ids without building the items', () => {
    const { list, built } = countingList(3);
    expect([0, 1, 2].map((i) => idOfItem(list, i))).toEqual(['item-0', 'item-1', 'item-2']);
    expect(built).toEqual([]);
    expect(idOfItem([{ id: 'plain' }], 0)).toBe('plain');
  });

  it('cannot be written to', () => {
    const { list } = countingList(3);
    expect(() => {
      (list as unknown as { id: string }[])[0] = { id: 'other' };
    }).toThrow(TypeError);
  });
});

describe('concatLazy', () => {
  it('reads the head lazily and the tail as it is', () => {
    const { list, built } = countingList(2);
    const joined = concatLazy(list, [{ id: 'local', value: -1 }]);
    expect(joined.map((item) => idOfItem(joined, joined.indexOf(item)))).toEqual([
      'item-0',
      'item-1',
      'local',
    ]);
    expect(idOfItem(concatLazy(countingList(4).list, [{ id: 'x', value: 0 }]), 3)).toBe('item-3');
    expect(built).toEqual([0, 1]);
  });
});
