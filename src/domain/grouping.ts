/**
 * A list's items grouped by key, worked out once per list (the lists of a RestrictionContext
 * are never changed in place) and kept in `memo`, one per kind of grouping.
 */
export function groupedOnce<T>(
  list: readonly T[],
  keyOf: (item: T) => string,
  memo: WeakMap<readonly T[], Map<string, T[]>>,
): Map<string, T[]> {
  let groups = memo.get(list);
  if (!groups) {
    groups = new Map();
    for (const item of list) {
      const key = keyOf(item);
      const kept = groups.get(key);
      if (kept) kept.push(item);
      else groups.set(key, [item]);
    }
    memo.set(list, groups);
  }
  return groups;
}
