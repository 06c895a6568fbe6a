const ownIds = new WeakMap<object, (i: number) => string>();

function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string') return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < length && String(i) === key ? i : -1;
}

/**
 * A read-only array whose items are built when first read, then kept. A national dataset
 * holds a million facts, of which a page shows a few dozen: building them all would cost
 * more than the rest of the load. Every array method works, reading through `build`.
 *
 * `idAt`, when given, tells an item's id without building it (see `idOfItem`).
 */
export function lazyList<T>(
  length: number,
  build: (i: number) => T,
  idAt?: (i: number) => string,
): readonly T[] {
  const built = new Array<T>(length);
  const list = new Proxy(built, {
    get(target, key, receiver) {
      const i = indexOf(key, length);
      if (i === -1) return Reflect.get(target, key, receiver) as unknown;
      return (target[i] ??= build(i));
    },
    // Array methods skip the holes of a sparse array: every index up to the length is an item.
    has: (target, key) => indexOf(key, length) !== -1 || Reflect.has(target, key),
    set: () => false,
    deleteProperty: () => false,
  });
  if (idAt) ownIds.set(list, idAt);
  return list;
}

/** The id of a list's item: without building it when the list is lazy and knows its ids. */
export function idOfItem(list: readonly { id: string }[], i: number): string {
  const idAt = ownIds.get(list);
  return idAt ? idAt(i) : list[i]!.id;
}

/** Two lists as one, each item built (if lazy) only when read. */
export function concatLazy<T extends { id: string }>(
  head: readonly T[],
  tail: readonly T[],
): readonly T[] {
  if (tail.length === 0) return head;
  const split = head.length;
  return lazyList(
    split + tail.length,
    (i) => (i < split ? head[i]! : tail[i - split]!),
    (i) => (i < split ? idOfItem(head, i) : tail[i - split]!.id),
  );
}
