// Vitest 5 and WXT 0.21 ask for Node 22; on Node 20 they run fine except where they call the
// ES2024 `Map.groupBy` / `Object.groupBy` (Vitest's error summary does). Supply them there.
type Grouper = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const mapCtor = Map as unknown as { groupBy?: Grouper };
mapCtor.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const objectCtor = Object as unknown as { groupBy?: unknown };
objectCtor.groupBy ??= <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) =>
  Object.fromEntries((mapCtor.groupBy as Grouper)(items, key));
